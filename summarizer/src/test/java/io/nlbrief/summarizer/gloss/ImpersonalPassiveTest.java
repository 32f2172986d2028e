package io.nlbrief.summarizer.gloss;

import static io.nlbrief.summarizer.gloss.Glossed.gloss;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The passive without a subject and with er, on sentences written for these tests. */
class ImpersonalPassiveTest {
  @Test
  void withoutASubjectThereIsAndTheGerund() {
    assertEquals("There is dancing.", gloss("Er wordt gedanst.").english());
    assertEquals("There was singing the whole night.", gloss("Er werd de hele nacht gezongen.").english());
    assertEquals("In the hall there is smoking.", gloss("In de zaal wordt gerookt.").english());
    assertEquals("On Sunday there is no working.", gloss("Op zondag wordt er niet gewerkt.").english());
    // a verb in -ate has its noun in -ation: there is negotiation, not negotiating
    assertEquals("In Brussels there is negotiation.", gloss("In Brussel wordt onderhandeld.").english());
  }

  @Test
  void underAModalThereModalBeAndTheGerund() {
    assertEquals("There can be dancing.", gloss("Er kan gedanst worden.").english());
  }

  @Test
  void notWithAWordOfQuantityOrAStrandedPreposition() {
    // er wordt veel over gesproken: a gerund takes neither much nor about it before it
    org.junit.jupiter.api.Assertions.assertFalse(
        Glossed.token(gloss("Er wordt veel over gesproken."), "gesproken").english().endsWith("ing"));
  }

  @Test
  void withAThatClauseItIsSaid() {
    assertEquals("it is said", gloss("Er wordt gezegd dat hij ziek is.").english().substring(0, 10).toLowerCase());
  }

  @Test
  void withErAndASubjectTheSubjectComesFirst() {
    // the existential-er stage's: the subject before be, "being" in the present
    assertEquals("A house is being built.", gloss("Er wordt een huis gebouwd.").english());
    assertEquals("Two men were arrested.", gloss("Er werden twee mannen gearresteerd.").english());
  }

  @Test
  void anOrdinaryPassiveStays() {
    assertEquals("The letter was written by the neighbor.", gloss("De brief werd door de buurman geschreven.").english());
    assertEquals("The house is built.", gloss("Het huis wordt gebouwd.").english());
  }
}
