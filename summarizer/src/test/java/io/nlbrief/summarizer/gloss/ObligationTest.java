package io.nlbrief.summarizer.gloss;

import static io.nlbrief.summarizer.gloss.Glossed.gloss;
import static io.nlbrief.summarizer.gloss.Glossed.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** moeten as have to, must and should, on sentences written for these tests (no seed or dev text). */
class ObligationTest {
  @Test
  void presentMoetenIsHaveTo() {
    assertEquals("We have to leave now.", gloss("We moeten nu vertrekken.").english());
    assertEquals("I have to read the book.", gloss("Ik moet het boek lezen.").english());
    assertEquals("The rules have to be changed.", gloss("De regels moeten worden veranderd.").english());
    assertEquals("has to", token(gloss("De burgemeester moet morgen naar Den Haag."), "moet").english());
  }

  @Test
  void anAdverbAfterTheModalStandsBeforeHaveTo() {
    String e = gloss("Zij moet vaak lang wachten.").english();
    assertTrue(e.startsWith("She often has to"), e);
  }

  @Test
  void negatedOrAskedItStaysMust() {
    assertEquals("You must not lie.", gloss("Je moet niet liegen.").english());
    assertEquals("must", token(gloss("Moet ik morgen komen?"), "Moet").english());
  }

  @Test
  void zouMoetenIsShould() {
    GlossLine l = gloss("Hij zou eerder moeten vertrekken.");
    assertEquals("should", token(l, "zou").english());
    assertEquals("", token(l, "moeten").english());
    assertTrue(l.english().startsWith("He should"), l.english());
  }
}
