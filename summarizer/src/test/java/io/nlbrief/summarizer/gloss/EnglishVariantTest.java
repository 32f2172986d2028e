package io.nlbrief.summarizer.gloss;

import static io.nlbrief.summarizer.gloss.Glossed.gloss;
import static io.nlbrief.summarizer.gloss.Glossed.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nlbrief.parser.ArticleParser;
import io.nlbrief.parser.ParseOptions;
import io.nlbrief.summarizer.Fragment;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The English variant of the rendering (the english-variant stage), on sentences written for these
 * tests: American by default (double quotation marks, Mr., U.S., American spelling), British on
 * request (the glossary's English as it is); and what it must leave alone in both.
 */
class EnglishVariantTest {
  private static final Glosser BRITISH = new Glosser(Glossary.defaultGlossary(), EnglishVariant.BRITISH);

  private static GlossLine british(String dutch) {
    return BRITISH.gloss(Dutch.sentence(dutch));
  }

  @Test
  void americanIsTheDefault() {
    assertEquals(EnglishVariant.AMERICAN, EnglishVariant.DEFAULT);
    assertEquals(EnglishVariant.AMERICAN, Glossed.GLOSSER.english());
    assertEquals(EnglishVariant.BRITISH, Glossed.GLOSSER.withEnglish(EnglishVariant.BRITISH).english());
    assertSame(Glossed.GLOSSER, Glossed.GLOSSER.withEnglish(EnglishVariant.AMERICAN));
  }

  @Test
  void variantsByName() {
    assertEquals(EnglishVariant.AMERICAN, EnglishVariant.of("American"));
    assertEquals(EnglishVariant.BRITISH, EnglishVariant.of(" british "));
    assertEquals(EnglishVariant.BRITISH, EnglishVariant.of("uk"));
    assertEquals("american", EnglishVariant.AMERICAN.toString());
    assertThrows(IllegalArgumentException.class, () -> EnglishVariant.of("australian"));
  }

  @Test
  void dutchSingleQuotesAreAmericanDoubleQuotes() {
    GlossLine l = gloss("‘Wij verkopen geen brood meer’, zei de bakker.");
    assertTrue(l.english().startsWith("\"We "), l.english());
    assertTrue(l.english().contains(",\" the baker said") || l.english().contains(",\" said the baker"), l.english());
    assertEquals("punctuation+american-quotes", token(l, "‘").origin());
    assertEquals("\"", token(l, "’").english());
    GlossLine straight = gloss("'Het regent', zei zij.");
    assertTrue(straight.english().startsWith("\"It "), straight.english());
    assertFalse(straight.english().contains("'"), straight.english());
  }

  @Test
  void britishKeepsSingleQuotes() {
    GlossLine l = british("‘Wij verkopen geen brood meer’, zei de bakker.");
    assertTrue(l.english().startsWith("'We "), l.english());
    assertEquals("punctuation", token(l, "‘").origin());
  }

  @Test
  void aQuotationInsideAnotherStaysSingle() {
    String us = gloss("„Hij noemde het ‘onzin’”, zei zij.").english();
    assertTrue(us.startsWith("\"He "), us);
    assertTrue(us.contains("'nonsense',\" she said"), us); // the comma inside the closing marks, American style
    String inner = gloss("Hij zei: ‘Zij vroeg: ‘Waarom?’ en ging weg.’").english();
    assertTrue(inner.contains(": \"She asked: 'Why?' and"), inner);
    assertTrue(inner.endsWith("\""), inner);
    assertFalse(british("Hij zei: ‘Zij vroeg: ‘Waarom?’ en ging weg.’").english().contains("\""));
  }

  @Test
  void commasAndStopsGoInsideTheClosingQuote() {
    assertEquals("\"The water is cold,\" the fisherman said.", gloss("‘Het water is koud’, zei de visser.").english());
    assertEquals("She described the film as \"boring.\"", gloss("Zij beschreef de film als ‘saai’.").english());
    assertEquals("\"A reckless act,\" according to the minister.", gloss("„Een roekeloze daad”, aldus de minister.").english());
    GlossLine l = gloss("‘Het water is koud’, zei de visser.");
    assertEquals("order:american-quotes", token(l, ",").moved());
    // a question mark belongs to the quoted words, where the Dutch has it; British keeps the stops outside
    assertTrue(gloss("Hij vroeg ‘waarom’?").english().endsWith("\"why\"?"), gloss("Hij vroeg ‘waarom’?").english());
    assertEquals("'The water is cold', the fisherman said.", british("‘Het water is koud’, zei de visser.").english());
  }

  @Test
  void aClosingQuoteOfAnEarlierSentenceClosesAgainstItsWord() {
    String us = gloss("Het was een lange dag.’").english();
    assertTrue(us.endsWith("day.\""), us);
    assertTrue(british("Het was een lange dag.’").english().endsWith("day.'"), british("Het was een lange dag.’").english());
  }

  @Test
  void apostrophesStay() {
    GlossLine possessive = gloss("Hij zag Kees' fiets buiten staan.");
    assertTrue(possessive.english().contains("Kees' bicycle"), possessive.english());
    assertEquals("punctuation", token(possessive, "'").origin());
    GlossLine elision = gloss("De auto's staan 's nachts op straat.");
    assertTrue(elision.english().startsWith("The cars"), elision.english());
    assertFalse(elision.english().contains("\""), elision.english());
  }

  @Test
  void honorificsTakeAStop() {
    GlossLine l = gloss("Meneer Jansen en mevrouw Pietersen wonen hier.");
    assertTrue(l.english().startsWith("Mr. Jansen and Mrs. Pietersen"), l.english());
    assertEquals("glossary:default+american-abbreviation", token(l, "Meneer").origin());
    assertTrue(british("Meneer Jansen en mevrouw Pietersen wonen hier.").english().startsWith("Mr Jansen and Mrs Pietersen"));
  }

  @Test
  void theCountryIsUs() {
    GlossLine l = gloss("Een delegatie uit de VS bezocht Canada.");
    assertTrue(l.english().contains(" U.S. "), l.english());
    assertTrue(token(l, "VS").origin().endsWith("+american-abbreviation"));
    assertTrue(british("Een delegatie uit de VS bezocht Canada.").english().contains(" US "));
  }

  @Test
  void theSentenceStopAfterUsIsSaidOnce() {
    String us = gloss("Zij woont sinds maart in de VS.").english();
    assertTrue(us.endsWith("the U.S."), us);
    assertFalse(us.endsWith(".."), us);
    ArticleParser parser = ArticleParser.create(ParseOptions.defaults());
    try {
      List<GlossLine> headline = Glossed.GLOSSER.render(Fragment.analyse(parser, "Storm trekt over de VS", "test"));
      assertTrue(headline.get(headline.size() - 1).english().endsWith("the U.S."), headline.toString());
      List<GlossLine> plain = Glossed.GLOSSER.render(Fragment.analyse(parser, "Storm trekt over het land", "test"));
      assertFalse(plain.get(plain.size() - 1).english().endsWith("."), plain.toString());
    } catch (io.nlbrief.parser.ParseException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void britishSpellingIsRespelled() {
    GlossLine l = gloss("Zij organiseren een programma over de verdediging van het centrum.");
    assertEquals("They organize a program about the defense of the center.", l.english());
    assertEquals("glossary:default+american-spelling", token(l, "organiseren").origin());
    assertEquals("They organise a programme about the defence of the centre.",
        british("Zij organiseren een programma over de verdediging van het centrum.").english());
    assertEquals("The color of the labor was criticized.", gloss("De kleur van de arbeid werd bekritiseerd.").english());
  }

  @Test
  void wordsThatAreAlwaysIseOrTheSameInBothStay() {
    GlossLine l = gloss("Zij adviseerden een compromis en dat was een verrassing.");
    assertTrue(l.english().contains("advised"), l.english());
    assertTrue(l.english().contains("compromise"), l.english());
    assertTrue(l.english().contains("surprise"), l.english());
    assertFalse(token(l, "adviseerden").origin().contains("american-spelling"));
    GlossLine four = gloss("Vier uur later kwam de tour door de stad.");
    assertFalse(four.english().contains("for "), four.english());
  }

  @Test
  void namesAndEnglishWordsOfTheTextKeepTheirSpelling() {
    GlossLine l = gloss("De leider van Labour sprak in Harbour City.");
    assertTrue(l.english().contains("Labour"), l.english());
    assertTrue(l.english().contains("Harbour City"), l.english());
  }

  @Test
  void theLiteralLineKeepsTheGlossarysEnglish() {
    GlossLine l = gloss("‘Wij organiseren het’, zei meneer Jansen.");
    assertTrue(l.literal().contains("organise"), l.literal());
    assertTrue(l.english().contains("organize"), l.english());
  }
}
