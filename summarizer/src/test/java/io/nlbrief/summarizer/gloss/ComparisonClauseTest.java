package io.nlbrief.summarizer.gloss;

import static io.nlbrief.summarizer.gloss.Glossed.gloss;
import static io.nlbrief.summarizer.gloss.Glossed.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Comparisons closed by a clause without a subject, on sentences written for these tests. */
class ComparisonClauseTest {
  @Test
  void theVerbFollowsThanAndTheAdverbsFollowTheVerb() {
    GlossLine l = gloss("Het is duurder dan vroeger het geval was.");
    assertEquals("It is more expensive than was the case earlier.", l.english());
    assertEquals("order:than-clause", token(l, "vroeger").moved());
    assertEquals("It goes better than was the case earlier, he said.",
        gloss("Het gaat beter dan eerder het geval was, zei hij.").english());
  }

  @Test
  void aComparisonWithASubjectOrWithoutAVerbIsLeftAlone() {
    assertEquals("She is larger than her brother is.", gloss("Zij is groter dan haar broer is.").english());
    GlossLine noVerb = gloss("Ze verdient meer dan nu.");
    assertEquals("She earns more than now.", noVerb.english());
    assertNull(token(noVerb, "nu").moved());
  }

  @Test
  void twoFiniteCopulasOnOneHeadAreNotPutTogether() {
    // the parser hung both "is" and "was" on geval; joining them made "is was the case"
    GlossLine l = gloss("Het is duurder dan vroeger het geval was.");
    assertTrue(!l.english().contains("is was"), l.english());
  }
}
