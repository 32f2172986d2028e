package io.nlbrief.summarizer.gloss;

import io.nlbrief.parser.Article;
import io.nlbrief.parser.ArticleParser;
import io.nlbrief.parser.ParseException;
import io.nlbrief.parser.ParseOptions;
import io.nlbrief.parser.Sentence;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Tagged sentences from Dutch text, through the real parser (LanguageTool's tagger, loaded once). */
final class Dutch {
  private static final ArticleParser PARSER = ArticleParser.create(ParseOptions.defaults());

  private Dutch() {}

  static List<Sentence> sentences(String text) {
    try {
      Article a = PARSER.parse(text.getBytes(StandardCharsets.UTF_8), "test");
      return a.sentences();
    } catch (ParseException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The only sentence of a text (a second sentence before it keeps the first from being a headline). */
  static Sentence sentence(String text) {
    List<Sentence> s = sentences("Dit is een zin.\n\n" + text);
    if (s.size() != 2) {
      throw new IllegalStateException("expected one sentence in: " + text + " but got " + s);
    }
    return s.get(1);
  }
}
