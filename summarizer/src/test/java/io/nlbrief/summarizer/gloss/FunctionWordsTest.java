package io.nlbrief.summarizer.gloss;

import static io.nlbrief.summarizer.gloss.Glossed.gloss;
import static io.nlbrief.summarizer.gloss.Glossed.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Function words whose English depends on what they stand with, on sentences written for these
 * tests (no seed or dev text): tot before a time or not; afgelopen, honderden, een andere, nog; that after verbs of saying; relative pronouns; the perfect of the passive; wel; the speaker's pronoun after a quotation; nu before a lone lexical verb; al before a length of time.
 */
class FunctionWordsTest {
  @Test
  void totBeforeSomethingThatIsNoTimeIsTo() {
    assertEquals("to", token(gloss("Zijn bijdrage tot het succes was groot."), "tot").english());
    assertEquals("to", token(gloss("Alleen artsen hebben toegang tot het gebouw."), "tot").english());
    assertEquals("to", token(gloss("De werkloosheid daalde tot vier procent."), "tot").english());
  }

  @Test
  void totBeforeATimeStaysUntil() {
    assertEquals("until", token(gloss("Zij bleef tot maandag in Parijs."), "tot").english());
    assertEquals("until", token(gloss("Hij werkte tot 2010 bij de bank."), "tot").english());
    assertEquals("until", token(gloss("Wij wachten tot het einde van de maand."), "tot").english());
    assertEquals("until", token(gloss("De winkel blijft tot zaterdagavond open."), "tot").english());
  }

  @Test
  void thatStraightAfterAVerbOfSayingIsLeftOut() {
    GlossLine l = gloss("De burgemeester zei dat de brug morgen dicht gaat.");
    assertEquals("", token(l, "dat").english());
    assertTrue(l.english().startsWith("The mayor said the bridge"), l.english());
    assertEquals("", token(gloss("De trainer vertelde de spelers dat de wedstrijd niet doorging."), "dat").english());
  }

  @Test
  void thatStaysAfterAPrepositionalPhraseAndAfterOtherVerbs() {
    assertEquals("that", token(gloss("De burgemeester zei in een brief dat de brug dicht gaat."), "dat").english());
    assertEquals("that", token(gloss("De burgemeester benadrukte dat de brug dicht gaat."), "dat").english());
  }

  @Test
  void vindenWithAThatClauseIsThink() {
    GlossLine l = gloss("Mijn zus vindt dat de film te lang duurt.");
    assertEquals("thinks", token(l, "vindt").english());
    assertEquals("finds", token(gloss("Mijn zus vindt de sleutel onder de mat."), "vindt").english());
  }

  @Test
  void wieAfterAPrepositionIsWhom() {
    assertEquals("The people with whom I have spoken were happy.",
        gloss("De mensen met wie ik heb gesproken, waren blij.").english());
    assertEquals("whom", token(gloss("Voor wie is dit boek?"), "wie").english());
    // first in a question, or as a subject, it stays who
    assertEquals("who", token(gloss("Wie heeft dat gedaan?"), "Wie").english());
  }

  @Test
  void aRelativePronounAboutAPersonIsWho() {
    assertEquals("who", token(gloss("De kiezers die gisteren stemden, waren tevreden."), "die").english());
    assertEquals("who", token(gloss("Wij spraken met Peter Jansen, die in Utrecht woont."), "die").english());
  }

  @Test
  void aRelativePronounAfterACommaAboutAThingIsWhich() {
    assertEquals("which", token(gloss("De kapel, die in 1850 werd gebouwd, staat leeg."), "die").english());
    assertEquals("which", token(gloss("De trein vertrok te laat, wat veel reizigers ergerde."), "wat").english());
  }

  @Test
  void aRestrictiveRelativeAboutAThingStaysThat() {
    assertEquals("that", token(gloss("Het huis dat zij kochten, heeft een tuin."), "dat").english());
    assertEquals("that", token(gloss("Hij kocht een fiets en die fiets was rood."), "die").english());
  }

  @Test
  void presentZijnWithTheParticipleOfAHebbenVerbIsThePerfectPassive() {
    assertEquals("The bridge has been repaired.", gloss("De brug is gerepareerd.").english());
    GlossLine l = gloss("De wegen zijn nog niet schoongemaakt.");
    assertEquals("have", token(l, "zijn").english());
    assertTrue(l.english().contains("been cleaned"), l.english());
  }

