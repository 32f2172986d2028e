package io.nlbrief.cli.evalgloss;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.nlbrief.cli.common.Json;
import io.nlbrief.cli.common.Environment;
import io.nlbrief.cli.common.ExitCodes;
import io.nlbrief.cli.common.Output;
import io.nlbrief.cli.common.Reporter;
import io.nlbrief.cli.options.Format;
import io.nlbrief.cli.options.LoggingOptions;
import io.nlbrief.cli.options.OutputOptions;
import io.nlbrief.parser.ArticleParser;
import io.nlbrief.parser.ParseException;
import io.nlbrief.parser.ParseOptions;
import io.nlbrief.summarizer.gloss.Bleu;
import io.nlbrief.summarizer.gloss.ChrF;
import io.nlbrief.summarizer.gloss.GlossEntry;
import io.nlbrief.summarizer.gloss.GlossLine;
import io.nlbrief.summarizer.gloss.Glossary;
import io.nlbrief.summarizer.gloss.GlossaryFormat;
import io.nlbrief.summarizer.gloss.GlossaryIo;
import io.nlbrief.summarizer.gloss.Glosser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code nlbrief eval gloss}: BLEU and chrF of the gloss lines against reference translations, and coverage
 * (the share of words, names excluded, with a real English gloss). The user's config glossary is
 * not read: figures are of the default glossary unless {@code --glossary} or {@code --freedict} says otherwise.
 */
