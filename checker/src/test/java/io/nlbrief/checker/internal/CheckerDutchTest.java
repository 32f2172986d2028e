package io.nlbrief.checker.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.languagetool.AnalyzedSentence;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.language.Dutch;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.patterns.PatternRule;
import org.languagetool.rules.patterns.PatternToken;
import org.languagetool.tagging.disambiguation.Disambiguator;
import org.languagetool.tagging.nl.DutchHybridDisambiguator;

class CheckerDutchTest {
  /** Sentences of our own with errors LanguageTool's pattern rules, speller and disambiguator see. */
  private static final String TEXT = String.join(" ",
      "Hij word morgen veertig jaar en hij vind dat niet erg.",
      "De minister heeft gisteren een nieuwe wet voorgesteld, maar de kamer is er niet blij mee.",
      "Dat is een heel erg groote fout in het het verslag.",
      "Zij loopt naar huis omdat de bus niet kwam , en toen begon het te regenen.",
      "In de jaren negentig werden er veel huizen gebouwd in de buurt van het station.",
      "Het kabinet wil de belasting op arbeid verlagen en die op vervuiling verhogen.",
      "Ik heb het boek gelezen wat je me gaf , maar ik vond het niet zo goed als de vorige.");

  @Test
  void theDefaultVariantIsTheRegistrysDutchLookedUpOnce() {
    Language ours = new CheckerDutch.Netherlands();
    assertSame(Languages.getLanguageForShortCode("nl"), ours.getDefaultLanguageVariant());
    assertSame(ours.getDefaultLanguageVariant(), ours.getDefaultLanguageVariant());
    Language belgian = new CheckerDutch.Belgian();
    assertSame(Languages.getLanguageForShortCode("nl-BE").getDefaultLanguageVariant(), belgian.getDefaultLanguageVariant());
    assertEquals("nl-BE", belgian.getShortCodeWithCountryAndVariant());
  }

  @Test
  void theCheckersLanguageIsOneOfOursAndSharesTheRegistrysSpeller() throws Exception {
    Language registered = Languages.getLanguageForShortCode("nl");
    Language first = LanguageToolRuntime.newLanguage(registered);
    Language second = LanguageToolRuntime.newLanguage(registered);
    assertInstanceOf(CheckerDutch.Netherlands.class, first);
    assertNotSame(first, second);
    assertEquals(2, LanguageToolRuntime.shareDefaultSpeller(first));
    assertEquals(2, LanguageToolRuntime.shareDefaultSpeller(second));
    assertSame(registered.getDefaultSpellingRule(), first.getDefaultSpellingRule());
    assertSame(first.getDefaultSpellingRule(), second.getDefaultSpellingRule());
  }

  @Test
  void oneUnifierOnlyOnceNoRuleUnifies() {
    CheckerDutch.Netherlands ours = new CheckerDutch.Netherlands();
    assertNotSame(ours.getUnifier(), ours.getUnifier(), "a new one for each rule before the rules are seen");
    JLanguageTool lt = new JLanguageTool(ours);
    assertTrue(LanguageToolRuntime.shareUnifierIfNoRuleUnifies(ours, lt), "LanguageTool 6.7 has no Dutch rule that unifies");
    assertSame(ours.getUnifier(), ours.getUnifier());

    CheckerDutch.Netherlands other = new CheckerDutch.Netherlands();
    JLanguageTool withUnifyingRule = new JLanguageTool(other);
    withUnifyingRule.addRule(unifyingRule(other));
    assertFalse(LanguageToolRuntime.shareUnifierIfNoRuleUnifies(other, withUnifyingRule));
    assertNotSame(other.getUnifier(), other.getUnifier());
  }

  @Test
  void aRuleThatUnifiesIsSeen() {
    Language dutch = new CheckerDutch.Netherlands();
    Rule plain = new PatternRule("NLBRIEF_TEST_PLAIN", dutch, List.of(new PatternToken("huis", false, false, false)),
        "test", "test", "test");
    assertTrue(LanguageToolRuntime.noRuleUnifies(List.of(plain)));
    assertFalse(LanguageToolRuntime.noRuleUnifies(List.of(plain, unifyingRule(dutch))));
  }

  @Test
  void theDisambiguationRulesGetTheirOwnLanguageAndOneUnifier() throws Exception {
    Disambiguator ours = new CheckerDutch.Netherlands().createDefaultDisambiguator();
    assertInstanceOf(DutchHybridDisambiguator.class, ours);
    assertTrue(LanguageToolRuntime.noDisambiguationRuleUnifies(ours));
    CheckerDutch.OfDisambiguation rules = new CheckerDutch.OfDisambiguation();
    assertSame(rules, rules.getDefaultLanguageVariant());
    assertEquals("nl", rules.getShortCode());
  }

  @Test
  void theDisambiguatorReadsSentencesAsLanguageToolsDoes() throws Exception {
    Language registered = Languages.getLanguageForShortCode("nl");
    Disambiguator theirs = new DutchHybridDisambiguator(registered);
    Disambiguator ours = new CheckerDutch.Netherlands().createDefaultDisambiguator();
    JLanguageTool lt = new JLanguageTool(new Dutch());
    for (String sentence : lt.sentenceTokenize(TEXT)) {
      AnalyzedSentence raw = lt.getRawAnalyzedSentence(sentence);
      AnalyzedSentence a = theirs.disambiguate(lt.getRawAnalyzedSentence(sentence));
      AnalyzedSentence b = ours.disambiguate(raw);
      assertEquals(a.toString(), b.toString(), sentence);
      assertEquals(a.getAnnotations(), b.getAnnotations(), sentence);
    }
  }

  @Test
  void aCheckWithOurDutchFindsWhatLanguageToolsFinds() throws Exception {
    CheckerDutch.Netherlands ours = new CheckerDutch.Netherlands();
    JLanguageTool withOurs = new JLanguageTool(ours);
    assertTrue(LanguageToolRuntime.shareUnifierIfNoRuleUnifies(ours, withOurs));
    List<String> expected = describe(new JLanguageTool(new Dutch()).check(TEXT));
    assertTrue(expected.size() >= 4, "the text has errors LanguageTool finds: " + expected);
    assertEquals(expected, describe(withOurs.check(TEXT)));
  }

  private static Rule unifyingRule(Language language) {
    PatternToken token = new PatternToken("huis", false, false, false);
    token.setUnification(Map.of("number", List.of("sg")));
    return new PatternRule("NLBRIEF_TEST_UNIFY", language, List.of(token, new PatternToken("huis", false, false, false)),
        "test", "test", "test");
  }

  private static List<String> describe(List<RuleMatch> matches) {
    List<String> out = new ArrayList<>();
    for (RuleMatch m : matches) {
      out.add(m.getRule().getFullId() + " " + m.getFromPos() + "-" + m.getToPos() + " " + m.getSuggestedReplacements()
          + " " + m.getMessage());
    }
    return out;
  }
}
