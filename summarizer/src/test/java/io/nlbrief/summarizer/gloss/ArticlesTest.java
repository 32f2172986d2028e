package io.nlbrief.summarizer.gloss;

import static io.nlbrief.summarizer.gloss.Glossed.gloss;
import static io.nlbrief.summarizer.gloss.Glossed.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Articles and possessives where English and Dutch differ, on sentences written for these tests
 * (no seed or dev text): de meeste as most, and a possessor after van before its noun with 's.
 */
class ArticlesTest {
  @Test
  void deMeesteBeforeANounIsMost() {
    GlossLine l = gloss("De meeste kiezers stemden op de oppositie.");
    assertEquals("", token(l, "De").english());
    assertTrue(l.english().startsWith("Most voters"), l.english());
    assertTrue(gloss("In de meeste steden regent het vandaag.").english().startsWith("In most cities"));
  }

  @Test
  void hetThatTheAnalysisMakesASubjectIsIt() {
    GlossLine l = gloss("Hij zei dat het logisch is dat de winkels dicht zijn.");
    assertEquals("it", token(l, "het").english());
    assertEquals("He said it is logical that the shops are closed.", l.english());
    // het before its noun stays the article
    assertEquals("the", token(gloss("Hij zei dat het plan logisch is."), "het").english());
  }

  @Test
  void deMeesteAsTheObjectKeepsTheSuperlative() {
    assertEquals("the", token(gloss("Zij kreeg de meeste stemmen."), "de").english());
  }

  @Test
  void aNameAfterVanIsAPossessiveBeforeTheNoun() {
    assertEquals("Jansen's plan was discussed yesterday.", gloss("Het plan van Jansen werd gisteren besproken.").english());
    assertTrue(gloss("De toespraak van president Obama duurde een uur.").english().startsWith("President Obama's speech"));
  }

  @Test
  void aNounForPeopleAfterVanIsAPossessiveWithItsArticle() {
    assertEquals("The minister's office is closed.", gloss("Het kantoor van de minister is gesloten.").english());
    assertTrue(gloss("De beslissing van de rechters werd gisteren bekend.").english().startsWith("The judges' decision"));
  }

  @Test
  void ofStaysForThingsNamingNounsTimesAndPhrasesThatGoOn() {
    assertEquals("The roof of the house leaks.", gloss("Het dak van het huis lekt.").english());
    assertTrue(gloss("Wij bezochten de stad van Parijs.").english().contains("the city of Paris"));
    assertTrue(gloss("Het einde van maart was koud.").english().startsWith("The end of March"));
    assertTrue(gloss("De auto van de buurman die ik gisteren zag, was rood.").english().startsWith("The car of the neighbor who"));
    assertTrue(gloss("De vrouw van Jansen en Pietersen kwam.").english().contains("of Jansen and Pietersen"));
  }

  @Test
  void aPrepositionalPhraseOfThePossessedNounDoesNotKeepOf() {
    // the analysis hangs aan de minister on brief, not on Jansen
    assertTrue(gloss("De brief van Jansen aan de minister was kort.").english().startsWith("Jansen's letter to the minister"));
    // in het rood is the man's: of stays
    assertTrue(gloss("De vrouw van de man in het rood lachte.").english().startsWith("The woman of the man in"));
  }

  @Test
  void aBodyOfPeopleAfterVanIsAPossessiveToo() {
    assertEquals("The country's economy is strong.", gloss("De economie van het land is sterk.").english());
    assertEquals("The company's spokesman said nothing.", gloss("De woordvoerder van het bedrijf zei niets.").english());
    assertTrue(gloss("De hoofdstad van het land is groot.").english().startsWith("The capital of the country"),
        "a naming head keeps of");
  }

  @Test
  void aDayAfterVanIsAPossessiveButAMonthOrANamingHeadKeepsOf() {
    assertEquals("Friday's storm destroyed the village.", gloss("De storm van vrijdag verwoestte het dorp.").english());
    assertEquals("Tonight's match starts late.", gloss("De wedstrijd van vanavond begint laat.").english());
    assertTrue(gloss("Het begin van zondag was rustig.").english().startsWith("The beginning of Sunday"));
    assertTrue(gloss("De nacht van dinsdag op woensdag was koud.").english().startsWith("The night of Tuesday"));
  }
}
