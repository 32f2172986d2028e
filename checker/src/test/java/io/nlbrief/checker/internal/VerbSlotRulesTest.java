package io.nlbrief.checker.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nlbrief.parser.Article;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The d/t errors found where the tagger reads the verb as a noun: the clause needs its finite
 * verb there and no other word can be it ({@link VerbSlot}); and the participle rule's
 * coordinations and prepositions. Each error beside the correct sentence and a near miss that
 * must stay clean.
 */
class VerbSlotRulesTest {

  private static String found(OwnRule rule, String text) {
    Article article = Shared.parsed(text);
    return article.sentences().stream()
        .flatMap(s -> rule.match(s, Shared.tags()).stream())
        .map(m -> m.covered(text) + "->" + m.suggestions().get(0))
        .collect(Collectors.joining(" "));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // the last word of a subordinate clause with a subject of its own and no finite verb
      "Ik weet niet wat deze baan inhoud, en dat wil ik ook niet weten.|inhoud->inhoudt",
      "Ik weet niet wat deze baan inhoudt, en dat wil ik ook niet weten.|",
      "Hij zegt dat de regel voor iedereen geld en dat niemand uitzonderingen krijgt.|geld->geldt",
      "Hij zegt dat de regel voor iedereen geldt en dat niemand uitzonderingen krijgt.|",
      "Het valt op omdat zoiets vaak gebeurd, maar niemand zegt iets.|gebeurd->gebeurt",
      "Het valt op omdat zoiets vaak gebeurt, maar niemand zegt iets.|",
      // the verb after a noun phrase that opens the sentence with a determiner
      "De gemeente onderhoud de parken in de stad.|onderhoud->onderhoudt",
      "De gemeente onderhoudt de parken in de stad.|",
      "De rest van de klas onthoud zich van stemming.|onthoud->onthoudt",
      // a bracketed aside between the first constituent and the verb
      "In de nieuwe wet (als die er komt) word de termijn verlengd.|word->wordt",
      "In de nieuwe wet (als die er komt) wordt de termijn verlengd.|",
      // the noun it also is: after an adjective or determiner, a clause with a verb of its own,
      // ik as the subject, a phrase with no verb at all, a coordination that goes on to its verb
      "Het nieuwe onderzoek naar de brand.|",
      "De grote inhoud van het pakket.|",
      "Wij weten niet wat ik bedoel.|",
      "De minister wil weten wat het onderzoek kost.|",
      "Ze vroegen hoe het verder moet met het onderhoud.|",
      "Zoals in de krant gemeld, komt hij morgen.|",
      "De planten die nu verkleurd en verdord op de akkers liggen, zijn groenbemesters.|",
      "Hij hield een toespraak over het belang van onderwijs.|",
      // dat before a noun is its determiner, no clause opener: je is the subject of word
      "Hoe word je in dat geval geholpen?|",
      // a noun the dictionary does not know opens the sentence as well as a known one
      "De Vlaamse wandelaarsbond onderhoud de paden.|onderhoud->onderhoudt",
      "De Sloveense wandelaarsbond onderhoud de paden.|onderhoud->onderhoudt",
      // an infinitive with te opens the sentence: the stem after it takes the finite verb's place,
      // impersonal or agreeing with a subject after it; not with ik or je after it
      "Te vrezen val dat de prijzen nog stijgen.|val->valt",
      "Te vrezen valt dat de prijzen nog stijgen.|",
      "Te verwachten staat dat de trein later vertrekt.|",
      "Te zeggen heb ik er niets over.|",
      "Te doen krijg je hier genoeg.|",
      "Te lezen geef ik je dit boek.|",
      // a dt form as the first of two parts of a hyphenated compound: the stem belongs there
      "De software kent geen vindt-functie voor lange teksten.|vindt->vind",
      "De software kent geen vind-functie voor lange teksten.|",
      "Dat vindt-ie zelf niet zo erg.|",
      "Het spel wie-wordt-de-winnaar trok veel kijkers.|",
      // a stem in d or t doubles it before de/te in the past tense ('t kofschip); the single
      // consonant is a participle, wrong where the clause has no finite verb; not as an attribute
      "De bewoners verzeten zich tegen het plan van de gemeente.|verzeten->verzetten",
      "De bewoners verzetten zich tegen het plan van de gemeente.|",
      "Zo geschiede het, en niemand keek nog om.|geschiede->geschiedde",
      "Zo geschiedde het, en niemand keek nog om.|",
      "De boer beantwoorde de vragen van de inspecteur.|beantwoorde->beantwoordde",
      "De boer beantwoordde de vragen van de inspecteur.|",
      "De door de boer beantwoorde vragen lagen op tafel.|",
      "De stoelen waren verzeten door de schoonmakers.|",
      // wordt for the English noun word, in a run of English words; an English name before a
      // Dutch clause, or an English word that is also Dutch inside the clause, is no such run
      "Hij zong gisteren the longest wordt uit het boek voor.|wordt->word",
      "Hij zong gisteren the longest word uit het boek voor.|",
      "Het programma kent de typen char, wordt, longword en float.|wordt->word",
      "Het programma kent de typen char, word, longword en float.|",
      "Dichters noemen het voorlezen op muziek vaak spoken wordt, zo zegt zij.|wordt->word",
      "The Voice wordt dit jaar weer uitgezonden.|",
      "Zij zegt dat het morgen hard wordt, maar hij gelooft het niet.|",
  })
  void dtWhereTheClauseNeedsItsVerb(String sentence, String expected) {
    assertEquals(expected == null ? "" : expected, found(new DtRule(), sentence));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // coordinated participles share the auxiliary when the second one ends the clause
      "Het huis werd gebouwd en verbouwt door de buren.|verbouwt->verbouwd",
      "Het huis werd gebouwd en verbouwd door de buren.|",
      "Het graan wordt gezaaid en verbouwt.|verbouwt->verbouwd",
      "Het bedrijf is opgericht en verbetert nu zijn producten.|",
      // the same word on both sides of en is no clause boundary
      "Het plan wordt meer en meer aanvaardt door de leden.|aanvaardt->aanvaard",
      "Het plan wordt meer en meer aanvaard door de leden.|",
      // any preposition after the participle, not only the listed ones
      "De boeren werden vermoordt wegens hun land.|vermoordt->vermoord",
      "De boeren werden vermoord wegens hun land.|",
      "Wie er is, bepaalt tijdens de vergadering het programma.|",
  })
  void participleAfterAnAuxiliary(String text, String expected) {
    assertEquals(expected == null ? "" : expected, found(new AuxiliaryParticipleRule(), text));
  }
}
