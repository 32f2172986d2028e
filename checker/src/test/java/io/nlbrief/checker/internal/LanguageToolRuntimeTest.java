package io.nlbrief.checker.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.languagetool.AnalyzedToken;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.spelling.SpellingCheckRule;
import org.languagetool.synthesis.Synthesizer;

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

  @Test
  void theSynthesizerLoadsOnItsFirstUseAndAnswersAsLanguageToolsOwn() throws Exception {
    Language dutch = Languages.getLanguageForShortCode("nl").getClass().getDeclaredConstructor().newInstance();
    LanguageToolRuntime.deferSynthesizer(dutch);
    DeferredSynthesizer deferred = assertInstanceOf(DeferredSynthesizer.class, dutch.getSynthesizer());
    assertFalse(deferred.isLoaded(), "asking for the synthesizer does not load it");
    AnalyzedToken woord = new AnalyzedToken("woorden", "ZNW:MRV:DE_", "woord");
    Synthesizer own = dutch.createDefaultSynthesizer();
    assertArrayEquals(own.synthesize(woord, "ZNW:EKV.*", true), deferred.synthesize(woord, "ZNW:EKV.*", true));
    assertTrue(deferred.isLoaded());
    assertTrue(List.of(deferred.synthesize(woord, "ZNW:EKV.*", true)).contains("woord"), "a real answer");
    assertEquals(own.getPosTagCorrection("ZNW:EKV"), deferred.getPosTagCorrection("ZNW:EKV"));
  }

  @Test
  void aSynthesizerAlreadyLoadedIsKept() throws Exception {
    Language dutch = Languages.getLanguageForShortCode("nl").getClass().getDeclaredConstructor().newInstance();
    Synthesizer loaded = dutch.getSynthesizer();
    LanguageToolRuntime.deferSynthesizer(dutch);
    assertSame(loaded, dutch.getSynthesizer());
  }
}
