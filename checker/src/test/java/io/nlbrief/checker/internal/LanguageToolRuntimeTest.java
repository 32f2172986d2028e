package io.nlbrief.checker.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.spelling.SpellingCheckRule;

class LanguageToolRuntimeTest {
  @Test
  void writtenForTheLanguageToolInUse() {
    // Fails on a LanguageTool upgrade on purpose: review every change in LanguageToolRuntime
    // against the new version's code, then raise WRITTEN_FOR.
    assertEquals(LanguageToolRuntime.WRITTEN_FOR, JLanguageTool.VERSION,
        "LanguageTool changed: review LanguageToolRuntime's changes against it");
    assertTrue(LanguageToolRuntime.applies());
  }

  @Test
  void everyChangeReachesWhatItChanges() throws Exception {
    LanguageToolRuntime.prepareProcess();
    assertInstanceOf(IndexedLinesDataBroker.class, JLanguageTool.getDataBroker());
    Language dutch = Languages.getLanguageForShortCode("nl").getClass().getDeclaredConstructor().newInstance();
    LanguageToolRuntime.useWordRunTokenizer(dutch);
    assertInstanceOf(WordRunTokenizer.class, dutch.getWordTokenizer());
    assertEquals(2, LanguageToolRuntime.shareDefaultSpeller(dutch));
    SpellingCheckRule speller = new JLanguageTool(dutch).getAllSpellingCheckRules().stream()
        .filter(SpellingCheckRule::isDictionaryBasedSpellingRule).findFirst().orElseThrow();
    assertTrue(LanguageToolRuntime.precomputeCharComparison(speller) >= 1, "the speller's dictionaries reached");
  }
}
