package io.nlbrief.summarizer.gloss;

import static io.nlbrief.summarizer.gloss.Glossed.gloss;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The perfect where the analysis left the auxiliary and its participle apart; sentences written for these tests. */
class PerfectOrderTest {
  @Test
  void aParticipleThenItsAuxiliaryAtTheEndOfAClause() {
    assertEquals("I think the train has left.", gloss("Ik denk dat de trein vertrokken is.").english());
    assertEquals("I think he has been ill.", gloss("Ik denk dat hij ziek geweest is.").english());
    assertEquals("I think the journey has been a large success.",
        gloss("Ik denk dat de reis een groot succes geweest is.").english());
  }

  @Test
  void thePerfectOfThePassiveAndOfVerbsOfCollapseToo() {
    assertEquals("I saw that the old bridge had collapsed.", gloss("Ik zag dat de oude brug ingestort was.").english());
    assertEquals("He says the access has been limited.", gloss("Hij zegt dat de toegang beperkt is.").english());
  }

  @Test
  void geweestAtTheEndOfAMainClause() {
    assertEquals("They have never been there.", gloss("Zij zijn daar nooit geweest.").english());
    assertEquals("She has never been in Paris.", gloss("Zij is nooit in Parijs geweest.").english());
  }

  @Test
  void moreVerbsOfMotionAndChangeTakeHave() {
    assertEquals("The minister resigned last year.", gloss("De minister is vorig jaar afgetreden.").english());
    assertEquals("The train has stopped.", gloss("De trein is gestopt.").english());
    // the analysis's participle and lemma where the tagger read an adjective
    assertEquals("The aircraft has safely landed.", gloss("Het vliegtuig is veilig geland.").english());
    // zijn the cop of a phrase the participle has: its auxiliary, and the simple past for a year
    assertEquals("The war broke out in 2014.", gloss("De oorlog is in 2014 uitgebroken.").english());
    // a verb that takes hebben keeps the passive
    assertEquals("The book was read yesterday.", gloss("Het boek is gisteren gelezen.").english());
    // verbs that only end like one that takes zijn keep the passive too
    assertEquals("The rule has been broken.", gloss("De regel is overtreden.").english());
    assertEquals("The money has been hidden.", gloss("Het geld is verstopt.").english());
  }

  @Test
  void aZijnOfTheMainClauseIsNoAuxiliaryOfAParticipleAfterDat() {
    // one broken tree may put both clauses' verbs together: the main clause's is stays is
    assertTrue(gloss("Het is inderdaad zo dat er sinds de zomer geen nieuwe ontmoetingen meer geweest zijn.")
        .english().startsWith("It is indeed"));
    assertEquals("It is clear that there have been no complaints.",
        gloss("Het is duidelijk dat er geen klachten geweest zijn.").english());
  }

  @Test
  void whatWasRightStays() {
    assertEquals("He has left.", gloss("Hij is vertrokken.").english());
    assertEquals("The house has been sold.", gloss("Het huis is verkocht.").english());
    assertEquals("The day has been long.", gloss("De dag is lang geweest.").english());
    assertEquals("One sees that the houses have been destroyed.", gloss("Men ziet dat de huizen verwoest zijn.").english());
  }
}
