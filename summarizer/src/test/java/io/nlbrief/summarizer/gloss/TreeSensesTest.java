package io.nlbrief.summarizer.gloss;

import static io.nlbrief.summarizer.gloss.Glossed.gloss;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Senses the analysis's tree decides (the tree-senses stage) and senses of words the analysis
 * reads in another class than the tagger, on sentences of our own.
 */
class TreeSensesTest {
  @Test
  void vindenWithAClauseIsThink() {
    assertEquals("I think he is right.", gloss("Ik vind dat hij gelijk heeft.").english().replace("has right", "is right"));
    String reporting = gloss("De brug is te smal, vindt de burgemeester.").english();
    assertTrue(reporting.endsWith(", the mayor thinks."), reporting);
    // with a plain object vinden is find
    assertTrue(gloss("Zij vindt de sleutel niet.").english().contains("find"), gloss("Zij vindt de sleutel niet.").english());
  }

  @Test
  void kloppenWithNothingToKnockOnIsBeRight() {
    assertEquals("That is right.", gloss("Dat klopt.").english());
    assertEquals("The story is not right.", gloss("Het verhaal klopt niet.").english());
    assertTrue(gloss("Hij klopt op de deur.").english().startsWith("He knocks on the door"),
        gloss("Hij klopt op de deur.").english());
  }

  @Test
  void vragenWithAThingIsAskFor() {
    String l = gloss("De familie vroeg de vrijlating van de gevangenen.").english();
    assertTrue(l.contains("asked for the release"), l);
    assertTrue(gloss("De bond vraagt meer geld.").english().contains("asks for more money"),
        gloss("De bond vraagt meer geld.").english());
    // a person asked, or a clause: ask
    assertFalse(gloss("Zij vroeg de minister om uitleg.").english().contains("asked for the minister"),
        gloss("Zij vroeg de minister om uitleg.").english());
    assertFalse(gloss("Hij vroeg of het kon.").english().contains("for"), gloss("Hij vroeg of het kon.").english());
  }

  @Test
  void verschillendeBeforeAPluralNounIsVarious() {
    assertEquals("He spoke with various ministers about the budget.",
        gloss("Hij sprak met verschillende ministers over de begroting.").english());
    assertTrue(gloss("Wij bezochten twee verschillende scholen.").english().contains("two different schools"),
        gloss("Wij bezochten twee verschillende scholen.").english());
    assertFalse(gloss("De meningen zijn verschillend.").english().contains("various"));
  }

  @Test
  void aPredicateAdjectiveTheTaggerReadAsAVerbKeepsItsAdjectiveSense() {
    // slecht also reads as a form of slechten (raze): the analysis reads the predicate adjective
    assertEquals("The plan is bad.", gloss("Het plan is slecht.").english());
    assertEquals("The food was bad, he thinks.", gloss("Het eten was slecht, denkt hij.").english());
  }

  @Test
  void vanTotWithArticlesIsFromTo() {
    assertTrue(gloss("Ze reden van de Noordzee tot de Alpen.").english().contains("from the North Sea to the Alps"),
        gloss("Ze reden van de Noordzee tot de Alpen.").english());
    // no range: tot is until a time, van stays of
    assertTrue(gloss("Wij kopen het brood van onze bakker.").english().contains("of our baker"),
        gloss("Wij kopen het brood van onze bakker.").english());
  }

  @Test
  void newEntriesOfTheGlossary() {
    // massaal as an adverb of the verb, anderen as a noun, naar huis
    assertTrue(gloss("De boeren protesteerden massaal tegen het plan.").english().contains("protested en masse"));
    assertTrue(gloss("Een massale betoging trok door de stad.").english().contains("massive"),
        gloss("Een massale betoging trok door de stad.").english());
    assertEquals("Two people came, the others stayed at home.", gloss("Twee mensen kwamen, de anderen bleven thuis.").english());
    assertTrue(gloss("De kinderen gaan morgen naar huis.").english().contains("home"));
    assertFalse(gloss("De kinderen gaan morgen naar huis.").english().contains("house"));
  }

  @Test
  void anderenAsAPluralNounIsOthersAndAHyphenForAPartSaidBeforeGoes() {
    assertTrue(gloss("De prijs van drie anderen stijgt.").english().contains("three others"),
        gloss("De prijs van drie anderen stijgt.").english());
    // an attributive ander stays other
    assertEquals("She chose another road.", gloss("Zij koos een andere weg.").english());
    String l = gloss("De EU-landen en -instellingen protesteren.").english();
    assertTrue(l.contains("and institutions"), l);
  }

  @Test
  void prisonAfterALengthOfTimeIsInPrison() {
    assertEquals("The judge gave him ten years in prison.", gloss("De rechter gaf hem tien jaar cel.").english());
    assertTrue(gloss("Hij kreeg 2,5 jaar gevangenis.").english().contains("2.5 years in prison"));
    // the building itself
    assertEquals("The prison is old.", gloss("De gevangenis is oud.").english());
  }

  @Test
  void aPossessorWithARelativeClauseAfterACommaKeepsOf() {
    assertTrue(gloss("De rechter eist de vrijlating van de journalist, die al een jaar vastzit.").english()
        .contains("the release of the journalist, who"));
    // without the clause the possessive stays
    assertTrue(gloss("De rechter eist de vrijlating van de journalist.").english().contains("the journalist's release"));
  }
}
