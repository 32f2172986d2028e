package io.nlbrief.summarizer.gloss;

import static io.nlbrief.summarizer.gloss.Glossed.gloss;
import static io.nlbrief.summarizer.gloss.Glossed.token;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** zijn and worden under a modal, on sentences written for these tests (no seed or dev text). */
class BeAfterModalTest {
  @Test
  void zijnUnderAModalIsBeBeforeItsPredicate() {
    assertEquals("The house will be large.", gloss("Het huis zal groot zijn.").english());
    assertEquals("That would be a good idea.", gloss("Dat zou een goed idee zijn.").english());
    assertEquals("be", token(gloss("Hij zegt dat de schade groter kan zijn."), "zijn").english());
  }

  @Test
  void wordenUnderAModalIsBeInThePassiveAndBecomeElse() {
    assertEquals("The meeting can be postponed.", gloss("De vergadering kan worden uitgesteld.").english());
    assertEquals("become", token(gloss("De stad zal steeds groter worden."), "worden").english());
  }

  @Test
  void aFiniteZijnWithoutAModalStays() {
    assertEquals("are", token(gloss("Zij zijn blij dat ze kunnen komen."), "zijn").english());
  }
}
