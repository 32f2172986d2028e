package io.nlbrief.cli.glossary;

import io.nlbrief.cli.common.BatchRunner;
import io.nlbrief.cli.common.Environment;
import io.nlbrief.cli.common.ExitCodes;
import io.nlbrief.cli.common.Input;
import io.nlbrief.cli.common.Inputs;
import io.nlbrief.cli.common.Output;
import io.nlbrief.cli.common.Reporter;
import io.nlbrief.cli.gloss.GlossaryOptions;
import io.nlbrief.cli.options.BatchOptions;
import io.nlbrief.cli.options.InputOptions;
import io.nlbrief.cli.options.LoggingOptions;
import io.nlbrief.parser.Article;
import io.nlbrief.parser.ArticleParser;
import io.nlbrief.parser.ParseException;
import io.nlbrief.parser.Sentence;
import io.nlbrief.summarizer.gloss.GlossEntry;
import io.nlbrief.summarizer.gloss.GlossLine;
import io.nlbrief.summarizer.gloss.GlossPos;
import io.nlbrief.summarizer.gloss.Glossary;
import io.nlbrief.summarizer.gloss.Glosser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nlbrief glossary stats}: entries per source and part of speech; with files, their coverage. */
@Command(
    name = "stats",
    description = "Count the glossary's entries per source and part of speech. With files: the share of their "
        + "words (names excluded) that get a real English gloss, and the words left unknown, most frequent first.",
    footerHeading = "%nExamples:%n",
    footer = {"  nlbrief glossary stats", "  nlbrief glossary stats article.txt"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {ExitCodes.HELP_OK, ExitCodes.HELP_USAGE, ExitCodes.HELP_UNREADABLE, ExitCodes.HELP_REFUSED,
        ExitCodes.HELP_TIMEOUT, ExitCodes.HELP_INTERNAL_ERROR})
final class StatsCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Mixin
  private LoggingOptions logging;

  @Mixin
  private InputOptions input;

  @Mixin
  private GlossaryOptions glossaryOptions;

  @Mixin
  private BatchOptions batchOptions;

  @Parameters(paramLabel = "FILE|DIR|-", arity = "0..*", description = "Texts whose coverage to measure.")
  private List<String> inputs = new ArrayList<>();

  private final Environment environment;

  StatsCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws IOException {
    Reporter reporter = logging.reporter(spec);
    Glossary glossary;
    try {
      glossary = glossaryOptions.load(environment, reporter);
    } catch (ParseException e) {
      return reporter.report(e);
    }
    Map<String, Map<GlossPos, Integer>> counts = new TreeMap<>();
    for (GlossEntry e : glossary.entries()) {
      counts.computeIfAbsent(e.source(), k -> new TreeMap<>()).merge(e.pos(), 1, Integer::sum);
    }
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%-20s %7s", "source", "entries"));
    for (GlossPos p : GlossPos.values()) {
      out.append(String.format(Locale.ROOT, " %6s", p.code()));
    }
    out.append('\n');
    for (Map.Entry<String, Map<GlossPos, Integer>> e : counts.entrySet()) {
      int total = e.getValue().values().stream().mapToInt(Integer::intValue).sum();
      out.append(String.format(Locale.ROOT, "%-20s %7d", e.getKey(), total));
      for (GlossPos p : GlossPos.values()) {
        out.append(String.format(Locale.ROOT, " %6d", e.getValue().getOrDefault(p, 0)));
      }
      out.append('\n');
    }
    int exitCode = ExitCodes.OK;
    if (!inputs.isEmpty()) {
      Glosser glosser = new Glosser(glossary);
      ArticleParser parser = ArticleParser.create(input.parseOptions(true));
      int[] totals = new int[2];
      Map<String, Integer> unknown = new TreeMap<>();
      List<Input> expanded = Inputs.expand(inputs, environment.stdin(), p -> false);
      BatchRunner runner = new BatchRunner(reporter, spec.commandLine().getErr(),
          batchOptions.options(spec, environment, "stats", Inputs.isBatch(inputs)));
      record Glossed(Article article, List<GlossLine> lines) {}
      BatchRunner.Result result = runner.run(expanded, in -> {
        Article article = in.parse(parser);
        List<GlossLine> lines = new ArrayList<>();
        for (Sentence s : article.sentences()) {
          lines.add(glosser.gloss(s));
        }
        return new Glossed(article, lines);
      }, (in, glossed) -> {
        runner.warn(glossed.article());
        for (GlossLine l : glossed.lines()) {
          totals[0] += l.glossedWords();
          totals[1] += l.countedWords();
          l.unknown().forEach(u -> unknown.merge(u, 1, Integer::sum));
        }
        return ExitCodes.OK;
      });
      exitCode = result.exitCode();
      out.append(String.format(Locale.ROOT, "%ncoverage: %d of %d words glossed (%.1f%%), names excluded%n",
          totals[0], totals[1], totals[1] == 0 ? 100.0 : 100.0 * totals[0] / totals[1]));
      if (!unknown.isEmpty()) {
        List<Map.Entry<String, Integer>> list = new ArrayList<>(unknown.entrySet());
        list.sort((a, b) -> b.getValue() != a.getValue().intValue() ? b.getValue() - a.getValue() : a.getKey().compareTo(b.getKey()));
        out.append("unknown: ");
        for (int i = 0; i < list.size(); i++) {
          out.append(i == 0 ? "" : ", ").append(list.get(i).getKey())
              .append(list.get(i).getValue() > 1 ? " (" + list.get(i).getValue() + ")" : "");
        }
        out.append('\n');
      }
    }
    try (Output o = Output.open(null, environment.stdout())) {
      o.write(out.toString().getBytes(StandardCharsets.UTF_8));
      o.commit();
    }
    return exitCode;
  }
}
