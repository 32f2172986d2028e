package io.nlbrief.checker.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link SeparateAbbreviationFilter}: an abbreviation and the next word in different phrases is no
 * compound written apart; in one phrase it is, and the finding stays. And {@link AdviceFilter}
 * keeps a d/t correction whatever the rule's category.
 */
class SeparateAbbreviationFilterTest {

  /** LanguageTool's finding on {@code pair} (the word list's or XXX_DING's), suggesting the hyphen. */
  private static Match compound(String text, String pair) {
    int at = text.indexOf(pair);
    return new Match("NL_SIMPLE_REPLACE_X", "", "VERGISSINGEN", "", "misspelling", false, "", "", at, at + pair.length(),
        List.of(pair.replace(' ', '-')));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // the abbreviation is the subject of a singular verb in inversion, the word a plural object
      "Toen gaf de NAVO soldaten vrij.|NAVO soldaten|true",
      "Gisteren stuurde de VN troepen naar het gebied.|VN troepen|true",
      "Na de verkiezingen ontving de PVV stemmen uit het hele land.|PVV stemmen|true",
      // a subject before the verb, a plural verb, a singular word: the compound may be meant
      "Toen gaf hij de NAVO soldaten vrij.|NAVO soldaten|false",
      "Hij gaf de NAVO soldaten vrij.|NAVO soldaten|false",
      "Toen gingen de NAVO soldaten naar huis.|NAVO soldaten|false",
      "Gisteren bezocht de VS ambassadeur de stad.|VS ambassadeur|false",
      // a determiner that cannot go with the word belongs to the abbreviation alone
      "Daarom gaf het CDA leden een stem.|CDA leden|true",
      "Het CDA bestuur komt morgen samen.|CDA bestuur|false",
      // a name in apposition to the noun before it
      "Dat citeerde persbureau TASS gouverneur Kozjemjako.|TASS gouverneur|true",
      // one phrase: the findings stay
      "Erdogan verzet zich tegen de nederlaag die zijn AK partij leed.|AK partij|false",
      "Alle EU landen stemden voor het voorstel.|EU landen|false",
      "De NAVO soldaten zijn gisteren vertrokken.|NAVO soldaten|false",
  })
  void separatePhrases(String text, String pair, boolean falseAlarm) {
    assertEquals(falseAlarm, new SeparateAbbreviationFilter().isFalseAlarm(compound(text, pair), Shared.parsedContext(text)), text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // LanguageTool's BEHOUD_ZICH sits in a category of hints, but this is a verb form corrected
      "De rest van de klas onthoud zich van stemming.|onthoud|onthoudt|false",
      "Hij zei dat het slecht is, hij is moe.|is|is,|true",
      // a name that looks like a stem is no verb: the hint goes as any hint does
      "Kor zei dat het goed ging.|Kor|Kort|true",
  })
  void adviceKeepsVerbFormCorrections(String text, String covered, String suggestion, boolean falseAlarm) {
    int at = text.indexOf(covered);
    Match hint = new Match("BEHOUD_ZICH", "", "UNEXPECTED", "", "uncategorized", false, "", "", at, at + covered.length(),
        List.of(suggestion));
    assertEquals(falseAlarm, new AdviceFilter(java.util.Set.of()).isFalseAlarm(hint, Shared.parsedContext(text)), text);
  }
}
