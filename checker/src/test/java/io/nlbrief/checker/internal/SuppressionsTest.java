package io.nlbrief.checker.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The suppression markers, on matches placed by hand on sentences written for the test. */
class SuppressionsTest {
  private static Match at(String text, String word, String rule, String category) {
    int start = text.indexOf(word);
    return new Match(rule, "", category, "", "grammar", false, "", "", start, start + word.length(), List.of());
  }

  private static Match dt(String text, String word) {
    return at(text, word, "NLBRIEF_DT", "GRAMMAR");
  }

  @Test
  void disableLineSilencesItsLineOnlyAndOnlyTheNamedRule() {
    String text = "Hij word groot. <!-- nlbrief-disable-line NLBRIEF_DT -->\nZij word klein.\n";
    Suppressions s = Suppressions.of(text);

    assertTrue(s.silences(dt(text, "word groot"), text));
    assertFalse(s.silences(dt(text, "word klein"), text), "the next line keeps its finding");
    assertFalse(s.silences(at(text, "Hij", "UPPERCASE_SENTENCE_START", "CASING"), text), "another rule is not silenced");
  }

  @Test
  void disableNextLineSilencesTheLineAfterTheMarker() {
    String text = "% nlbrief-disable-next-line -- a quoted slogan\r\nWordt lid!\r\nHij word groot.";
    Suppressions s = Suppressions.of(text);

    assertTrue(s.silences(dt(text, "Wordt"), text));
    assertFalse(s.silences(dt(text, "word groot"), text));
  }

  @Test
  void disableAndEnableSilenceTheRegionBetweenByCategory() {
    String text = "Hij word groot.\n<!-- nlbrief-disable GRAMMAR -->\nZe vind het.\n<!-- nlbrief-enable -->\nHet gebeurd vaak.";
    Suppressions s = Suppressions.of(text);

    assertFalse(s.silences(dt(text, "word"), text));
    assertTrue(s.silences(dt(text, "vind"), text));
    assertFalse(s.silences(at(text, "Ze", "MORFOLOGIK_RULE_NL_NL", "TYPOS"), text), "another category");
    assertFalse(s.silences(dt(text, "gebeurd"), text), "after nlbrief-enable");
  }

  @Test
  void ignoreWordSilencesExactlyThatWordAnywhere() {
    String text = "// nlbrief-ignore-word klimaatspijbelaar ict-helpdesk\nDe klimaatspijbelaar belt de ict-helpdesk. De klimaatspijbelaars ook.";
    Suppressions s = Suppressions.of(text);
    int second = text.indexOf("klimaatspijbelaar", text.indexOf("\n"));
    Match first = new Match("MORFOLOGIK_RULE_NL_NL", "", "TYPOS", "", "misspelling", true, "", "", second, second + 17, List.of());
    int plural = text.indexOf("klimaatspijbelaars");
    Match other = new Match("MORFOLOGIK_RULE_NL_NL", "", "TYPOS", "", "misspelling", true, "", "", plural, plural + 18, List.of());

    assertTrue(s.silences(first, text));
    int desk = text.indexOf("ict-helpdesk", text.indexOf("\n"));
    assertTrue(s.silences(new Match("MORFOLOGIK_RULE_NL_NL", "", "TYPOS", "", "misspelling", true, "", "", desk, desk + 12, List.of()), text));
    assertFalse(s.silences(other, text), "another form of the word is still checked");
  }

  @Test
  void theMarkerItselfIsNeverReported() {
    String text = "Tekst. <!-- nlbrief-disable-line NLBRIEF_DT -->";
    Suppressions s = Suppressions.of(text);

    assertTrue(s.silences(at(text, "nlbrief-disable-line", "MORFOLOGIK_RULE_NL_NL", "TYPOS"), text));
  }

  @Test
  void textWithoutMarkersSilencesNothing() {
    String text = "Hij word groot, zegt nlbrief niet.";

    assertFalse(Suppressions.of(text).silences(dt(text, "word"), text));
  }
}
