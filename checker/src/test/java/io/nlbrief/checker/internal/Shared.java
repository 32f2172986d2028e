package io.nlbrief.checker.internal;

import io.nlbrief.parser.Article;
import io.nlbrief.parser.ArticleParser;
import io.nlbrief.parser.ParseException;
import io.nlbrief.parser.ParseOptions;
import io.nlbrief.parser.testing.ArticleBuilder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.spelling.SpellingCheckRule;

/**
 * One LanguageTool speller and parser for all filter tests of the JVM (building them takes seconds),
 * and the articles the tests check: built without the parser where the code under test reads only
 * text, tokens and names, parsed where it reads the parser's analysis.
 */
final class Shared {
  static final ArticleParser PARSER = ArticleParser.create(ParseOptions.defaults());
  private static Lexicon lexicon;
  private static WordTags tags;

  private Shared() {}

  static synchronized Lexicon lexicon() {
    if (lexicon == null) {
      JLanguageTool lt = new JLanguageTool(Languages.getLanguageForShortCode("nl-BE"));
      SpellingCheckRule speller = lt.getAllSpellingCheckRules().stream()
          .filter(SpellingCheckRule::isDictionaryBasedSpellingRule).findFirst().orElseThrow();
      lexicon = new Lexicon(speller);
      tags = new WordTags(lt.getLanguage().getTagger());
    }
    return lexicon;
  }

  static synchronized WordTags tags() {
    lexicon();
    return tags;
  }

  /**
   * An article of plain prose built without the parser (blank lines between paragraphs; the
   * builder's markup for names and lemmas): for the filters that read only text, tokens and names.
   */
  static Article article(String markup) {
    return ArticleBuilder.article("test").prose(markup).build();
  }

  /** The article as the parser reads it: for what needs its analysis (tags, readings, clauses). */
  static Article parsed(String text) {
    try {
      return PARSER.parse(text.getBytes(StandardCharsets.UTF_8), "test");
    } catch (ParseException e) {
      throw new AssertionError(e);
    }
  }

  static CheckContext context(String markup, String... userWords) {
    return new CheckContext(article(markup), lexicon(), Set.of(userWords));
  }

  static CheckContext parsedContext(String text, String... userWords) {
    return new CheckContext(parsed(text), lexicon(), Set.of(userWords));
  }

  /** A speller match on the first occurrence of {@code word} in {@code text}. */
  static Match spelling(String text, String word) {
    int at = text.indexOf(word);
    if (at < 0) {
      throw new IllegalArgumentException(word + " not in " + text);
    }
    return new Match("MORFOLOGIK_RULE_NL_NL", "Spelling", "TYPOS", "Spelling", "misspelling", true,
        "Er is een mogelijke spelfout gevonden.", "", at, at + word.length(), List.of());
  }

  static Match punctuation(String text, String covered) {
    int at = text.indexOf(covered);
    return new Match("DOUBLE_PUNCTUATION", "Twee komma's", "PUNCTUATION", "Leestekens", "typographical", false,
        "Twee opeenvolgende komma's", "", at, at + covered.length(), List.of(","));
  }
}
