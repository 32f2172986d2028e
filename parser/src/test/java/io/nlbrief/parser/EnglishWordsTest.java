package io.nlbrief.parser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EnglishWordsTest {
  @Test
  void englishWordsAsWrittenOrCapitalised() {
    assertTrue(EnglishWords.isEnglish("powerful"));
    assertTrue(EnglishWords.isEnglish("Dreamers"), "capitalised: judged in lower case");
    assertTrue(EnglishWords.isEnglish("livestream") || EnglishWords.isEnglish("owl"));
  }

  @Test
  void dutchWordsAndWhatIsNoWordAreNot() {
    assertFalse(EnglishWords.isEnglish("vergadering"));
    assertFalse(EnglishWords.isEnglish("ziekenhuis"));
    assertFalse(EnglishWords.isEnglish("a"), "one letter");
    assertFalse(EnglishWords.isEnglish("line-up"), "a hyphenated word is judged part by part by its caller");
    assertFalse(EnglishWords.isEnglish("G7"), "letters only");
    assertFalse(EnglishWords.isEnglish("pOWERFUL"), "lower case only for a capitalised word");
  }

  @Test
  void longWordsAreJudgedUpToTheCapAndLongerRunsAreNoWord() {
    assertTrue(EnglishWords.isEnglish("internationalisation"), "20 letters, well under the cap");
    assertTrue("internationalisation".length() * 3 < EnglishWords.MAX_LENGTH);
    assertFalse(EnglishWords.isEnglish("a".repeat(100_000)), "a degenerate run of letters");
  }
}
