package io.nlbrief.parser.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.nlbrief.parser.Article;
import io.nlbrief.parser.ArticleParser;
import io.nlbrief.parser.DutchAnalyzer;
import io.nlbrief.parser.ParseException;
import io.nlbrief.parser.ParseOptions;
import io.nlbrief.parser.Sentence;
import io.nlbrief.parser.Span;
import io.nlbrief.parser.Token;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz targets of the parser. As a unit test (the default) each runs over its committed inputs in
 * {@code src/test/resources/io/nlbrief/parser/fuzz/ParserFuzzTestInputs/METHOD/}; with
 * {@code JAZZER_FUZZ=1} Jazzer mutates them (see the README, "Fuzzing"). Whatever the bytes, the
 * parser either gives an article whose offsets all point into its text or refuses the input with
 * a {@link ParseException}: any other exception is a bug.
 */
class ParserFuzzTest {
  private static final ArticleParser PARSER = ArticleParser.create(ParseOptions.defaults());
  private static final DutchAnalyzer ANALYZER = DutchAnalyzer.shared();

  /** Bytes of any format: plain text in any encoding, HTML, XML, PDF, ZIP-based office files, RTF, e-mail. */
  @FuzzTest(maxDuration = "30s")
  void parseAnyBytes(byte[] input) {
    Article article;
    try {
      article = PARSER.parse(input, "fuzz");
    } catch (ParseException refused) {
      return;
    }
    assertOffsetsInRange(article);
  }

  /** The sentence splitter, tokenizer, tagger and syntax on arbitrary text as one fragment. */
  @FuzzTest(maxDuration = "30s")
  void analyseAnyText(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    Sentence sentence = ANALYZER.analyseFragment(text);
    assertTokens(sentence, text.length());
    int size = sentence.tokens().size();
    for (Token token : sentence.tokens()) {
      int head = token.dependency().head();
      assertTrue(head >= -1 && head <= size, () -> "head " + head + " of " + size + " tokens");
    }
  }

  static void assertOffsetsInRange(Article article) {
    String text = article.text();
    int previous = -1;
    for (Sentence sentence : article.sentences()) {
      Span span = sentence.span();
      assertTrue(span.end() <= text.length(), () -> "sentence " + span + " beyond " + text.length());
      assertEquals(sentence.text(), span.of(text));
      assertTrue(span.start() >= previous, "sentences in text order");
      previous = span.start();
      assertTokens(sentence, text.length());
      for (Token token : sentence.tokens()) {
        assertEquals(token.text(), token.span().of(text));
      }
    }
  }

  private static void assertTokens(Sentence sentence, int length) {
    int previous = -1;
    for (Token token : sentence.tokens()) {
      Span span = token.span();
      assertTrue(span.end() <= length, () -> "token " + span + " beyond " + length);
      assertTrue(span.start() >= previous, "tokens in text order");
      previous = span.start();
    }
  }
}
