package io.nlbrief.checker.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nlbrief.parser.Article;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** nlbrief's own d/t and dan/als rules: each error found on its word, the correct sentence clean. */
class OwnRulesTest {

  private static String found(OwnRule rule, String text) {
    Article article = Shared.parsed(text);
    return article.sentences().stream()
        .flatMap(s -> rule.match(s, Shared.tags()).stream())
        .map(m -> m.covered(text) + "->" + m.suggestions().get(0))
        .collect(Collectors.joining(" "));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Toch vind het ook veel steun in kringen van gelovigen.|vind->vindt",
      "Toch vindt het ook veel steun in kringen van gelovigen.|",
      "Meestal gebeurd dit door een agent.|gebeurd->gebeurt",
      "Meestal gebeurt dit door een agent.|",
      "Het gebeurd gisteren in Brussel.|gebeurd->gebeurt",
      "Het is gisteren in Brussel gebeurd.|",
      "Ik denk dat het gebeurd is.|",
      // an adjective the parser took for a second subject beside ik is none: vind agrees with ik
      "Eerlijk, omdat ik dat fijn vind.|",
      "\"Eerlijk, omdat ik dat fijn vind.|",
      "Hoeveel verder wordt ik hierdoor afgezet?|wordt->word",
      "Hoeveel verder word ik hierdoor afgezet?|",
      "Hierdoor vang je meer wind en wordt je verder gedragen.|wordt->word",
      "Hierdoor vang je meer wind en word je verder gedragen.|",
      "Wordt je broer ook uitgenodigd?|",
      "Dat vind ik een goed idee.|",
      "Vind je dat niet vreemd?|",
      "De jaarlijkse optocht vind elke zomer plaats.|vind->vindt",
      "En daarom loop hij er met een grote bocht omheen.|loop->loopt",
      "Je zend het toch nog vandaag op, hoop ik.|zend->zendt",
      "Ga er direct naartoe en zendt hulp naar de getroffen zones!|zendt->zend",
      "Ik ga door en zal winnen, tenzij ik vermoord wordt.|wordt->word",
      "Het water stijgt in de rivier.|",
      "Het Verenigd Koninkrijk stapt uit de unie.|",
      "Hij woont in het dorp.|",
      "Hij word morgen ontslagen.|word->wordt",
      "Wat word je morgen?|",
      // Words that are also adverbs, nouns or adjectives, used as such:
      "Er vallen steeds minder slachtoffers op de weg.|",
      "Het wordt in de stad wat minder druk.|",
      "De mensen die bereid zijn te helpen, komen morgen.|",
      "Dat is twee keer het bedrag van vorig jaar.|",
      "De wet gaat eind dit jaar in.|",
      "Zoek nooit op je eigen naam.|",
      "Daar bestaat bij de bond en bij de partij nogal wat huiver voor.|",
      // Abbreviation, coordinated imperative, coordinated verb sharing ik:
      "Ik geloof erin (in het plan, red.) en dat blijft zo.|",
      "Ze zong 'Vul mijn glas op en doe het gauw' op het podium.|",
      "Ik hoop dat ik het baantje behoud en de kans krijg om te betalen.|",
      "Ik hoop dat ik het baantje behoud en hij krijg de kans niet.|krijg->krijgt",
      // Imperatives coordinated with an earlier one, or after an opening conjunction:
      "Lees de brief, schrijf een antwoord en zendt het naar de krant.|zendt->zend",
      "Wat gij ziet, schrijf dat op en zend het naar de krant.|",
      "Pak je spullen, neem de trein en vindt een hotel!|vindt->vind",
      "En zend daarna een team naar de stad.|",
      "Hij kwam thuis en vindt het eten koud.|",
      // je after a form of worden: the subject when an adverbial opens the clause, an indirect
      // object when a noun phrase does and a participle follows:
      "Het pakje word je morgen geleverd.|word->wordt",
      "Het pakje wordt je morgen geleverd.|",
      "Wat word je aangedaan?|word->wordt",
      "Hoe word je gevraagd?|",
      // A list item, a plural subject's own verb later in the clause, a noun-or-verb after je:
      "De versies van de byte, word, doubleword en quadword.|",
      "Ze kwamen tot de ontdekking dat ze water dronken.|",
      "Je loop daar beter niet telkens over.|loop->loopt",
      // The subject of a participle further before it, read from the analysis, in a clause with
      // no finite verb of its own; with one, the participle belongs to it:
      "Hij legt uit wat hij met die naam bedoeld.|bedoeld->bedoelt",
      "Hij legt uit wat hij met die naam bedoelt.|",
      "Hij legt uit wat hij ermee bedoeld heeft.|",
      // A quoted imperative: Hou is the verb of its clause, mond its object (no subject je):
      "Ze zei: 'Hou je mond en zwijg', en ging weg.|",
      // ik in another clause (after wat) is not the subject of the t-form:
      "Toen heb ik gemerkt wat honger inhoudt.|",
      "Ik weet dat ik het nooit word.|",
      "Wij hopen dat hij het word.|word->wordt",
      // het before a noun the tagger took for a verb (land): the analysis reads a determiner.
      "Trek verder, neem het land in en rust daar uit.|",
      "Trek verder, neem het land in bezit!|",
      "Je loop nu een pak vlotter dan vroeger.|loop->loopt",
  })
  void dt(String sentence, String expected) {
    assertEquals(expected == null ? "" : expected, found(new DtRule(), sentence));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Hij is groter als zijn broer.|als->dan",
      "Hij is ouder als ik.|als->dan",
      "Hij is groter dan zijn broer.|",
      "Het is beter als je morgen komt.|",
      "Hij werkte eerder als journalist.|",
      "Hij is even groot als zijn broer.|",
  })
  void danAls(String sentence, String expected) {
    assertEquals(expected == null ? "" : expected, found(new DanAlsRule(), sentence));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Het huis werd vorig jaar grondig verbouwt door een aannemer.|verbouwt->verbouwd",
      "Het huis werd vorig jaar grondig verbouwd door een aannemer.|",
      "De prijs wordt bepaalt door de markt.|bepaalt->bepaald",
      "De prijs wordt bepaald door de markt.|",
      "Het dorp was in 1944 al bevrijdt.|bevrijdt->bevrijd",
      "Het dorp was in 1944 al bevrijd.|",
      "Ze heeft de fout snel verbetert en ingeleverd.|verbetert->verbeterd",
      "Sinds hij voorzitter is bepaalt hij alles.|",
      "Dit is het plan dat hij verbetert.|",
      "Het is duidelijk wat hij bedoelt.|",
      "Wie er is, bepaalt het programma.|",
      "Het werk is zwaar maar het loon verbetert.|",
      "Het is een tijd waarin alles verbetert.|",
      "Hij hoorde dat de stad al bevrijdt was.|bevrijdt->bevrijd",
      "Hij hoorde dat de stad al bevrijd was.|",
      "Het plan had makkelijk verijdelt kunnen worden.|verijdelt->verijdeld",
      // zijn as the auxiliary where the analysis reads it as a verb, not as the possessive:
      "Er zijn gisteren twee ongelukken gebeurt.|gebeurt->gebeurd",
      "Er zijn gisteren twee ongelukken gebeurd.|",
      "Zijn buurman bepaalt alles.|",
      "De man die hij bedoelt is ziek.|",
      "Wat het kabinet nu bepaalt, is beslissend.|",
  })
  void participleAfterAnAuxiliary(String text, String expected) {
    assertEquals(expected == null ? "" : expected, found(new AuxiliaryParticipleRule(), text));
  }
}
