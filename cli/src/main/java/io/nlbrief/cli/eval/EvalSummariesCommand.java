package io.nlbrief.cli.eval;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import io.nlbrief.cli.common.Json;
import io.nlbrief.cli.common.Environment;
import io.nlbrief.cli.common.ExitCodes;
import io.nlbrief.cli.common.Output;
import io.nlbrief.cli.common.Reporter;
import io.nlbrief.cli.options.Format;
import io.nlbrief.cli.options.LoggingOptions;
import io.nlbrief.cli.options.OutputOptions;
import io.nlbrief.parser.Article;
import io.nlbrief.parser.ArticleParser;
import io.nlbrief.parser.ParseException;
import io.nlbrief.parser.ParseOptions;
import io.nlbrief.parser.Sentence;
import io.nlbrief.summarizer.Method;
import io.nlbrief.summarizer.Methods;
import io.nlbrief.summarizer.Rouge;
import io.nlbrief.summarizer.Summarizer;
import io.nlbrief.summarizer.SummaryLength;
import io.nlbrief.summarizer.SummarySentence;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code nlbrief eval summaries}: ROUGE-1, -2 and -L of every method, the lead baseline among
 * them, and of any external system's summaries, on one data set, side by side.
 */
@Command(
    name = "summaries",
    description = {
      "Score every summarisation method, and the summaries of other tools, with ROUGE-1, ROUGE-2 and ROUGE-L "
          + "(F1, recall, precision; averaged over the articles) against the data's reference summaries.",
      "DATA is JSON Lines: one object per article with \"text\" and \"reference\", optionally \"id\", \"title\" "
          + "and \"reference_kind\". When reference_kind is \"headline\" the title is the answer, so only the "
          + "text is summarised. Tokens are lower-cased runs of letters and digits (--lemmas: lemmas); no stemming, "
          + "no stop words removed."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  nlbrief eval summaries --data ../shared/eval/dev/news-dev.jsonl",
      "  Beside another tool's summaries, one file ID.txt per article in /tmp/ots-out (cut to N sentences):",
      "    nlbrief eval summaries --data news-dev.jsonl --external ots=/tmp/ots-out",
      "  bench/eval-summaries.sh runs the Open Text Summarizer and does exactly that."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      ExitCodes.HELP_OK,
      ExitCodes.HELP_USAGE,
      ExitCodes.HELP_UNREADABLE,
      ExitCodes.HELP_REFUSED,
      ExitCodes.HELP_INTERNAL_ERROR
    })
