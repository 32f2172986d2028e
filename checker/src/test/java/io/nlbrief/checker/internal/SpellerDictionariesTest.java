package io.nlbrief.checker.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.languagetool.Languages;
import org.languagetool.rules.spelling.SpellingCheckRule;

/** The ready-built speller dictionary lands where LanguageTool looks for it, and spells the same. */
class SpellerDictionariesTest {

  @Test
  void snapshotSitsUnderTheKeyLanguageToolUses() throws Exception {
    SpellerDictionaries.install();
    Set<String> installed = Set.copyOf(SpellerDictionaries.languageToolCache().keySet());
    assertFalse(installed.isEmpty(), "the build put the snapshot on the class path");
    SpellingCheckRule speller = Languages.getLanguageForShortCode("nl-BE").getDefaultSpellingRule();
    speller.isMisspelled("woordenboek");
    // Had LanguageTool not found the snapshot under its own key, it would have compiled the list
    // again and cached it under a second key.
    assertEquals(installed, Set.copyOf(SpellerDictionaries.languageToolCache().keySet()));
  }

  @Test
  void spellsAsLanguageToolDoes() throws Exception {
    SpellerDictionaries.install();
    SpellingCheckRule speller = Languages.getLanguageForShortCode("nl-BE").getDefaultSpellingRule();
    assertFalse(speller.isMisspelled("diplomaten"));
    assertFalse(speller.isMisspelled("desinformatie"));
    assertTrue(speller.isMisspelled("diplomatne"));
    assertTrue(speller.isMisspelled("ambasade"));
  }
}
