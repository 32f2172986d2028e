package io.nlbrief.cli.evalsyntax;

import io.nlbrief.cli.common.Environment;
import io.nlbrief.cli.common.ExitCodes;
import io.nlbrief.cli.common.Output;
import io.nlbrief.cli.common.Reporter;
import io.nlbrief.cli.options.LoggingOptions;
import io.nlbrief.parser.Article;
import io.nlbrief.parser.ArticleParser;
import io.nlbrief.parser.ParseException;
import io.nlbrief.parser.ParseOptions;
import io.nlbrief.parser.Treebank;
import io.nlbrief.parser.TreebankSplit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code nlbrief eval syntax}: the syntactic analysis scored against a Universal Dependencies
 * CoNLL-U file, with the figures and definitions of the shared scorer {@code ud_eval.py}, on the
 * raw text of the gold sentences read as plain prose ({@code parse --format conllu --plain}).
 */
@Command(
    name = "syntax",
    description = {
      "Score the syntactic analysis against a Universal Dependencies CoNLL-U file: word segmentation F1, "
          + "UPOS and lemma accuracy, finite verb F1, labelled F1 of nsubj, obj, compound:prt and mark, UAS and LAS "
          + "(the figures of ud_eval.py, on the raw text of the gold sentences, read as plain prose).",
      "--part picks the fixed split: sentence n of the file (from 0, in file order) is held apart when n %% 3 == 0; "
          + "the trained model never saw those. The rest is the tuning part."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  nlbrief eval syntax --data ../shared/eval/dev/ud/nl_alpino-ud-dev.conllu",
      "  nlbrief eval syntax --data nl_lassysmall-ud-dev.conllu --part all",
      "  Score a CoNLL-U output made before from the same evaluation text:",
      "    nlbrief eval syntax --data gold.conllu --part all --system sys.conllu"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {ExitCodes.HELP_OK, ExitCodes.HELP_USAGE, ExitCodes.HELP_UNREADABLE, ExitCodes.HELP_REFUSED,
        ExitCodes.HELP_INTERNAL_ERROR})
public final class EvalSyntaxCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Mixin
  private LoggingOptions logging;

  @Option(names = "--data", paramLabel = "FILE.conllu", required = true, description = "The gold CoNLL-U file.")
  private Path data;

  @Option(names = "--part", paramLabel = "PART", defaultValue = "heldout",
      description = "heldout (sentences 0, 3, 6, ...: the default), tune (the others) or all.")
  private String part;

  @Option(names = "--system", paramLabel = "FILE.conllu",
      description = "Score this CoNLL-U output (with TokenRange offsets into the evaluation text) instead of analysing.")
  private Path system;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the figures to FILE instead of stdout.")
  private Path output;

  private final Environment environment;

  public EvalSyntaxCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws IOException {
    Reporter reporter = logging.reporter(spec);
    TreebankSplit split = switch (part.toLowerCase(Locale.ROOT)) {
      case "heldout" -> TreebankSplit.HELDOUT;
      case "tune" -> TreebankSplit.TUNE;
      case "all" -> TreebankSplit.ALL;
      default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--part takes heldout, tune or all, not '" + part + "'");
    };
    List<Treebank.Sentence> sentences;
    String systemText = null;
    try {
      sentences = Treebank.read(data, split);
      if (system != null) {
        systemText = Files.readString(system, StandardCharsets.UTF_8);
      }
    } catch (NoSuchFileException e) {
      return reporter.report(new ParseException(e.getFile(), ParseException.Reason.NOT_FOUND, null, e));
    } catch (AccessDeniedException e) {
      return reporter.report(new ParseException(e.getFile(), ParseException.Reason.UNREADABLE, "permission denied", e));
    } catch (Treebank.MalformedException e) {
      return reporter.report(new ParseException(data.toString(), ParseException.Reason.CORRUPT, e.getMessage(), e));
    } catch (IOException e) {
      return reporter.report(new ParseException(data.toString(), ParseException.Reason.UNREADABLE, e.getMessage(), e));
    }
    if (sentences.isEmpty()) {
      return reporter.report(new ParseException(data.toString(), ParseException.Reason.EMPTY, "no CoNLL-U sentences"));
    }
    SyntaxScores.Gold gold = SyntaxScores.gold(sentences);
    List<SyntaxScores.Word> sys;
    if (systemText != null) {
      try {
        sys = SyntaxScores.system(systemText);
      } catch (Treebank.MalformedException e) {
        return reporter.report(new ParseException(system.toString(), ParseException.Reason.CORRUPT, e.getMessage(), e));
      }
    } else {
      ArticleParser parser = ArticleParser.create(ParseOptions.defaults().withPlain(true));
      Article article;
      try {
        article = parser.parse(gold.text().getBytes(StandardCharsets.UTF_8), data.toString());
      } catch (ParseException e) {
        return reporter.report(e);
      }
      sys = SyntaxScores.system(article);
    }
    Map<String, Double> scores = SyntaxScores.score(gold.words(), sys);
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%s (%s): gold sentences %d, gold words %d, system words %d%n",
        data.getFileName(), split.name().toLowerCase(Locale.ROOT), gold.sentences(), gold.words().size(), sys.size()));
    boolean first = true;
    for (Map.Entry<String, Double> e : scores.entrySet()) {
      out.append(first ? "" : "  ").append(String.format(Locale.ROOT, "%s %.1f", e.getKey(), e.getValue()));
      first = false;
    }
    out.append('\n');
    try (Output o = Output.open(output, environment.stdout())) {
      o.write(out.toString().getBytes(StandardCharsets.UTF_8));
      o.commit();
    }
    return ExitCodes.OK;
  }
}
