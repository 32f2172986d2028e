package io.nlbrief.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The false-alarm classes of the proofreading issue (15), each with a correct sentence that must
 * stay quiet and, beside it, a real error in the same construction that must still be found.
 * Every sentence was written for this test (none comes from the dev or seed files).
 */
class FalseAlarmClassesTest {
  private static final Checker CHECKER = Checker.create(CheckOptions.defaults());

  /** {@code sentence|word}: the word a finding must cover, or nothing for a sentence with no finding at all. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // Imperatives: a verb-first clause without a subject, also in quotes and titles.
      "Stuur het formulier vandaag nog door.|",
      "Hij stuur het formulier vandaag nog door.|stuur",
      "Word donateur!|",
      "Hij word donateur.|word",
      "'Houd je gegevens bij de hand', zegt de bank.|",
      "De campagne 'Word lid' loopt tot mei.|",
      "Lees dit, en vind je weg.|",
      // Inverted and object je.
      "Welke trein brengt je naar Gent?|",
      "Breng je de trein?|",
      "Vindt je dat niet vreemd?|Vindt",
      // Words mentioned rather than used; the noun word after an article.
      "Ik word schrijf je zonder t.|",
      "In de informatica is een word een eenheid van twee bytes.|",
      "Ik hoop dat hij het word.|word",
      // als in the role of, against als after a comparative.
      "Hij trad op als bemiddelaar tussen de partijen.|",
      "Hij is groter als zijn broer.|als",
      // het as a pronoun, against het before a de-word.
      "Ze kocht het en gaf het aan haar zus.|",
      "Ze kocht het fiets gisteren.|fiets",
      // en of meaning and whether, against a doubled of.
      "Ze twijfelt over de prijs en of ze het kan betalen.|",
      "Ze twijfelt over de prijs en of of ze het kan betalen.|of of",
      // A Latin species name, against a typo beside it.
      "De zomereik, Quercus robur, groeit overal.|",
      "De zomereik groeit overal, ook in de stat.|stat",
      // Capitals on names, against a sentence that opens in lower case.
      "Anna de Vries won de prijs.|",
      "gisteren won Anna de Vries de prijs.|gisteren",
      // A spaced hyphen as a dash, against a dash without its spaces.
      "Het plan - dat al lang klaar lag - werd goedgekeurd.|",
      "Het plan -dat al lang klaar lag- werd goedgekeurd.|dat",
  })
  void correctStaysQuietAndTheErrorBesideItIsFound(String sentence, String word) {
    List<Finding> findings = CHECKER.check(sentence);
    if (word == null) {
      assertEquals(List.of(), findings.stream().map(f -> f.ruleId() + " " + f.span().of(sentence)).toList());
    } else {
      int at = sentence.indexOf(word);
      assertTrue(findings.stream().anyMatch(f -> f.span().start() <= at && at < f.span().end()),
          () -> "no finding on '" + word + "': " + findings);
    }
  }
}
