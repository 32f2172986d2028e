package io.nlbrief.cli.evalcheck;

import io.nlbrief.cli.common.DataFiles;
import io.nlbrief.cli.common.ExitCodes;
import io.nlbrief.cli.common.Reporter;
import io.nlbrief.cli.common.Json;
import io.nlbrief.checker.CheckOptions;
import io.nlbrief.checker.Checker;
import io.nlbrief.checker.Finding;
import io.nlbrief.cli.common.Environment;
import io.nlbrief.cli.options.LoggingOptions;
import io.nlbrief.parser.Article;
import io.nlbrief.parser.ArticleParser;
import io.nlbrief.parser.ParseException;
import io.nlbrief.parser.ParseOptions;
import io.nlbrief.parser.Span;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code nlbrief eval check}: the checker's precision and recall on reference data, beside raw
 * LanguageTool (default Dutch settings, plain text) in the same run.
 *
 * <ul>
 *   <li>news (JSON Lines with {@code title} and {@code text}, edited articles): findings per 1000
 *       words, nearly all false alarms;
 *   <li>errors (JSON Lines with {@code wrong} and {@code right}: one sentence with one inserted
 *       error, and its correction): recall, the share of {@code wrong} sentences with a finding on
 *       the words that differ from {@code right}; and the false-flag rate, the share of {@code right}
 *       sentences with any finding.
 *   <li>inject (news JSON Lines or CoNLL-U treebanks): correct sentences with d/t errors put in by
 *       rule ({@link DtInjection}, {@link InjectedSet}), recall per error class and d/t alarms on
 *       the correct sentences ({@link InjectedEval}), on the tune or the report part.
 * </ul>
 */
