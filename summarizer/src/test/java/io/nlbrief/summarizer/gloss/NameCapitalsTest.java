package io.nlbrief.summarizer.gloss;

import static io.nlbrief.summarizer.gloss.Glossed.gloss;
import static io.nlbrief.summarizer.gloss.Glossed.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A capital Dutch writes only for a name keeps its English capital (the name-capitals stage), on
 * sentences written for these tests; and where a capital tells nothing (the first word, after a
 * quotation mark or colon, headlines) the glossary's English stays.
 */
class NameCapitalsTest {
  @Test
  void aCapitalisedWordInsideTheSentenceKeepsItsCapital() {
    GlossLine l = gloss("Mijn broer werkt als vrijwilliger bij het Rode Kruis in het Midden-Oosten.");
    assertTrue(l.english().contains("the Red Cross"), l.english());
    assertTrue(l.english().contains("the Middle East"), l.english());
    GlossLine west = gloss("De minister sprak over de steun van het Westen.");
    assertTrue(west.english().contains("the West"), west.english());
    assertEquals("glossary:default+name-capital", token(west, "Westen").origin());
    GlossLine centre = gloss("Zij werkt in het Centrum voor Kunst.");
    assertTrue(centre.english().contains("the Center for Art"), centre.english());
    assertEquals("glossary:default+name-capital+american-spelling", token(centre, "Centrum").origin());
  }

  @Test
  void aNameMadeOfAWordKeepsItsCapital() {
    assertTrue(gloss("Haar broer woont sinds maart in West Virginia.").english().contains("in West Virginia"),
        gloss("Haar broer woont sinds maart in West Virginia.").english());
    GlossLine person = gloss("Volgens West en Bakker is het plan goed.");
    assertTrue(person.english().startsWith("According to West and Bakker"), person.english());
  }

  @Test
  void theSameWordsInLowerCaseStayLowerCase() {
    GlossLine l = gloss("Het kruis is rood en de wind komt uit het westen.");
    assertTrue(l.english().contains("cross"), l.english());
    assertTrue(l.english().contains("west"), l.english());
    assertFalse(l.english().contains("West"), l.english());
    assertFalse(token(l, "westen").origin().contains("name-"));
  }

  @Test
  void aPersonsNameIsNotGlossedAsACommonNoun() {
    GlossLine l = gloss("Gisteren sprak minister Bakker met meneer Visser.");
    assertTrue(l.english().contains("Bakker"), l.english());
    assertTrue(l.english().contains("Visser"), l.english());
    assertFalse(l.english().contains("baker"), l.english());
    GlossLine particles = gloss("Zij sprak met Anna de Bakker en Jan van der Smid.");
    assertTrue(particles.english().contains("Anna de Bakker"), particles.english());
    assertTrue(particles.english().contains("Jan van der Smid"), particles.english());
    assertEquals("glossary:default+name-kept", token(particles, "Bakker").origin());
  }

  @Test
  void aNameKeptIsNotCountedAsGlossed() {
    GlossLine kept = gloss("Zij sprak met Anna de Bakker.");
    assertEquals(3, kept.countedWords(), kept.tokens().toString()); // zij, sprak, met: the name's words are not
    assertEquals(5, gloss("Zij sprak met de bakker.").countedWords());
  }

  @Test
  void aTitleBeforeANameIsNoParticle() {
    GlossLine l = gloss("Hij sprak met de Minister van Defensie.");
    assertFalse(l.english().contains(" van "), l.english());
  }

  @Test
  void theFirstWordAndTheWordAfterAQuoteOrColonTellNothing() {
    GlossLine first = gloss("Bakkers bakken brood.");
    assertTrue(first.english().startsWith("Bakers"), first.english());
    GlossLine quoted = gloss("Zij zei: ‘Westen en oosten zijn ver weg.’");
    // the capital of the quoted sentence's first word (quoted-sentence), not a name's
    assertEquals("glossary:default+quoted-sentence", token(quoted, "Westen").origin());
  }

  @Test
  void aQuotedSentenceStartsWithACapital() {
    GlossLine l = gloss("Hij zei: ‘Dat is de schuld van het Westen.’");
    assertTrue(l.english().contains(": \"That is"), l.english());
    assertEquals("glossary:default+quoted-sentence", token(l, "Dat").origin());
    // a quoted word in lower case is no sentence; the line's first word is the layout's to capitalise
    assertTrue(gloss("Zij beschreef de film als ‘saai’.").english().contains("\"boring"));
    GlossLine first = gloss("‘Morgen gaan wij naar huis’, zei hij.");
    assertTrue(first.english().startsWith("\"Tomorrow"), first.english());
    assertEquals("glossary:default", token(first, "Morgen").origin());
  }

  @Test
  void headlinesInTitleCaseOrCapitalsTellNothing() {
    List<io.nlbrief.parser.Sentence> title = Dutch.sentences("Dit is een zin.\n\nStorm Trekt Vandaag Over Het Westen Van Het Land.");
    GlossLine t = Glossed.GLOSSER.gloss(title.get(title.size() - 1));
    assertFalse(t.tokens().stream().anyMatch(g -> g.origin().contains("name-capital")), t.tokens().toString());
    GlossLine caps = gloss("STORM TREKT OVER HET WESTEN.");
    assertFalse(caps.tokens().stream().anyMatch(g -> g.origin().contains("name-")), caps.tokens().toString());
  }
}
