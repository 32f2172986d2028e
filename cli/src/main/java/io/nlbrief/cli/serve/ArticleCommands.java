package io.nlbrief.cli.serve;

import io.nlbrief.cli.format.FormatContext;
import io.nlbrief.cli.format.FormatRegistry;
import io.nlbrief.cli.format.Formats;
import io.nlbrief.cli.gloss.GlossPage;
import io.nlbrief.cli.gloss.Layout;
import io.nlbrief.cli.summarize.LengthOptions;
import io.nlbrief.cli.summarize.Summarized;
import io.nlbrief.parser.Article;
import io.nlbrief.parser.ArticleParser;
import io.nlbrief.summarizer.Methods;
import io.nlbrief.summarizer.Summarizer;
import io.nlbrief.summarizer.SummaryLength;
import io.nlbrief.summarizer.gloss.EnglishVariant;
import io.nlbrief.summarizer.gloss.Glossary;
import io.nlbrief.summarizer.gloss.Glosser;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.util.Fields;

/**
 * What {@code /v1/parse}, {@code /v1/summarize}, {@code /v1/gloss} and {@code /v1/brief} answer for
 * an article: the command's output in one of the command's {@code --format}s (the same {@link
 * Formats} the CLI writes, so the bytes are what the command prints for a file called {@code
 * upload}), with the command's defaults. Stateless apart from its collaborators, which are
 * thread-safe.
 */
final class ArticleCommands {
  /** {@code sentences} of {@code /v1/summarize}: more is not a summary. */
  static final int MAX_SENTENCES = 50;

  /** One command: its formats and the default one (JSON for the API, the page for the sheet). */
  record Command(String name, FormatRegistry<?> formats, String defaultFormat) {}

  static final Map<String, Command> COMMANDS = Map.of(
      "/v1/parse", new Command("parse", Formats.ARTICLE, "json"),
      "/v1/summarize", new Command("summarize", Formats.SUMMARY, "json"),
      "/v1/gloss", new Command("gloss", Formats.GLOSS, "json"),
      "/v1/brief", new Command("brief", Formats.SHEET, "html"));

  /** A document of its own, at the width the CLI writes when its output is not a terminal. */
  private static final FormatContext SINGLE = FormatContext.single();

  private final Summarizer summarizer;
  /** One glosser per variant, built here once: a request only picks one (a glosser is immutable and thread-safe). */
  private final Map<EnglishVariant, Glosser> glossers;
  /** The English of a request that asks for none: the server's {@code --english}. */
  private final EnglishVariant english;
  private final Briefing briefing;

  /** @param names a tagging parser the summarizer uses to find names inside compounds, as {@code summarize} does */
  ArticleCommands(ArticleParser names, Glossary glossary, Briefing briefing) {
    this(names, glossary, briefing, EnglishVariant.DEFAULT);
  }

  /** As above, the English in {@code english} unless a request asks for the other ({@code english=}). */
  ArticleCommands(ArticleParser names, Glossary glossary, Briefing briefing, EnglishVariant english) {
    this.summarizer = new Summarizer(Methods.defaultMethod(), names);
    Map<EnglishVariant, Glosser> glossers = new EnumMap<>(EnglishVariant.class);
    for (EnglishVariant variant : EnglishVariant.values()) {
      glossers.put(variant, new Glosser(glossary, variant));
    }
    this.glossers = Map.copyOf(glossers);
    this.english = english;
    this.briefing = briefing;
  }

  /** The command's format {@code query} names ({@code format}), or its default. */
  static String format(Command command, Fields query) throws Refusal {
    String asked = Optional.ofNullable(query.getValue("format")).orElse(command.defaultFormat()).strip().toLowerCase(Locale.ROOT);
    if (command.formats().find(asked).isEmpty()) {
      throw new Refusal(400, "'format' of /v1/" + command.name() + " is " + String.join(", ", command.formats().names())
          + ", not '" + asked + "'");
    }
    return command.formats().find(asked).get().name();
  }

  /** Options read before the work starts, so that a bad one is refused without parsing. */
  static void validate(Command command, Fields query) throws Refusal {
    format(command, query);
    switch (command.name()) {
      case "summarize" -> sentences(query);
      case "gloss" -> {
        layout(query);
        english(query, EnglishVariant.DEFAULT);
      }
      case "brief" -> {
        proofread(query);
        english(query, EnglishVariant.DEFAULT);
      }
      default -> {}
    }
  }

  byte[] answer(Command command, Article article, Fields query) throws Refusal, IOException {
    String format = format(command, query);
    return switch (command.name()) {
      case "parse" -> Formats.ARTICLE.get(format).render(article, SINGLE, 0);
      case "summarize" -> Formats.SUMMARY.get(format).render(
          new Summarized(article, summarizer.summarize(article, SummaryLength.sentences(sentences(query)))),
          // verbose: the scores and reasons summarize prints unless --quiet
          SINGLE.verbose(true), 0);
      case "gloss" -> {
        Glosser glosser = glossers.get(english(query, english));
        yield Formats.GLOSS.get(format).render(
            new GlossPage(article.file(), glosser.render(article).lines(), layout(query), glosser.english()), SINGLE, 0);
      }
      case "brief" -> briefing.sheet(article, format, proofread(query), english(query, english));
      default -> throw new IllegalArgumentException(command.name());
    };
  }

  private static int sentences(Fields query) throws Refusal {
    String value = query.getValue("sentences");
    if (value == null) {
      return LengthOptions.DEFAULT_SENTENCES;
    }
    try {
      int n = Integer.parseInt(value.strip());
      if (n >= 1 && n <= MAX_SENTENCES) {
        return n;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new Refusal(400, "'sentences' is a number from 1 to " + MAX_SENTENCES + ", not '" + value + "'");
  }

  private static Layout layout(Fields query) throws Refusal {
    String value = query.getValue("layout");
    if (value == null) {
      return Layout.LINE;
    }
    for (Layout layout : Layout.values()) {
      if (layout.toString().equalsIgnoreCase(value.strip())) {
        return layout;
      }
    }
    throw new Refusal(400, "'layout' is line, literal or interlinear, not '" + value + "'");
  }

  /**
   * The English a request asks for ({@code english=american|british}, any case; the aliases
   * {@code --english} takes too), or {@code byDefault} when it asks for none.
   */
  static EnglishVariant english(Fields query, EnglishVariant byDefault) throws Refusal {
    String value = query.getValue("english");
    if (value == null) {
      return byDefault;
    }
    try {
      return EnglishVariant.of(value);
    } catch (IllegalArgumentException e) {
      throw new Refusal(400, "'english' is american or british, not '" + value + "'");
    }
  }

  private static boolean proofread(Fields query) throws Refusal {
    String value = query.getValue("check");
    if (value == null || value.equalsIgnoreCase("true")) {
      return true;
    }
    if (value.equalsIgnoreCase("false")) {
      return false;
    }
    throw new Refusal(400, "'check' is true or false, not '" + value + "'");
  }

  /** The content type of a format's bytes. */
  static String contentType(String format) {
    return switch (format) {
      case "conllu" -> "text/plain; charset=utf-8";
      default -> Briefing.contentType(format);
    };
  }

  static List<String> paths() {
    return List.of("/v1/parse", "/v1/summarize", "/v1/gloss", "/v1/brief");
  }
}