@Command(
    name = "gloss",
    description = {
      "Measure the gloss lines: BLEU (sacreBLEU's default: 13a tokens, word 1- to 4-grams, exp smoothing, "
          + "corpus level) and chrF (sacreBLEU's default: character 1- to 6-grams, beta 2, whitespace removed, "
          + "corpus level) against the English of each line, and coverage: the share of word tokens, names "
          + "excluded, that get a real gloss; English words passed through as they are and unknown words (⟨word?⟩) "
          + "are counted apart, neither as glossed.",
      "FILE.jsonl has one object per line: nl and en (a Dutch sentence and its translation: BLEU, chrF and coverage), "
          + "or text (a Dutch article: coverage only). Only the default glossary is used unless you say otherwise."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  nlbrief eval gloss --data ../shared/eval/dev/nl-en-dev.jsonl",
      "  nlbrief eval gloss --data ../shared/eval/dev/news-dev.jsonl --unknown 30",
      "  The FreeDict baseline (apt-get install dict-freedict-nld-eng):",
      "    nlbrief eval gloss --data ../shared/eval/dev/nl-en-dev.jsonl --freedict"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {ExitCodes.HELP_OK, ExitCodes.HELP_USAGE, ExitCodes.HELP_UNREADABLE, ExitCodes.HELP_REFUSED,
        ExitCodes.HELP_INTERNAL_ERROR})
public final class EvalGlossCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Mixin
  private LoggingOptions logging;

  @Mixin
  private OutputOptions output;

  @Option(names = "--data", paramLabel = "FILE.jsonl", required = true, description = "The data: nl and en, or text, per line.")
  private Path data;

  @Option(names = "--glossary", paramLabel = "FILE", description = "A glossary over the default one (repeatable).")
  private List<Path> glossaries = new ArrayList<>();

  @Option(names = "--freedict", arity = "0..1", paramLabel = "PATH", fallbackValue = "/usr/share/dictd",
      description = "The baseline: FreeDict Dutch-English alone instead of the default glossary (dictd files; "
          + "default: where Debian installs them).")
  private Path freedict;

  @picocli.CommandLine.Mixin
  private io.nlbrief.cli.gloss.EnglishOptions english;

  @Option(names = "--unknown", paramLabel = "N", defaultValue = "0", description = "Also list the N most frequent unknown words.")
  private int unknownShown;

  @Option(names = "--show", paramLabel = "N", defaultValue = "0", description = "Also print the first N glosses beside their references.")
  private int shown;

  private final Environment environment;

  public EvalGlossCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws IOException {
    if (unknownShown < 0 || shown < 0) {
      throw new ParameterException(spec.commandLine(), "--unknown and --show take a count of 0 or more");
    }
    Reporter reporter = logging.reporter(spec);
    Glossary glossary;
    String glossaryName;
    try {
      if (freedict != null) {
        Path index = Files.isDirectory(freedict) ? GlossaryIo.findFreeDict(freedict).orElse(freedict.resolve("freedict-nld-eng.index")) : freedict;
        List<GlossEntry> entries = GlossaryIo.read(index, GlossaryFormat.DICTD, "freedict", p -> { });
        glossary = Glossary.of(entries);
        glossaryName = "FreeDict alone (" + index + ")";
      } else {
        glossary = Glossary.load(glossaries, p -> reporter.warn(p.line() > 0 ? p.file() + ":" + p.line() : p.file(), p.message()));
        glossaryName = glossaries.isEmpty() ? "default" : "default + " + glossaries;
      }
    } catch (NoSuchFileException e) {
      return reporter.report(new ParseException(e.getFile(), ParseException.Reason.NOT_FOUND, null, e));
    } catch (UncheckedIOException e) {
      return reporter.report(new ParseException(String.valueOf(glossaries), ParseException.Reason.UNREADABLE,
          e.getCause().getMessage(), e.getCause()));
    }
    List<Json.Line> items;
    try {
      items = Json.readLines(data);
    } catch (ParseException e) {
      return reporter.report(e);
    }
    Glosser glosser = new Glosser(glossary, english.variant());
    ArticleParser parser = ArticleParser.create(ParseOptions.defaults());
    ChrF chrf = new ChrF();
    Bleu bleu = new Bleu();
    int glossed = 0;
    int counted = 0;
    int foreign = 0;
    int unknownWords = 0;
    int pairs = 0;
    int articles = 0;
    Map<String, Integer> unknown = new TreeMap<>();
    StringBuilder samples = new StringBuilder();
    int exitCode = ExitCodes.OK;
    for (int i = 0; i < items.size(); i++) {
      Json.Line item = items.get(i);
      String nl = item.text("nl");
      String en = item.text("en");
      String article = item.text("text");
      String dutch = nl != null ? nl : article;
      if (dutch == null) {
        reporter.warn(data + ":" + (i + 1), "neither nl nor text: skipped");
        continue;
      }
      List<GlossLine> lines;
      try {
        lines = io.nlbrief.cli.gloss.GlossCommand.glossText(parser, glosser, dutch, data + ":" + (i + 1));
      } catch (ParseException e) {
        exitCode = Math.max(exitCode, reporter.report(e));
        continue;
      }
      StringBuilder hypothesis = new StringBuilder();
      for (GlossLine l : lines) {
        glossed += l.glossedWords();
        counted += l.countedWords();
        foreign += l.foreignWords();
        unknownWords += l.unknown().size();
        l.unknown().forEach(u -> unknown.merge(u, 1, Integer::sum));
        hypothesis.append(hypothesis.length() == 0 ? "" : " ").append(l.english());
      }
      if (nl != null && en != null) {
        chrf.add(hypothesis.toString(), en);
        bleu.add(hypothesis.toString(), en);
        pairs++;
        if (pairs <= shown) {
          samples.append("nl:  ").append(nl).append("\ngl:  ").append(hypothesis).append("\nen:  ").append(en).append("\n\n");
        }
      } else {
        articles++;
      }
    }
    List<Map.Entry<String, Integer>> frequent = new ArrayList<>(unknown.entrySet());
    frequent.sort((a, b) -> !a.getValue().equals(b.getValue()) ? b.getValue() - a.getValue() : a.getKey().compareTo(b.getKey()));
    frequent = frequent.subList(0, Math.min(unknownShown, frequent.size()));
    double coverage = counted == 0 ? 100.0 : 100.0 * glossed / counted;
    byte[] result;
    if (output.format() == Format.JSON) {
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      try (JsonGenerator json = new JsonFactory().createGenerator(buffer, JsonEncoding.UTF8)) {
        json.writeStartObject();
        json.writeStringField("data", data.toString());
        json.writeStringField("glossary", glossaryName);
        json.writeStringField("english", english.variant().toString());
        json.writeNumberField("pairs", pairs);
        json.writeNumberField("articles", articles);
        if (pairs > 0) {
          json.writeNumberField("BLEU", round(bleu.score()));
          json.writeNumberField("chrF", round(chrf.score()));
        } else {
          json.writeNullField("BLEU");
          json.writeNullField("chrF");
        }
        json.writeNumberField("coverage", round(coverage));
        json.writeNumberField("glossed", glossed);
        json.writeNumberField("counted", counted);
        json.writeNumberField("foreign", foreign);
        json.writeNumberField("unknownWords", unknownWords);
        json.writeObjectFieldStart("unknown");
        for (Map.Entry<String, Integer> e : frequent) {
          json.writeNumberField(e.getKey(), e.getValue());
        }
        json.writeEndObject();
        json.writeEndObject();
      }
      buffer.write('\n');
      result = buffer.toByteArray();
    } else {
      StringBuilder out = new StringBuilder(samples);
      out.append(String.format(Locale.ROOT, "%s: %d sentence pairs, %d articles; glossary: %s; english: %s%n",
          data.getFileName(), pairs, articles, glossaryName, english.variant()));
      if (pairs > 0) {
        out.append(String.format(Locale.ROOT, "BLEU      %6.2f  (sacreBLEU default: 13a tokens, n-grams 1-4, exp smoothing, corpus level)%n", bleu.score()));
        out.append(String.format(Locale.ROOT, "chrF      %6.2f  (sacreBLEU default: chars 1-6, beta 2, no whitespace)%n", chrf.score()));
      }
      out.append(String.format(Locale.ROOT, "coverage  %6.2f%%  (%d of %d words, names excluded; %d English words passed through "
          + "as they are and %d unknown, both not glossed)%n", coverage, glossed, counted, foreign, unknownWords));
      if (!frequent.isEmpty()) {
        out.append("unknown: ");
        for (int k = 0; k < frequent.size(); k++) {
          out.append(k == 0 ? "" : ", ").append(frequent.get(k).getKey()).append(" (").append(frequent.get(k).getValue()).append(')');
        }
        out.append('\n');
      }
      result = out.toString().getBytes(StandardCharsets.UTF_8);
    }
    try (Output out = Output.open(output.file(), environment.stdout())) {
      out.write(result);
      out.commit();
    }
    return exitCode;
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