  @Test
  void aStateParticipleAndAPastZijnKeepBe() {
    assertEquals("is", token(gloss("Het plan is gebaseerd op oude cijfers."), "is").english());
    assertEquals("was", token(gloss("De brug was gerepareerd."), "was").english());
  }

  @Test
  void aParticipleWithAnAdjectiveOfMannerAfterZijnIsAState() {
    assertEquals("The house is well built.", gloss("Het huis is goed gebouwd.").english());
    assertEquals("The study is financially supported.", gloss("De studie is financieel gesteund.").english());
    // an adjective of speed tells of the event: the perfect of the passive stays
    assertEquals("have", token(gloss("De huizen zijn snel gebouwd."), "zijn").english());
  }

  @Test
  void withATimeThatIsOverThePerfectPassiveIsTheSimplePast() {
    assertEquals("were", token(gloss("De boeken zijn gisteren verkocht."), "zijn").english());
    assertEquals("The bridge was repaired yesterday.", gloss("De brug is gisteren gerepareerd.").english());
  }

  @Test
  void theModalParticleWelHasNoEnglishButTheContrastKeepsIt() {
    GlossLine l = gloss("Het is wel een mooi huis.");
    assertEquals("", token(l, "wel").english());
    assertEquals("It is a beautiful house.", l.english());
    assertEquals("well", token(gloss("Hij komt niet, maar zij wel."), "wel").english());
  }

  @Test
  void aPronounNamingTheSpeakerGoesBeforeItsVerb() {
    assertTrue(gloss("‘Wij hebben op een heel andere manier gewerkt’, zei ze.").english().endsWith(",\" she said."));
    assertTrue(gloss("De schade aan de huizen is groot, zei hij.").english().endsWith(", he said."));
  }

  @Test
  void nuGoesBeforeALoneLexicalVerb() {
    assertEquals("He now lives in Ghent.", gloss("Hij woont nu in Gent.").english());
    assertEquals("He now has a new car.", gloss("Hij heeft nu een nieuwe auto.").english());
  }

  @Test
  void alBeforeALengthOfTimeIsFor() {
    assertEquals("for", token(gloss("Mijn buurman werkt al twintig jaar bij de post."), "al").english());
    assertEquals("for", token(gloss("Ze wachten al maanden op een antwoord."), "al").english());
    assertEquals("already", token(gloss("De trein is al vertrokken."), "al").english());
  }

  @Test
  void afgelopenBeforeATimeIsLastOrAfterTheArticlePast() {
    assertTrue(gloss("Afgelopen week sloot de fabriek.").english().startsWith("Last week"));
    assertTrue(gloss("In de afgelopen jaren groeide de stad snel.").english().startsWith("In the past years"));
  }

  @Test
  void hundredsAndThousandsBeforeANounTakeOf() {
    assertTrue(gloss("Duizenden mensen liepen mee in de optocht.").english().startsWith("Thousands of people"));
    // with er the subject comes first (existential-er)
    assertEquals("Hundreds of complaints came in.", gloss("Er kwamen honderden klachten binnen.").english());
  }

  @Test
  void aAndOtherIsAnother() {
    assertEquals("He searched another job.", gloss("Hij zocht een andere baan.").english());
  }

  @Test
  void nogBeforeAComparativeIsEvenAndBeforeEenOrANumberAnother() {
    assertTrue(gloss("De trein reed nog sneller dan gisteren.").english().contains("even faster"));
    assertEquals("She got another chance.", gloss("Zij kreeg nog een kans.").english());
    // the passive with er puts the subject first (existential-er), nog with it
    assertEquals("Another twelve people were saved.", gloss("Er werden nog twaalf mensen gered.").english());
    assertEquals("still", token(gloss("Hij wacht nog op de bus."), "nog").english());
  }

  @Test
  void alsWithoutAClauseOfItsOwnIsAs() {
    assertEquals("He works as cook in a hotel.", gloss("Hij werkt als kok in een hotel.").english());
    assertEquals("She described the film as \"boring.\"", gloss("Zij beschreef de film als 'saai'.").english());
    assertEquals("as", token(gloss("Zij werkt voor bedrijven als Philips en Shell."), "als").english());
  }

