package io.nlbrief.checker.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuotedTermsTest {
  @Test
  void aTermQuotedAloneIsQuotedElsewhereFromEveryOtherPlace() {
    String text = "De marine noemt het 'zeeschild'. Het zeeschild kost veel.";
    QuotedTerms terms = QuotedTerms.of(text);
    int quoted = text.indexOf("zeeschild");
    int plain = text.indexOf("zeeschild", quoted + 1);
    assertTrue(terms.isQuotedElsewhere("zeeschild", plain));
    assertFalse(terms.isQuotedElsewhere("zeeschild", quoted), "its only quoted place is this one");
    assertFalse(terms.isQuotedElsewhere("marine", text.indexOf("marine")), "never quoted");
  }

  @Test
  void twiceQuotedIsElsewhereFromBothAndAGluedQuoteIsNoQuotation() {
    String text = "Eerst „kiezersbrief”, later weer „kiezersbrief”. Dat is Jans'boek'.";
    QuotedTerms terms = QuotedTerms.of(text);
    assertTrue(terms.isQuotedElsewhere("kiezersbrief", text.indexOf("kiezersbrief")));
    assertFalse(terms.isQuotedElsewhere("boek", text.indexOf("boek")), "the opening mark is glued to a letter");
  }

  @Test
  void readsADegenerateLineInOnePass() {
    // 75,000 marks; only the first a stands alone between two marks, every later one is glued.
    String text = "'".repeat(50_000) + "a'".repeat(25_000);
    QuotedTerms terms = QuotedTerms.of(text);
    assertFalse(terms.isQuotedElsewhere("a", 50_000), "quoted alone only here");
    assertTrue(terms.isQuotedElsewhere("a", 50_002), "and so elsewhere from any later a");
  }
}
