package io.nlbrief.checker.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import morfologik.speller.Speller;
import morfologik.stemming.Dictionary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SpellerCharEquivalenceTest {
  private static final String DICTIONARY = "/org/languagetool/resource/nl/spelling/nl_NL.dict";
  private static Dictionary untouched;
  private static Dictionary precomputed;

  @BeforeAll
  static void dictionaries() throws Exception {
    URL url = SpellerCharEquivalenceTest.class.getResource(DICTIONARY);
    untouched = Dictionary.read(url);
    precomputed = Dictionary.read(url);
    assertTrue(SpellerCharEquivalence.apply(precomputed.metadata));
  }

  /** Misspellings of our own: diacritics lost or added, case, letters dropped, doubled, swapped. */
  private static List<String> misspellings() {
    List<String> words = new ArrayList<>(List.of(
        "cafe", "ideeen", "reunie", "financiele", "Belgie", "coordinatie", "enquete", "creeren", "naieve",
        "geinteresseerd", "ruine", "EEN", "kAmer", "Zoe", "facade", "senor", "Angstrom", "cafè", "eén",
        "hé", "Ã©n", "überhaupt", "skiën", "knieen", "poezie", "beinvloeden", "tweeenhalf", "zeeen", "Noorwegën"));
    String[] known = {"regering", "onderzoek", "gemeente", "ziekenhuis", "verkiezingen", "burgemeester",
        "Amsterdam", "politie", "minister", "kabinet", "oppositie", "begroting", "ambtenaren", "tentoonstelling"};
    for (String w : known) {
      words.add(w.substring(0, w.length() / 2) + w.substring(w.length() / 2 + 1));   // a letter dropped
      words.add(w.substring(0, 3) + w.charAt(3) + w.substring(3));                   // a letter doubled
      words.add(w.substring(0, 2) + w.charAt(3) + w.charAt(2) + w.substring(4));     // two swapped
      words.add(w.replace('e', 'é'));                                                 // accents added
      words.add(w.toUpperCase(java.util.Locale.ROOT));
    }
    return words;
  }

  @Test
  void sameSuggestionsInTheSameOrderAsMorfologikUntouched() {
    for (int distance = 1; distance <= 2; distance++) {
      Speller before = new Speller(untouched, distance);
      Speller after = new Speller(precomputed, distance);
      int nonEmpty = 0;
      for (String word : misspellings()) {
        List<String> expected = before.findReplacements(word);
        assertEquals(expected, after.findReplacements(word), word + " at edit distance " + distance);
        nonEmpty += expected.isEmpty() ? 0 : 1;
      }
      // The comparison means something only if the speller found suggestions for most of them.
      assertTrue(nonEmpty > misspellings().size() / 2, "suggestions for " + nonEmpty + " words");
    }
  }

  @Test
  void theDiacriticFlagIsOffAndTheTableHoldsWhatItAccepted() throws Exception {
    assertFalse(precomputed.metadata.isIgnoringDiacritics());
    assertTrue(untouched.metadata.isIgnoringDiacritics());
    Map<Character, List<Character>> table = precomputed.metadata.getEquivalentChars();
    assertTrue(table.get('e').contains('é'), "e ~ é by NFD");
    assertTrue(table.get('e').contains('E'), "e ~ E by case conversion");
    assertTrue(table.get('é').contains('E'), "é ~ E: NFD, then case");
    assertFalse(table.get('e').contains('a'));
    assertFalse(table.get('7').contains('8'), "a digit has no other equivalent");
    assertFalse(table.get('e').contains('e'), "only other characters, as areEqual asks after x == y");
    // A second application leaves the dictionary alone.
    assertFalse(SpellerCharEquivalence.apply(precomputed.metadata));
  }
}