public final class EvalSummariesCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Mixin
  private LoggingOptions logging;

  @Mixin
  private OutputOptions output;

  @Option(names = "--data", paramLabel = "FILE", required = true, description = "The data set, JSON Lines.")
  private Path data;

  @Option(names = "--sentences", paramLabel = "N", defaultValue = "3", description = "Summary length in sentences (default: ${DEFAULT-VALUE}).")
  private int sentences;

  @Option(names = "--method", paramLabel = "METHOD", split = ",",
      description = "Only these methods (default: all: ${COMPLETION-CANDIDATES}).",
      completionCandidates = io.nlbrief.cli.summarize.MethodConverter.Names.class,
      converter = io.nlbrief.cli.summarize.MethodConverter.class)
  private List<Method> methods;

  @Option(names = "--external", paramLabel = "NAME=DIR",
      description = "Also score another system: DIR holds one plain-text summary per article, named ID.txt "
          + "(ID: the article's \"id\", else its line number from 1); each is cut to its first N sentences. "
          + "A missing file scores 0. Repeatable.")
  private Map<String, Path> externals = new LinkedHashMap<>();

  @Option(names = "--lemmas", description = "Compare lemmas instead of word forms (the reference is tagged too).")
  private boolean lemmas;

  private final Environment environment;

  public EvalSummariesCommand(Environment environment) {
    this.environment = environment;
  }

  /** One article of the data set. */
  record Item(String id, String text, String reference, String title, String referenceKind) {
    /** What the summarizer may see: never the title when the title is the reference. */
    String input() {
      boolean titleIsAnswer = "headline".equals(referenceKind) || "title".equals(referenceKind);
      return titleIsAnswer || title == null || title.isBlank() ? text : title + "\n\n" + text;
    }
  }

  @Override
  public Integer call() throws IOException {
    if (sentences < 1) {
      throw new ParameterException(spec.commandLine(), "--sentences must be at least 1, not " + sentences);
    }
    for (Map.Entry<String, Path> e : externals.entrySet()) {
      if (!Files.isDirectory(e.getValue())) {
        throw new ParameterException(spec.commandLine(), "--external " + e.getKey() + ": " + e.getValue() + " is not a folder");
      }
    }
    Reporter reporter = logging.reporter(spec);
    List<Item> items;
    try {
      items = read(data);
    } catch (ParseException e) {
      return reporter.report(e);
    }
    List<Method> chosen = methods == null || methods.isEmpty()
        ? Methods.names().stream().map(Methods::require).toList()
        : methods;
    ArticleParser tagging = ArticleParser.create(ParseOptions.defaults());
    ArticleParser splitting = ArticleParser.create(ParseOptions.defaults().withTag(lemmas));
    SummaryLength length = SummaryLength.sentences(sentences);

    Map<String, Totals> totals = new LinkedHashMap<>();
    chosen.forEach(m -> totals.put(m.name(), new Totals()));
    externals.keySet().forEach(name -> totals.put(name, new Totals()));
    int exitCode = ExitCodes.OK;
    int scored = 0;
    for (int line = 0; line < items.size(); line++) {
      Item item = items.get(line);
      String id = item.id() != null ? item.id() : String.valueOf(line + 1);
      Article article;
      List<String> reference;
      try {
        article = tagging.parse(item.input().getBytes(StandardCharsets.UTF_8), data + ":" + (line + 1));
        reference = lemmas ? Rouge.lemmas(tagging.parse(item.reference().getBytes(StandardCharsets.UTF_8), id + " reference").sentences())
            : Rouge.words(item.reference());
      } catch (ParseException e) {
        exitCode = Math.max(exitCode, reporter.report(e));
        continue;
      }
      scored++;
      for (Method m : chosen) {
        List<Sentence> picked = new ArrayList<>();
        for (SummarySentence s : new Summarizer(m).sentences(article, length)) {
          picked.add(article.sentences().get(s.index()));
        }
        totals.get(m.name()).add(Rouge.score(tokens(picked), reference));
      }
      for (Map.Entry<String, Path> e : externals.entrySet()) {
        Path file = e.getValue().resolve(id + ".txt");
        List<String> candidate = List.of();
        if (Files.isRegularFile(file)) {
          try {
            Article external = splitting.parse(file, file.toString());
            List<Sentence> all = external.sentences();
            candidate = tokens(all.subList(0, Math.min(sentences, all.size())));
          } catch (ParseException ex) {
            // An empty summary file: the system produced nothing for this article, which scores 0.
            if (ex.reason() != ParseException.Reason.EMPTY && ex.reason() != ParseException.Reason.NO_TEXT) {
              exitCode = Math.max(exitCode, reporter.report(ex));
            }
          }
        } else {
          totals.get(e.getKey()).missing++;
        }
        totals.get(e.getKey()).add(Rouge.score(candidate, reference));
      }
    }
    externals.keySet().forEach(name -> {
      if (totals.get(name).missing > 0) {
        reporter.warn(name, totals.get(name).missing + " of the articles have no summary file; each scores 0");
      }
    });
    String referenceKind = items.stream().map(Item::referenceKind).filter(k -> k != null).findFirst().orElse("summary");
    try (Output out = Output.open(output.file(), environment.stdout())) {
      out.write(output.format() == Format.JSON ? json(scored, referenceKind, totals) : table(scored, referenceKind, totals));
      out.commit();
    }
    return exitCode;
  }

  private List<String> tokens(List<Sentence> picked) {
    if (lemmas) {
      return Rouge.lemmas(picked);
    }
    StringBuilder text = new StringBuilder();
    picked.forEach(s -> text.append(s.text()).append(' '));
    return Rouge.words(text.toString());
  }

  private static List<Item> read(Path file) throws ParseException {
    List<Item> items = new ArrayList<>();
    for (Json.Line line : Json.readLines(file)) {
      String text = line.text("text");
      String reference = line.text("reference");
      if (text == null || reference == null) {
        throw new ParseException(file.toString(), ParseException.Reason.CORRUPT,
            "line " + line.number() + " lacks \"text\" or \"reference\"");
      }
      items.add(new Item(line.text("id"), text, reference, line.text("title"), line.text("reference_kind")));
    }
    return items;
  }

  private byte[] table(int articles, String referenceKind, Map<String, Totals> totals) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%s: %d articles, %d sentences per summary, reference: %s%s, tokens: %s%n",
        data.getFileName(), articles, sentences, referenceKind,
        "headline".equals(referenceKind) ? " (title withheld from the summarizer)" : "",
        lemmas ? "lower-cased lemmas" : "lower-cased words, no stemming"));
    out.append(String.format(Locale.ROOT, "%-10s %6s %6s %6s   %6s %6s %6s   %6s %6s %6s%n",
        "method", "R1-F", "R2-F", "RL-F", "R1-R", "R2-R", "RL-R", "R1-P", "R2-P", "RL-P"));
    for (Map.Entry<String, Totals> e : totals.entrySet()) {
      Totals t = e.getValue();
      out.append(String.format(Locale.ROOT, "%-10s %6.1f %6.1f %6.1f   %6.1f %6.1f %6.1f   %6.1f %6.1f %6.1f%n",
          e.getKey(), t.mean(0), t.mean(1), t.mean(2), t.mean(3), t.mean(4), t.mean(5), t.mean(6), t.mean(7), t.mean(8)));
    }
    out.append("ROUGE ×100, mean over articles; F = F1, R = recall, P = precision.\n");
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private byte[] json(int articles, String referenceKind, Map<String, Totals> totals) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (JsonGenerator json = new com.fasterxml.jackson.core.JsonFactory().createGenerator(buffer, JsonEncoding.UTF8)) {
      json.writeStartObject();
      json.writeStringField("data", data.toString());
      json.writeNumberField("articles", articles);
      json.writeNumberField("sentences", sentences);
      json.writeStringField("referenceKind", referenceKind);
      json.writeStringField("tokens", lemmas ? "lemmas" : "words");
      json.writeArrayFieldStart("systems");
      for (Map.Entry<String, Totals> e : totals.entrySet()) {
        Totals t = e.getValue();
        json.writeStartObject();
        json.writeStringField("name", e.getKey());
        json.writeBooleanField("external", externals.containsKey(e.getKey()));
        String[] names = {"rouge1", "rouge2", "rougeL"};
        for (int k = 0; k < 3; k++) {
          json.writeObjectFieldStart(names[k]);
          json.writeNumberField("f1", round(t.mean(k)));
          json.writeNumberField("recall", round(t.mean(3 + k)));
          json.writeNumberField("precision", round(t.mean(6 + k)));
          json.writeEndObject();
        }
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    buffer.write('\n');
    return buffer.toByteArray();
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }

  /** Sums of F1 (1, 2, L), recall (1, 2, L) and precision (1, 2, L) over the articles. */
  private static final class Totals {
    final double[] sums = new double[9];
    int count;
    int missing;

    void add(Rouge.Scores s) {
      Rouge.Score[] parts = {s.rouge1(), s.rouge2(), s.rougeL()};
      for (int k = 0; k < 3; k++) {
        sums[k] += parts[k].f1();
        sums[3 + k] += parts[k].recall();
        sums[6 + k] += parts[k].precision();
      }
      count++;
    }

    /** ×100. */
    double mean(int k) {
      return count == 0 ? 0 : 100 * sums[k] / count;
    }
  }
}