@Command(name = "check", description = "Measure the checker on edited news (false alarms) and on sentences with one error (recall).",
    footerHeading = "%nExamples:%n",
    footer = {
      "  nlbrief eval check --news edited.jsonl",
      "  nlbrief eval check --errors errors.jsonl --no-baseline --show",
      "  nlbrief eval check --errors errors.jsonl --known-errors bench/errors-dev-known-errors.tsv",
      "  nlbrief eval check --news edited.jsonl --judged bench/news-dev-findings-judged.tsv",
      "  nlbrief eval check --inject news.jsonl,treebank.conllu --part report --sample 100"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {ExitCodes.HELP_OK, ExitCodes.HELP_USAGE, ExitCodes.HELP_UNREADABLE, ExitCodes.HELP_REFUSED,
        ExitCodes.HELP_INTERNAL_ERROR})
public final class EvalCheckCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Mixin
  private LoggingOptions logging;

  @Option(names = "--news", paramLabel = "FILE.jsonl", description = "Edited articles, one JSON object per line with title and text.")
  private Path news;

  @Option(names = "--errors", paramLabel = "FILE.jsonl", description = "One JSON object per line with a wrong sentence and its right form.")
  private Path errors;

  @Option(names = "--no-baseline", description = "Leave out raw LanguageTool.")
  private boolean noBaseline;

  @Option(names = "--show", description = "List each finding on news and each missed error or false flag.")
  private boolean show;

  @Option(names = "--known-errors", paramLabel = "FILE.tsv",
      description = "Ids of --errors pairs whose right sentence itself has an error (id, tab, what is wrong; # comments): "
          + "the figures are also given without them.")
  private Path knownErrors;

  @Option(names = "--inject", paramLabel = "FILE", split = ",",
      description = "Correct text to put d/t errors into: news JSON Lines, or CoNLL-U treebanks (.conllu; only the held-apart "
          + "sentences, n %% 3 == 0). Repeatable.")
  private List<Path> inject = new ArrayList<>();

  @Option(names = "--part", paramLabel = "PART", defaultValue = "report",
      description = "Which part of the --inject set: tune, report (default) or all.")
  private String part;

  @Option(names = "--sample", paramLabel = "N", defaultValue = "0",
      description = "Also list N injected errors drawn with a fixed seed, to check by hand.")
  private int sample;

  @Option(names = "--judged", paramLabel = "FILE.tsv",
      description = "Findings on --news judged by hand (article id, offset, rule, real|false|debatable, reason): "
          + "the figures per verdict, and the findings not in the file.")
  private Path judged;

  private final Environment environment;

  public EvalCheckCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws Exception {
    if (news == null && errors == null && inject.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "give --news FILE.jsonl, --errors FILE.jsonl, --inject FILE or several");
    }
    InjectedSet.Part injectPart;
    try {
      injectPart = InjectedSet.Part.valueOf(part.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--part is tune, report or all, not '" + part + "'");
    }
    Reporter reporter = logging.reporter(spec);
    List<Json.Line> newsRows;
    List<Json.Line> errorRows;
    Set<String> excluded;
    List<InjectedSet.Item> injected;
    List<Judgement> judgements;
    try {
      newsRows = news == null ? null : Json.readLines(news);
      errorRows = errors == null ? null : Json.readLines(errors);
      excluded = knownErrors == null ? Set.of() : readIds(knownErrors);
      injected = inject.isEmpty() ? null : InjectedSet.build(inject, injectPart);
      judgements = judged == null ? null : Judgement.read(judged);
    } catch (ParseException e) {
      return reporter.report(e);
    }
    PrintWriter out = spec.commandLine().getOut();
    Checker checker = Checker.create(CheckOptions.defaults());
    ArticleParser parser = ArticleParser.create(ParseOptions.defaults());
    // LanguageTool as shipped, in JVMs of its own: the checker's changes to it are process-wide.
    UnpatchedLanguageTool.PerThread raw = new UnpatchedLanguageTool.PerThread();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      if (news != null) {
        List<String> texts = new ArrayList<>();
        for (Json.Line row : newsRows) {
          String title = row.json().path("title").asText("");
          texts.add((title.isBlank() ? "" : title + "\n\n") + row.json().path("text").asText(""));
        }
        List<Article> articles = parseAll(parser, texts);
        long words = articles.stream().mapToLong(Article::wordCount).sum();
        long t0 = System.nanoTime();
        List<List<Finding>> ours = runAll(pool, articles, checker::check);
        double seconds = (System.nanoTime() - t0) / 1e9;
        long ourCount = ours.stream().mapToLong(List::size).sum();
        out.printf(Locale.ROOT, "news: %d articles, %d words%n", articles.size(), words);
        out.printf(Locale.ROOT, "  nlbrief check:      %6d findings, %5.2f per 1000 words (%.0f words/s on 2 threads)%n",
            ourCount, 1000.0 * ourCount / words, words / seconds);
        if (!noBaseline) {
          List<Integer> counts = runAll(pool, articles, a -> raw.check(a.text()).size());
          long rawCount = counts.stream().mapToLong(Integer::longValue).sum();
          out.printf(Locale.ROOT, "  raw LanguageTool:   %6d findings, %5.2f per 1000 words%n", rawCount, 1000.0 * rawCount / words);
        }
        java.util.Map<String, Integer> byCategory = new java.util.TreeMap<>();
        ours.forEach(list -> list.forEach(f -> byCategory.merge(f.categoryId(), 1, Integer::sum)));
        out.printf(Locale.ROOT, "  by category: %s%n", byCategory.entrySet().stream()
            .map(e -> String.format(Locale.ROOT, "%s %d (%.2f)", e.getKey(), e.getValue(), 1000.0 * e.getValue() / words)).toList());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < newsRows.size(); i++) {
          ids.add(newsRows.get(i).json().path("id").asText("#" + (i + 1)));
        }
        if (judgements != null) {
          Judgement.report(out, judgements, ids, ours, words, show);
        }
        if (show) {
          for (int i = 0; i < articles.size(); i++) {
            for (Finding f : ours.get(i)) {
              out.printf("    %s %d %s %s/%s [%s] %s%n", ids.get(i), f.span().start(), f.ruleId(), f.categoryId(), f.issueType(),
                  f.span().of(articles.get(i).text()), f.message());
            }
          }
        }
      }
      if (errors != null) {
        List<String> wrong = errorRows.stream().map(r -> r.json().path("wrong").asText()).toList();
        List<String> right = errorRows.stream().map(r -> r.json().path("right").asText()).toList();
        List<Article> wrongArticles = parseAll(parser, wrong);
        List<Article> rightArticles = parseAll(parser, right);
        List<List<Span>> ourWrong = runAll(pool, wrongArticles, a -> spans(checker.check(a)));
        List<List<Span>> ourRight = runAll(pool, rightArticles, a -> spans(checker.check(a)));
        report(out, "nlbrief check", wrong, right, ourWrong, ourRight, errorRows, excluded, show);
        if (!noBaseline) {
          List<List<Span>> rawWrong = runAll(pool, wrongArticles, a -> rawSpans(raw, a.text()));
          List<List<Span>> rawRight = runAll(pool, rightArticles, a -> rawSpans(raw, a.text()));
          report(out, "raw LanguageTool", wrong, right, rawWrong, rawRight, errorRows, excluded, false);
        }
      }
      if (injected != null) {
        InjectedEval.run(out, injected, injectPart, parser, checker, raw, pool, noBaseline, show, sample);
      }
    } finally {
      pool.shutdownNow();
      raw.close();
    }
    out.flush();
    return 0;
  }

  private static void report(PrintWriter out, String who, List<String> wrong, List<String> right,
      List<List<Span>> onWrong, List<List<Span>> onRight, List<Json.Line> rows, Set<String> excluded, boolean show) {
    int found = 0;
    int flagged = 0;
    int kept = 0;
    int foundKept = 0;
    int flaggedKept = 0;
    for (int i = 0; i < wrong.size(); i++) {
      String id = rows.get(i).json().path("id").asText();
      boolean counted = !excluded.contains(id);
      Span error = errorSpan(wrong.get(i), right.get(i));
      boolean hit = onWrong.get(i).stream().anyMatch(s -> s.start() < error.end() && error.start() < s.end());
      if (counted) {
        kept++;
      }
      if (hit) {
        found++;
        foundKept += counted ? 1 : 0;
      } else if (show) {
        out.printf("    missed %s: %s%n", id, wrong.get(i));
      }
      if (!onRight.get(i).isEmpty()) {
        flagged++;
        flaggedKept += counted ? 1 : 0;
        String sentence = right.get(i);
        if (show) {
          out.printf("    false flag %s: %s%n", rows.get(i).json().path("id").asText(),
              onRight.get(i).stream().map(s -> s.of(sentence)).toList());
        }
      }
    }
    out.printf(Locale.ROOT, "errors (%d pairs), %s: recall %.1f%% (%d found at the right place), false flags %.1f%% (%d)%n",
        wrong.size(), who, 100.0 * found / wrong.size(), found, 100.0 * flagged / right.size(), flagged);
    if (!excluded.isEmpty() && kept > 0) {
      out.printf(Locale.ROOT, "  without the %d pairs whose right sentence has an error: recall %.1f%% (%d of %d), false flags %.1f%% (%d of %d)%n",
          wrong.size() - kept, 100.0 * foundKept / kept, foundKept, kept, 100.0 * flaggedKept / kept, flaggedKept, kept);
    }
  }

  /** The first column of a tab-separated file, without blank lines and {@code #} comments. */
  static Set<String> readIds(Path file) throws ParseException {
    List<String> lines = DataFiles.readUtf8Lines(file);
    Set<String> ids = new java.util.LinkedHashSet<>();
    for (String line : lines) {
      String id = line.split("\t", 2)[0].strip();
      if (!id.isEmpty() && !id.startsWith("#")) {
        ids.add(id);
      }
    }
    if (ids.isEmpty()) {
      throw new ParseException(file.toString(), ParseException.Reason.EMPTY, "no ids");
    }
    return ids;
  }

  /** The words of {@code wrong} that differ from {@code right}, widened to whole words. */
  static Span errorSpan(String wrong, String right) {
    int p = 0;
    while (p < wrong.length() && p < right.length() && wrong.charAt(p) == right.charAt(p)) {
      p++;
    }
    int s = 0;
    while (s < wrong.length() - p && s < right.length() - p
        && wrong.charAt(wrong.length() - 1 - s) == right.charAt(right.length() - 1 - s)) {
      s++;
    }
    int start = p;
    int end = wrong.length() - s;
    while (start > 0 && Character.isLetterOrDigit(wrong.charAt(start - 1))) {
      start--;
    }
    while (end < wrong.length() && Character.isLetterOrDigit(wrong.charAt(end))) {
      end++;
    }
    return new Span(start, Math.max(end, Math.min(wrong.length(), start + 1)));
  }

  static List<Span> spans(List<Finding> findings) {
    return findings.stream().map(Finding::span).toList();
  }

  static List<Span> rawSpans(UnpatchedLanguageTool.PerThread lt, String text) {
    return lt.check(text).stream().map(UnpatchedLanguageTool.RawMatch::span).toList();
  }

  static List<Article> parseAll(ArticleParser parser, List<String> texts) throws ParseException {
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      out.add(parser.parse(texts.get(i).getBytes(StandardCharsets.UTF_8), "#" + (i + 1)));
    }
    return out;
  }

  static <T> List<T> runAll(ExecutorService pool, List<Article> articles, java.util.function.Function<Article, T> work)
      throws Exception {
    List<Future<T>> futures = new ArrayList<>();
    for (Article a : articles) {
      futures.add(pool.submit(() -> work.apply(a)));
    }
    List<T> out = new ArrayList<>();
    for (Future<T> f : futures) {
      out.add(f.get());
    }
    return out;
  }
}
