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
  }
}