  @Test
  void alsAfterZoOrEvenComparesAsAs() {
    assertEquals("The city is as large as Utrecht.", gloss("De stad is even groot als Utrecht.").english());
    assertEquals("as", token(gloss("Het duurde zo lang als wij hadden verwacht."), "als").english());
  }

  @Test
  void alsBeforeAClauseStaysIf() {
    assertEquals("if", token(gloss("Als het morgen regent, blijven we thuis."), "Als").english());
  }

  @Test
  void zowelAlsIsBothAnd() {
    GlossLine l = gloss("Zowel de leraren als de ouders waren boos.");
    assertEquals("and", token(l, "als").english());
    assertTrue(l.english().startsWith("Both the teachers and the"), l.english());
  }

  @Test
  void alBeforeADeterminerIsAllWithTheWordsItQuantifies() {
    assertEquals("He has lost all his money.", gloss("Hij heeft al zijn geld verloren.").english());
    assertEquals("All those years she lived in Ghent.", gloss("Al die jaren woonde zij in Gent.").english());
    assertEquals("I have already read the book.", gloss("Ik heb het boek al gelezen.").english());
  }

  @Test
  void alOpeningAClauseWithItsVerbIsAlthough() {
    assertEquals("although", token(gloss("Het plan is goed, al is het niet goedkoop."), "al").english());
  }

  @Test
  void alDanNietIsWhetherOrNot() {
    assertTrue(gloss("Zij beslist morgen of ze al dan niet komt.").english().contains("whether or not"));
  }

  @Test
  void haarWithoutAnArticleOrAdjectiveIsHer() {
    assertEquals("her", token(gloss("Ik zag haar gisteren in de stad."), "haar").english());
    assertEquals("She combed her long hair.", gloss("Zij kamde haar lange haar.").english());
    assertEquals("The hair of the dog was wet.", gloss("Het haar van de hond was nat.").english());
  }

  @Test
  void vrouwAndManAfterAPossessiveAreWifeAndHusband() {
    assertEquals("He came with his wife to the party.", gloss("Hij kwam met zijn vrouw naar het feest.").english());
    assertEquals("She called her husband.", gloss("Zij belde haar man.").english());
    assertEquals("woman", token(gloss("Een vrouw kocht brood."), "vrouw").english());
  }

  @Test
  void steedsAloneIsAlwaysAndBeforeAComparativeEver() {
    assertEquals("The prices become ever higher.", gloss("De prijzen worden steeds hoger.").english());
    assertEquals("always", token(gloss("Hij belt me steeds op zondag."), "steeds").english());
    assertTrue(gloss("Zij woont nog steeds in Gent.").english().contains("still"));
  }

  @Test
  void veelBeforeAComparativeIsMuch() {
    assertEquals("This book is much better than that.", gloss("Dit boek is veel beter dan dat.").english());
    assertEquals("much", token(gloss("Hij verdient veel meer geld."), "veel").english());
    assertEquals("many", token(gloss("Veel mensen kwamen kijken."), "Veel").english());
  }

  @Test
  void theComparisonOfErgIsWorseAndWorst() {
    // erg's first sense is very, whose comparative is no word: erger is the comparative of bad
    assertEquals("It can still become much worse.", gloss("Het kan nog veel erger worden.").english());
    assertEquals("That was the worst storm in years.", gloss("Dat was de ergste storm in jaren.").english());
  }
  @Test
  void aDemonstrativeBeforeAPluralZijnAgreesInEnglish() {
    assertTrue(gloss("Dit zijn de nieuwe regels.").english().startsWith("These are the new rules"),
        gloss("Dit zijn de nieuwe regels.").english());
    assertTrue(gloss("Dat waren mooie tijden.").english().startsWith("Those were"), gloss("Dat waren mooie tijden.").english());
    assertEquals("They are good friends.", gloss("Het zijn goede vrienden.").english());
    // before a singular verb nothing changes
    assertTrue(gloss("Dit is de nieuwe regel.").english().startsWith("This is the new rule"),
        gloss("Dit is de nieuwe regel.").english());
  }
}
