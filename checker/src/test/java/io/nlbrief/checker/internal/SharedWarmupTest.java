package io.nlbrief.checker.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.language.BelgianDutch;
import org.languagetool.language.Dutch;
import org.languagetool.rules.nl.MorfologikDutchSpellerRule;

/** The speller shared between the Dutch variants answers as each variant's own would. */
class SharedWarmupTest {

  /** Known words, slips, names, compounds, capitals, hyphens, quotes, numbers, multi-word entries. */
  private static final List<String> WORDS = List.of("woordenboek", "diplomaten", "diplomatne", "ambasade",
      "desinformatie", "pooierverbod", "NAVO", "Navalny", "Navalni", "Rusland", "rusland", "Gent", "gent",
      "zangtalend", "verschilende", "'s-Gravenhage", "s-Gravenhage", "aan-en-uitknop", "e-mail", "email",
      "15u38", "COVID-19", "Brexit-impasse", "PvdA-europarlementariër", "zo'n", "hij", "word", "wordt",
      "Vlaams", "Nederlands", "fietspad", "fiets", "mosselen", "à", "carte", "Kyryl", "Lashun");

  @Test
  void bothVariantsSpellAlike() throws Exception {
    ResourceBundle messages = JLanguageTool.getDataBroker()
        .getResourceBundle(JLanguageTool.MESSAGE_BUNDLE, new Locale("nl"));
    SpellerDictionaries.install();
    MorfologikDutchSpellerRule belgian = speller(messages, new BelgianDutch());
    MorfologikDutchSpellerRule dutch = speller(messages, new Dutch());
    int misspelled = 0;
    for (String word : WORDS) {
      assertEquals(belgian.isMisspelled(word), dutch.isMisspelled(word), word);
      // Suggestions for the first few slips only: the search takes a second a word on a cold JVM.
      if (belgian.isMisspelled(word) && ++misspelled <= 3) {
        assertEquals(belgian.getSpellingSuggestions(word), dutch.getSpellingSuggestions(word), word);
      }
    }
    // The list has both kinds, so the comparison above compared suggestions too.
    assertTrue(misspelled >= 3 && misspelled < WORDS.size(), misspelled + " misspelled");
  }

  private static MorfologikDutchSpellerRule speller(ResourceBundle messages, Language language) throws Exception {
    language.setWordTokenizer(new WordRunTokenizer(language.getWordTokenizer()));
    return new MorfologikDutchSpellerRule(messages, language, null, Collections.emptyList());
  }

  /** Fails when a LanguageTool upgrade renames what the sharing reaches (it would silently stop). */
  @Test
  void reachesBothPlacesInThisLanguageToolVersion() throws Exception {
    Language belgian = new BelgianDutch();
    assertEquals(2, LanguageToolRuntime.shareDefaultSpeller(belgian));
    assertNotNull(belgian.getDefaultSpellingRule());
  }
}
