package io.nlbrief.summarizer.gloss;

import static io.nlbrief.summarizer.gloss.Glossed.gloss;
import static io.nlbrief.summarizer.gloss.Glossed.token;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** ook before the subject that opens a main clause goes to the middle of the English clause; sentences of our own. */
class FocusAlsoTest {
  @Test
  void alsoGoesAfterTheAuxiliaryOrBeforeTheLoneVerb() {
    GlossLine l = gloss("Ook de buren werden gewaarschuwd.");
    assertEquals("The neighbors were also warned.", l.english());
    assertEquals("order:also-in-the-middle", token(l, "Ook").moved());
    assertEquals("The children have also read the book.", gloss("Ook de kinderen hebben het boek gelezen.").english());
    assertEquals("But the prices also rise.", gloss("Maar ook de prijzen stijgen.").english());
  }

  @Test
  void ookElsewhereStaysWhereItIs() {
    assertEquals("He also comes.", gloss("Hij komt ook.").english());
    // ook before a phrase that opens the clause: also in the middle, the phrase first
    assertEquals("In Ghent it also rains.", gloss("Ook in Gent regent het.").english());
    assertEquals("In the port there is also working.", gloss("Ook in de haven wordt gewerkt.").english());
    assertEquals("order:also-in-the-middle", token(gloss("Ook in de haven wordt gewerkt."), "Ook").moved());
    // ook inside the clause is not this rule's (the middle-field adverb before the lone verb)
    org.junit.jupiter.api.Assertions.assertNotEquals("order:also-in-the-middle",
        token(gloss("Hij werkt ook in de haven."), "ook").moved());
    // niet alleen … maar ook: but also stays one phrase
    assertEquals("Not only the wages but also the prices rise.",
        gloss("Niet alleen de lonen maar ook de prijzen stijgen.").english());
    // a question keeps its order
    assertEquals("order:also-in-the-middle".equals(token(gloss("Ook de buren komen?"), "Ook").moved()), false);
  }
}
