package io.nlbrief.summarizer.gloss;

import static io.nlbrief.summarizer.gloss.Glossed.gloss;
import static io.nlbrief.summarizer.gloss.Glossed.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The existential er in English (there + be, the subject-first passive), on sentences written for these tests. */
class ExistentialErTest {
  @Test
  void inASubordinateClauseTheVerbFollowsThere() {
    assertEquals("He says there are many tourists.", gloss("Hij zegt dat er veel toeristen zijn.").english());
    assertEquals("I think there will be no more place.", gloss("Ik denk dat er geen plaats meer zal zijn.").english());
    // the subject before a prepositional phrase of place, as English has it after there + be
    assertTrue(gloss("Omdat er in de kast geen borden staan, eten we van papier.").english()
        .startsWith("Because there are no plates in the cupboard,"));
  }

  @Test
  void overZijnIsBeLeftAfterTheSubject() {
    assertEquals("I think there are only few rooms left.", gloss("Ik denk dat er nog maar weinig kamers over zijn.").english());
  }

  @Test
  void aVerbOfPostureIsBe() {
    assertEquals("There is a letter on the mat.", gloss("Er ligt een brief op de mat.").english());
    assertEquals("There are two birds on the roof.", gloss("Er zitten twee vogels op het dak.").english());
    assertEquals("She says there is a bicycle for the door.", gloss("Zij zegt dat er een fiets voor de deur staat.").english());
  }

  @Test
  void thePointersPrepositionAfterThePredicate() {
    // er does both: the dummy there and the object of aan (to it)
    GlossLine l = gloss("Hij weet dat er risico's aan verbonden zitten.");
    assertTrue(l.english().contains("there are risks connected to it"), l.english());
  }

  @Test
  void thePassiveWithErPutsTheSubjectFirst() {
    assertEquals("A new bridge is being built.", gloss("Er wordt een nieuwe brug gebouwd.").english());
    assertEquals("Five thieves were arrested.", gloss("Er werden vijf dieven gearresteerd.").english());
    assertEquals("Yesterday a new mayor was chosen.", gloss("Gisteren werd er een nieuwe burgemeester gekozen.").english());
    assertEquals("He says a new plan is being made.", gloss("Hij zegt dat er een nieuw plan wordt gemaakt.").english());
    assertEquals("", token(gloss("Er werden vijf dieven gearresteerd."), "Er").english());
  }

  @Test
  void thePerfectWithZijnPutsTheSubjectFirst() {
    assertEquals("A solution has been found.", gloss("Er is een oplossing gevonden.").english());
    assertEquals("Three men have come.", gloss("Er zijn drie mannen gekomen.").english());
  }

  @Test
  void aLexicalVerbSaysItsIndefiniteSubjectFirst() {
    assertEquals("If nothing happens, I leave.", gloss("Als er niets gebeurt, ga ik weg.").english());
    assertEquals("He says a new law also comes.", gloss("Hij zegt dat er ook een nieuwe wet komt.").english());
    assertEquals("When a fire broke out, everyone fled.", gloss("Toen er een brand uitbrak, vluchtte iedereen.").english());
    // zijn with a predicate stays there + be
    assertTrue(gloss("Dat er iets mis is, weet iedereen.").english().startsWith("That there is something wrong"));
  }

  @Test
  void withGeweestThereHaveBeen() {
    assertEquals("There have never been so many tourists.", gloss("Er zijn nooit zoveel toeristen geweest.").english());
  }

  @Test
  void aVerbOfKnowingOrExpectingHasNoBeing() {
    assertEquals("The newspaper writes that a large loss is feared.",
        gloss("De krant schrijft dat er een groot verlies wordt gevreesd.").english());
    assertEquals("A new record is expected.", gloss("Er wordt een nieuw record verwacht.").english());
  }

  @Test
  void withoutASubjectInASubordinateClauseThereIsAndTheGerund() {
    assertEquals("We hope there is voting in May.", gloss("Wij hopen dat er in mei wordt gestemd.").english());
    assertEquals("He knows there is no working on Sunday.", gloss("Hij weet dat er op zondag niet wordt gewerkt.").english());
    // an adjective of manner does not go before a gerund
    assertTrue(!gloss("Zij zegt dat er hard wordt gewerkt.").english().contains("working"));
  }

  @Test
  void notWithoutASubjectNorWithAPlaceOrATime() {
    assertEquals("There is dancing.", gloss("Er wordt gedanst.").english());
    assertEquals("There was singing the whole evening.", gloss("Er werd de hele avond gezongen.").english());
    assertEquals("The house is built.", gloss("Het huis wordt gebouwd.").english());
    // er of place after the subject is no dummy
    assertEquals("there", token(gloss("Hij woont er al jaren."), "er").english());
    assertEquals("I am happy with it.", gloss("Ik ben er blij mee.").english());
  }
}
