package io.nlbrief.cli.glossary;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.nlbrief.cli.common.Environment;
import io.nlbrief.cli.common.ExitCodes;
import io.nlbrief.cli.common.Output;
import io.nlbrief.cli.common.Reporter;
import io.nlbrief.cli.gloss.EnglishOptions;
import io.nlbrief.cli.gloss.GlossaryOptions;
import io.nlbrief.cli.options.Format;
import io.nlbrief.cli.options.LoggingOptions;
import io.nlbrief.cli.options.OutputOptions;
import io.nlbrief.parser.ArticleParser;
import io.nlbrief.parser.ParseException;
import io.nlbrief.parser.ParseOptions;
import io.nlbrief.parser.Sentence;
import io.nlbrief.summarizer.gloss.GlossEntry;
import io.nlbrief.summarizer.gloss.GlossLine;
import io.nlbrief.summarizer.gloss.GlossToken;
import io.nlbrief.summarizer.gloss.Glossary;
import io.nlbrief.summarizer.gloss.Glosser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nlbrief glossary lookup}: every entry of each word, with where it comes from; for a word
 * with no entry, what the gloss engine makes of it (its lemma, a compound split) or that it is unknown.
 * Senses are shown in the English {@code --english} asks for, as {@code gloss} would write them
 * (American by default: organize, Mr.); {@code --english british} shows the glossary's own English.
 */
@Command(
    name = "lookup",
    description = "Show every glossary entry of each word (all parts of speech and senses, and which glossary "
        + "each comes from). A word with no entry of its own is glossed as the gloss command would: by its "
        + "lemma, as a compound, or marked unknown. Senses are written in the English --english asks for "
        + "(american by default; british is the glossary's own English).",
    footerHeading = "%nExamples:%n",
    footer = {"  nlbrief glossary lookup land zenuwgas diplomaten", "  nlbrief glossary lookup --format json NAVO",
        "  nlbrief glossary lookup --english british centrum organiseren"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {ExitCodes.HELP_OK, ExitCodes.HELP_USAGE, ExitCodes.HELP_UNREADABLE, ExitCodes.HELP_INTERNAL_ERROR})
final class LookupCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Mixin
  private LoggingOptions logging;

  @Mixin
  private OutputOptions output;

  @Mixin
  private GlossaryOptions glossaryOptions;

  @Mixin
  private EnglishOptions english;

  @Parameters(paramLabel = "WORD", arity = "1..*", description = "Dutch words or expressions (quote a multi-word one).")
  private List<String> words;

  private final Environment environment;

  LookupCommand(Environment environment) {
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
    Glosser glosser = new Glosser(glossary, english.variant());
    ArticleParser parser = null;
    StringBuilder text = new StringBuilder();
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    boolean json = output.format() == Format.JSON;
    try (JsonGenerator g = json ? new JsonFactory().createGenerator(buffer, JsonEncoding.UTF8) : null) {
      if (g != null) {
        g.writeStartArray();
      }
      for (String word : words) {
        List<GlossEntry> entries = glossary.lookup(word.strip());
        GlossLine engine = null;
        if (entries.isEmpty()) {
          if (parser == null) {
            parser = ArticleParser.create(ParseOptions.defaults());
          }
          engine = engineGloss(parser, glosser, word.strip());
        }
        if (g != null) {
          g.writeStartObject();
          g.writeStringField("word", word);
          // The variant of every sense below and of the engine's gloss, as gloss and brief JSON name it.
          g.writeStringField("english", english.variant().toString());
          g.writeArrayFieldStart("entries");
          for (GlossEntry e : entries) {
            g.writeStartObject();
            g.writeStringField("dutch", e.dutch());
            g.writeStringField("pos", e.pos().code());
            g.writeArrayFieldStart("english");
            for (String s : senses(glosser, e)) {
              g.writeString(s);
            }
            g.writeEndArray();
            g.writeStringField("note", e.note());
            g.writeStringField("source", e.source());
            g.writeEndObject();
          }
          g.writeEndArray();
          if (engine != null) {
            g.writeObjectFieldStart("gloss");
            g.writeStringField("en", String.join(" ", engine.tokens().stream().map(GlossToken::english)
                .filter(e -> !e.isEmpty()).toList()));
            g.writeArrayFieldStart("origins");
            for (GlossToken t : engine.tokens()) {
              g.writeString(t.origin());
            }
            g.writeEndArray();
            g.writeEndObject();
          }
          g.writeEndObject();
        } else {
          text.append(word).append('\n');
          for (GlossEntry e : entries) {
            text.append("  ").append(e.pos().code()).append(": ").append(String.join("; ", senses(glosser, e)))
                .append("  [").append(e.source()).append(']')
                .append(e.note().isEmpty() ? "" : "  (" + e.note() + ")").append('\n');
          }
          if (engine != null) {
            boolean unknown = engine.tokens().stream().anyMatch(GlossToken::isUnknown);
            text.append(unknown ? "  not in the glossary: " : "  no entry of its own; glossed as: ")
                .append(String.join(" ", engine.tokens().stream().map(GlossToken::english)
                    .filter(e -> !e.isEmpty()).toList())).append("  [")
                .append(String.join(" ", engine.tokens().stream().map(GlossToken::origin).toList())).append("]\n");
          }
        }
      }
      if (g != null) {
        g.writeEndArray();
      }
    }
    try (Output out = Output.open(output.file(), environment.stdout())) {
      if (json) {
        buffer.write('\n');
        out.write(buffer.toByteArray());
      } else {
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
      }
      out.commit();
    }
    return ExitCodes.OK;
  }

  /**
   * The entry's senses in the glosser's English (organise → organize, Mr → Mr. in American), in
   * the glossary's order; a sense that respells to one already shown (centre; center) is shown once.
   */
  static List<String> senses(Glosser glosser, GlossEntry entry) {
    return entry.english().stream().map(glosser::english).distinct().toList();
  }

  private static GlossLine engineGloss(ArticleParser parser, Glosser glosser, String word) {
    try {
      List<Sentence> sentences = parser.parse(word.getBytes(StandardCharsets.UTF_8), word).sentences();
      return sentences.isEmpty() ? null : glosser.gloss(sentences.get(0));
    } catch (ParseException e) {
      return null;
    }
  }
}
