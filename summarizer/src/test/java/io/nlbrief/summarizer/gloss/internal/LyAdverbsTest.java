package io.nlbrief.summarizer.gloss.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The English -ly spelling rules and the irregular adverbs, on English adjectives. */
class LyAdverbsTest {
  @Test
  void regularSpelling() {
    assertEquals("quickly", LyAdverbs.adverb("quick"));
    assertEquals("regularly", LyAdverbs.adverb("regular"));
    assertEquals("completely", LyAdverbs.adverb("complete"));
    assertEquals("happily", LyAdverbs.adverb("happy"));
    assertEquals("simply", LyAdverbs.adverb("simple"));
    assertEquals("possibly", LyAdverbs.adverb("possible"));
    assertEquals("basically", LyAdverbs.adverb("basic"));
    assertEquals("fully", LyAdverbs.adverb("full"));
    assertEquals("truly", LyAdverbs.adverb("true"));
    assertEquals("greyly", LyAdverbs.adverb("grey")); // a vowel before the y keeps it
  }

  @Test
  void irregularAndUnchanged() {
    assertEquals("well", LyAdverbs.adverb("good"));
    assertEquals("fast", LyAdverbs.adverb("fast"));
    assertEquals("hard", LyAdverbs.adverb("hard"));
    assertEquals("late", LyAdverbs.adverb("late"));
    assertEquals("publicly", LyAdverbs.adverb("public"));
    assertEquals("wholly", LyAdverbs.adverb("whole"));
    assertEquals("friendly", LyAdverbs.adverb("friendly")); // already ends in -ly
    assertEquals("often", LyAdverbs.adverb("often"));
    assertNull(LyAdverbs.adverb("at home")); // a phrase
    assertNull(LyAdverbs.adverb("English")); // a capitalised word
  }
}
