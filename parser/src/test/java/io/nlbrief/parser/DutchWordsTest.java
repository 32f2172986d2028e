package io.nlbrief.parser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nlbrief.parser.DutchWords.WordClass;
import org.junit.jupiter.api.Test;

class DutchWordsTest {
  @Test
  void everyClassIsReadFromTheResource() {
    for (WordClass c : WordClass.values()) {
      assertFalse(DutchWords.of(c).isEmpty(), c.name());
    }
  }

  @Test
  void looksUpInAnyCase() {
    assertTrue(DutchWords.is(WordClass.DETERMINER, "De"));
    assertTrue(DutchWords.is(WordClass.DETERMINER, "zo'n"));
    assertTrue(DutchWords.is(WordClass.SUBJECT_PRONOUN, "Hij"));
    assertTrue(DutchWords.is(WordClass.PLACE_PREPOSITION, "naar"));
    assertTrue(DutchWords.is(WordClass.SPEECH_VERB, "verklaarde"));
    assertFalse(DutchWords.is(WordClass.SUBJECT_PRONOUN, "huis"));
    assertFalse(DutchWords.is(WordClass.DETERMINER, null));
    assertTrue(DutchWords.is(WordClass.IMPERSONAL_SUBJECT, "Er"));
    assertTrue(DutchWords.is(WordClass.AUXILIARY, "worden"));
    assertTrue(DutchWords.is(WordClass.PLACE_ACRONYM, "VS"));
  }

  @Test
  void theTaggersDeterminersAreDeterminersWithoutTheAmbiguousOnes() {
    assertTrue(DutchWords.of(WordClass.DETERMINER).containsAll(DutchWords.of(WordClass.PRENOMINAL_DETERMINER)));
    for (String alsoAPronoun : new String[] {"het", "dat", "die", "zijn", "haar"}) {
      assertTrue(DutchWords.is(WordClass.DETERMINER, alsoAPronoun), alsoAPronoun);
      assertFalse(DutchWords.is(WordClass.PRENOMINAL_DETERMINER, alsoAPronoun), alsoAPronoun);
    }
  }

  @Test
  void everyWordIsInLowerCase() {
    for (WordClass c : WordClass.values()) {
      for (String w : DutchWords.of(c)) {
        assertTrue(w.equals(w.toLowerCase(java.util.Locale.ROOT)), c + ": " + w);
      }
    }
  }
}
