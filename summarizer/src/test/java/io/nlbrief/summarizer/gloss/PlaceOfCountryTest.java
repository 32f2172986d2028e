package io.nlbrief.summarizer.gloss;

import static io.nlbrief.summarizer.gloss.Glossed.gloss;
import static io.nlbrief.summarizer.gloss.Glossed.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** het + a country's adjective + a place name, on sentences written for these tests. */
class PlaceOfCountryTest {
  @Test
  void aTownNamedByItsCountrysAdjectiveIsTownCommaCountry() {
    GlossLine l = gloss("Hij woont in het Franse Calais.");
    assertEquals("He lives in Calais, France.", l.english());
    assertEquals("order:place-of-country", token(l, "Franse").moved());
    // the sentence goes on: the country closed off with a comma
    assertEquals("She spoke in Cologne, Germany, with the French government.",
        gloss("Ze sprak in het Duitse Keulen met de Franse regering.").english());
  }

  @Test
  void aCommonNounOrAnotherArticleKeepsTheAdjective() {
    GlossLine l = gloss("Het Franse leger en de Franse regering.");
    assertEquals("The French army and the French government.", l.english());
    assertNull(token(l, "Franse").moved());
  }
}
