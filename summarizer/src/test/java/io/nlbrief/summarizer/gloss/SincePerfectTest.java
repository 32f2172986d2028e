package io.nlbrief.summarizer.gloss;

import static io.nlbrief.summarizer.gloss.Glossed.gloss;
import static io.nlbrief.summarizer.gloss.Glossed.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A Dutch present with sinds is the English present perfect (the since-perfect stage), on sentences of our own. */
class SincePerfectTest {
  @Test
  void aLexicalVerbWithSindsTakesThePerfect() {
    GlossLine l = gloss("Zij werkt sinds 2015 bij de bank.");
    assertTrue(l.english().startsWith("She has worked since 2015"), l.english());
    assertTrue(token(l, "werkt").origin().contains("since-perfect"), token(l, "werkt").origin());
    assertTrue(gloss("De twee partijen praten sinds maart met elkaar.").english().startsWith("The two parties have talked"));
  }

  @Test
  void theCopulaWithSindsIsHasBeen() {
    assertTrue(gloss("Hij is sinds vorig jaar voorzitter van de club.").english().startsWith("He has been"));
    assertTrue(gloss("Sindsdien zijn de wegen veilig.").english().contains("the roads have been safe"),
        gloss("Sindsdien zijn de wegen veilig.").english());
  }

  @Test
  void thePerfectOfThePassiveStaysWithSindsAndTakesAVerbPhrase() {
    // a year with sinds is no time that is over: has been, not was
    assertTrue(gloss("Het project is sinds 2019 op een laag pitje gezet.").english()
        .contains("has been put on the back burner"), gloss("Het project is sinds 2019 op een laag pitje gezet.").english());
    // a phrase's participle takes been as one word does
    assertEquals("The project has been put on the back burner.", gloss("Het project is op een laag pitje gezet.").english());
    // a year alone is a time that is over
    assertTrue(gloss("Het project is in 2019 op een laag pitje gezet.").english().contains("was put on the back burner"));
  }

  @Test
  void noPerfectWithoutSindsInANegationAQuestionOrForASindsOfAnotherClause() {
    assertEquals("She works at the bank.", gloss("Zij werkt bij de bank.").english());
    // negated: do-support says it, the tense stays
    assertFalse(gloss("Hij werkt sinds januari niet meer.").english().contains("has"));
    assertFalse(gloss("Werkt zij sinds 2015 bij de bank?").english().contains("has worked"));
    // the sinds belongs to the relative clause's verb, not to the main clause's
    String l = gloss("Hij kent de man die sinds 2010 in Gent woont.").english();
    assertTrue(l.startsWith("He knows the man"), l);
    // zijn with a participle is a perfect already (or a passive): its tense is the perfect stages'
    assertFalse(gloss("Het huis is sinds 2019 in de familie verkocht.").english().contains("has been in"),
        gloss("Het huis is sinds 2019 in de familie verkocht.").english());
    // a past stays a past
    assertFalse(gloss("Zij werkte sinds 2015 bij de bank.").english().contains("has"));
  }

  @Test
  void aLengthOfTimeWithAlIsThePresentPerfectToo() {
    assertEquals("has lived", Glossed.token(Glossed.gloss("Hij woont al tien jaar in Gent."), "woont").english());
    assertEquals("has worked", Glossed.token(Glossed.gloss("Zij werkt al drie maanden bij de bank."), "werkt").english());
    // the present passive with worden too, a negation before been
    assertEquals("The letters have not been answered for two years.",
        gloss("De brieven worden al twee jaar niet beantwoord.").english());
    assertEquals("The letters are answered.", gloss("De brieven worden beantwoord.").english());
    // al without a length of time is already, and the present stays
    assertEquals("lives", Glossed.token(Glossed.gloss("Hij woont al in Gent."), "woont").english());
  }
}
