package io.nlbrief.parser.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.nlbrief.parser.Article;
import io.nlbrief.parser.ArticleParser;
import io.nlbrief.parser.Clause;
import io.nlbrief.parser.Dependency;
import io.nlbrief.parser.DutchAnalyzer;
import io.nlbrief.parser.ParseException;
import io.nlbrief.parser.ParseOptions;
import io.nlbrief.parser.Sentence;
import io.nlbrief.parser.Span;
import io.nlbrief.parser.Token;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Fuzz targets of the parser. As a unit test (the default) each runs over its committed inputs in
 * {@code src/test/resources/io/nlbrief/parser/fuzz/ParserFuzzTestInputs/METHOD/}; with
 * {@code JAZZER_FUZZ=1} Jazzer mutates them (see the README, "Fuzzing"). Whatever the bytes, the
 * parser either gives an article whose offsets all point into its text or refuses the input with
 * a {@link ParseException}: any other exception is a bug. Every sentence's syntactic analysis is
 * read too (it runs on demand) and must be a well-formed tree: tokens covering the sentence in
 * order, every head inside the sentence, exactly one root, no cycle, clauses whose positions
 * are tokens of the sentence and whose parents form a tree, the main clause first.
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
    assertTokens(sentence, text);
    assertAnalysis(sentence);
  }

  static void assertOffsetsInRange(Article article) {
    String text = article.text();
    int previous = -1;
    for (Sentence sentence : article.sentences()) {
      Span span = sentence.span();
      assertTrue(span.start() >= 0 && span.start() <= span.end() && span.end() <= text.length(),
          () -> "sentence " + span + " beyond " + text.length());
      assertEquals(sentence.text(), span.of(text));
      assertTrue(span.start() >= previous, "sentences in text order, apart");
      previous = span.end();
      assertTokens(sentence, text);
      for (Token token : sentence.tokens()) {
        assertTrue(token.span().start() >= span.start() && token.span().end() <= span.end(),
            () -> "token " + token.span() + " outside its sentence " + span);
      }
      assertAnalysis(sentence);
    }
  }

  /**
   * The tokens lie in {@code text} in order, do not overlap, are never empty, hold exactly the
   * characters their spans name, and leave out nothing but whitespace between them.
   */
  private static void assertTokens(Sentence sentence, String text) {
    int previous = sentence.tokens().isEmpty() ? -1 : sentence.tokens().get(0).span().start();
    for (Token token : sentence.tokens()) {
      Span span = token.span();
      assertTrue(span.start() >= 0 && span.end() <= text.length(), () -> "token " + span + " beyond " + text.length());
      assertTrue(span.start() < span.end(), () -> "empty token at " + span);
      int after = previous;
      assertTrue(span.start() >= after, () -> "tokens in text order, apart: " + span + " after " + after);
      assertEquals(token.text(), span.of(text));
      String gap = text.substring(after, span.start());
      assertTrue(gap.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
          || Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.CONTROL),
          () -> "text between tokens left out: " + escape(gap) + " before " + span);
      previous = span.end();
    }
  }

  /** The dependency tree and the clauses of a tagged sentence (none for a sentence without tokens). */
  static void assertAnalysis(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    int size = tokens.size();
    int roots = 0;
    for (int i = 0; i < size; i++) {
      Dependency d = tokens.get(i).dependency();
      int at = i;
      assertTrue(d.head() >= -1 && d.head() < size && d.head() != i, () -> "head " + d + " of token " + at + " of " + size);
      assertTrue(d.relation() != null && !d.relation().isBlank(), () -> "relation of token " + at);
      if (d.head() < 0) {
        assertTrue(d.isRoot(), () -> "token " + at + " has no head but is not the root: " + d);
        roots++;
      }
      // Following the heads from any token reaches the root in fewer than size steps: no cycle.
      int steps = 0;
      for (int h = i; h >= 0; h = tokens.get(h).dependency().head()) {
        assertTrue(steps++ <= size, () -> "a cycle of heads through token " + at);
      }
    }
    int rootCount = roots;
    assertEquals(size == 0 ? 0 : 1, rootCount, () -> "roots in " + sentence);
    List<Clause> clauses = sentence.clauses();
    for (int c = 0; c < clauses.size(); c++) {
      Clause clause = clauses.get(c);
      int index = c;
      assertTrue(clause.head() >= 0 && clause.head() < size, () -> "clause head " + clause);
      for (int position : List.of(clause.finiteVerb(), clause.subject(), clause.marker())) {
        assertTrue(position >= -1 && position < size, () -> "clause position " + clause);
      }
      int before = -1;
      for (int v : clause.verbCluster()) {
        assertTrue(v > before && v < size, () -> "verb cluster not tokens in text order: " + clause);
        before = v;
      }
      for (int p : clause.particles()) {
        assertTrue(p >= 0 && p < size, () -> "particle " + clause);
      }
      assertTrue(clause.finiteVerb() < 0 || clause.verbCluster().contains(clause.finiteVerb()),
          () -> "finite verb outside the verb cluster: " + clause);
      assertTrue(clause.parent() >= -1 && clause.parent() < clauses.size() && clause.parent() != index
          && (index > 0 || clause.parent() == -1), () -> "parent of clause " + index + ": " + clauses);
      int steps = 0;
      for (int p = c; p >= 0; p = clauses.get(p).parent()) {
        assertTrue(steps++ <= clauses.size(), () -> "a cycle of parents through clause " + index + ": " + clauses);
      }
    }
  }

  private static String escape(String s) {
    StringBuilder out = new StringBuilder();
    s.codePoints().forEach(c -> out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : String.valueOf((char) c)));
    return out.toString();
  }
}
