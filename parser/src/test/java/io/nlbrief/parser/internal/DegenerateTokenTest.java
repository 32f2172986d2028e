package io.nlbrief.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nlbrief.parser.internal.WordTokenizer.RawToken;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Degenerate long tokens are tokenised without failing and without losing text. (Their speed is
 * measured in bench/LongTokenBench, not here.)
 */
class DegenerateTokenTest {
  private final WordTokenizer tokenizer = new WordTokenizer(Abbreviations.load());

  @Test
  void aHundredKilobytesOfInitialsDoNotOverflowTheStack() {
    // Was a StackOverflowError in the abbreviation pattern's unbounded repetition.
    String text = "a.".repeat(50_000);
    List<RawToken> tokens = tokenizer.tokenize(text, 0, text.length());
    assertCovers(text, tokens);
    assertEquals(WordTokenizer.Kind.ABBREVIATION, tokens.get(0).kind());
  }

  @Test
  void abbreviationsOfUpToNineLettersStayOneToken() {
    String text = "Zie o.b.v.d.m. en a.b.c.d.e.f.g.h.i. hier.";
    List<String> tokens = tokenizer.tokenize(text, 0, text.length()).stream().map(t -> t.of(text)).toList();
    assertTrue(tokens.contains("o.b.v.d.m."), tokens.toString());
    assertTrue(tokens.contains("a.b.c.d.e.f.g.h.i."), tokens.toString());
  }

  @Test
  void anEmailAfterALongRunOfLocalCharactersIsStillFound() {
    String text = "mail " + "a.".repeat(1000) + "b@example.nl vandaag";
    List<RawToken> tokens = tokenizer.tokenize(text, 0, text.length());
    assertCovers(text, tokens);
    assertTrue(tokens.stream().anyMatch(t -> t.kind() == WordTokenizer.Kind.URL && t.of(text).endsWith("b@example.nl")),
        tokens.toString());
  }

  @Test
  void aLongRunOfLocalCharactersBeforeAnAtWithoutADomainIsNoAddress() {
    // "a.a.….@.": every token of the run reaches the same @, with no domain after it. (Tried
    // from each token again, it was quadratic: bench/LongTokenBench, "before an @".)
    String text = "mail " + "a.".repeat(2000) + "@. en jan@example.nl vandaag";
    List<RawToken> tokens = tokenizer.tokenize(text, 0, text.length());
    assertCovers(text, tokens);
    List<String> addresses = tokens.stream().filter(t -> t.kind() == WordTokenizer.Kind.URL).map(t -> t.of(text)).toList();
    assertEquals(List.of("jan@example.nl"), addresses);
  }

  /** Every non-space character is in exactly one token, in order. */
  private static void assertCovers(String text, List<RawToken> tokens) {
    int at = 0;
    for (RawToken t : tokens) {
      assertTrue(t.start() >= at, "tokens overlap at " + t.start());
      assertTrue(text.substring(at, t.start()).isBlank(), "text dropped before " + t.start());
      at = t.end();
    }
    assertTrue(text.substring(at).isBlank(), "text dropped at the end");
  }
}
