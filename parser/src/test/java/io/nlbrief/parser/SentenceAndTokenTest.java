package io.nlbrief.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Sentence splitting, tokens, quotes and language on small texts. */
class SentenceAndTokenTest {
  private static final ArticleParser UNTAGGED = ArticleParser.create(ParseOptions.defaults().withTag(false));
  private static final ArticleParser TAGGED = ArticleParser.create(ParseOptions.defaults());

  private static Article parse(ArticleParser parser, String text) throws ParseException {
    return parser.parse(text.getBytes(StandardCharsets.UTF_8), "test.txt");
  }

  private static List<String> sentences(String text) throws ParseException {
    return parse(UNTAGGED, text).sentences().stream().map(Sentence::text).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"o.a.", "bijv.", "d.w.z.", "dhr.", "mr.", "ca.", "blz.", "nr.", "m.b.t.", "e.d.", "enz."})
  void abbreviationsDoNotEndASentence(String abbreviation) throws ParseException {
    String text = "Er kwamen " + abbreviation + " twee ministers naar de top in Brussel. Daarna vertrokken ze weer.";
    assertEquals(List.of("Er kwamen " + abbreviation + " twee ministers naar de top in Brussel.",
        "Daarna vertrokken ze weer."), sentences(text));
  }

  @Test
  void abbreviationBeforeANameDoesNotSplit() throws ParseException {
    assertEquals(List.of("Volgens dhr. Jansen en mr. Peters is het voorbij.", "Zij gaan naar huis."),
        sentences("Volgens dhr. Jansen en mr. Peters is het voorbij. Zij gaan naar huis."));
  }

  @Test
  void enzMayEndASentence() throws ParseException {
    assertEquals(List.of("Ze verkopen appels, peren enz.", "Daarna sluit de winkel."),
        sentences("Ze verkopen appels, peren enz. Daarna sluit de winkel."));
  }

  @Test
  void closingQuotesStayWithTheirSentence() throws ParseException {
    assertEquals(List.of("„Wij blijven.”", "Hij vertrok.", "\"Kom je?\"", "Ja.", "'Nee.'", "Toch niet."),
        sentences("„Wij blijven.” Hij vertrok. \"Kom je?\" Ja. 'Nee.' Toch niet."));
  }

  @Test
  void questionInsideQuoteFollowedByLowercaseDoesNotSplit() throws ParseException {
    assertEquals(List.of(",,Kom je morgen?'' vroeg hij aan de minister."),
        sentences(",,Kom je morgen?'' vroeg hij aan de minister."));
  }

  @Test
  void numbersAndTimesStayWhole() throws ParseException {
    Article a = parse(TAGGED, "Hij zit 2,5 jaar vast. Om 15.38 uur en om 15u38 kwam het bericht van 1.000 man.");
    List<String> tokens = a.sentences().stream().flatMap(s -> s.tokens().stream()).map(Token::text).toList();
    assertTrue(tokens.containsAll(List.of("2,5", "15.38", "15u38", "1.000")), tokens.toString());
    assertEquals(2, a.sentences().size());
  }

  @Test
  void compoundsWithHyphensAreSingleTokens() throws ParseException {
    Article a = parse(TAGGED, "De NAVO-lidstaten en -bondgenoten bestrijden desinformatie- en propagandacampagnes in de NAVO-Ruslandraad.");
    List<String> tokens = a.sentences().get(0).tokens().stream().map(Token::text).toList();
    assertEquals(List.of("De", "NAVO-lidstaten", "en", "-bondgenoten", "bestrijden", "desinformatie-", "en",
        "propagandacampagnes", "in", "de", "NAVO-Ruslandraad", "."), tokens);
    Token raad = a.sentences().get(0).tokens().get(10);
    assertEquals("ZNW", raad.tag().substring(0, 3), "an unknown compound takes its head's reading");
  }

  @Test
  void apostrophesInsideWordsAreNotQuotes() throws ParseException {
    Article a = parse(TAGGED, "De auto's van zo'n bedrijf rijden 's avonds niet.");
    assertTrue(a.quotes().isEmpty(), a.quotes().toString());
    List<String> tokens = a.sentences().get(0).tokens().stream().map(Token::text).toList();
    assertTrue(tokens.containsAll(List.of("auto's", "zo'n", "'s")), tokens.toString());
  }

  @Test
  void lowHighQuotesAndSpeakers() throws ParseException {
    Article a = parse(UNTAGGED, "„Het is voorbij”, zei premier Rutte gisteren. ,,Wij gaan door'', zegt de bond.");
    assertEquals(2, a.quotes().size());
    assertEquals("Het is voorbij", a.quotes().get(0).text());
    assertEquals("premier Rutte", a.quotes().get(0).speaker());
    assertEquals("Wij gaan door", a.quotes().get(1).text());
    assertEquals("de bond", a.quotes().get(1).speaker());
  }

  @Test
  void unbalancedQuoteIsNoQuotation() throws ParseException {
    Article a = parse(UNTAGGED, "Hij zei ,,dat het klaar was. Niemand reageerde.");
    assertTrue(a.quotes().isEmpty());
  }

  @Test
  void oneSentenceArticle() throws ParseException {
    Article a = parse(TAGGED, "De regering is gevallen.");
    assertEquals(1, a.sentences().size());
    assertEquals("gevallen", a.sentences().get(0).tokens().get(3).text());
    assertEquals("vallen", a.sentences().get(0).tokens().get(3).lemma());
    assertNull(a.metadata().title());
  }

  @Test
  void aTextTooShortToTellGetsNoLanguageWarning() throws ParseException {
    // Too few function words to tell any language: not a reason to say it is not Dutch.
    Article a = parse(UNTAGGED, "Hij word morgen veertig jaar.");
    assertTrue(a.warnings().stream().noneMatch(w -> w.contains("does not look Dutch")), a.warnings().toString());
    assertEquals(1, a.sentences().size());
  }

  @Test
  void aLongTextInNoKnownLanguageIsStillFlagged() throws ParseException {
    // Thirty made-up words: no function word of any language, and long enough to have had some.
    Article a = parse(UNTAGGED, "Kwazlop vrindel snorgat plimbeek. ".repeat(8));
    assertEquals("und", a.language().code(), a.language().toString());
    assertTrue(a.warnings().stream().anyMatch(w -> w.contains("does not look Dutch")), a.warnings().toString());
  }

  @Test
  void englishTextIsFlaggedButStillProcessed() throws ParseException {
    Article a = parse(UNTAGGED, "The government of the Netherlands has fallen after a dispute about the budget. "
        + "It is the third time in two years that this has happened.");
    assertEquals("en", a.language().code());
    assertFalse(a.language().isDutch());
    assertTrue(a.warnings().stream().anyMatch(w -> w.contains("does not look Dutch")), a.warnings().toString());
    assertEquals(2, a.sentences().size());
  }

  @Test
  void dutchTextIsDutch() throws ParseException {
    assertTrue(parse(UNTAGGED, "Het kabinet is gevallen na een conflict over de begroting. Dat is al de derde keer.")
        .language().isDutch());
  }

  @Test
  void singleLineParagraphsWithoutBlankLines() throws ParseException {
    Article a = parse(UNTAGGED, "Eerste alinea over de top. Nog een zin.\nTweede alinea begint hier.\n");
    assertEquals(2, a.paragraphs().size());
    assertEquals(3, a.sentences().size());
  }

  @Test
  void datelineWithWeekdayAndTime() throws ParseException {
    Article a = parse(UNTAGGED, "Kabinet valt\n\ndinsdag 5 november 2019, 09:15 uur\n\nHet kabinet is gevallen. Dat meldt de NOS.");
    assertEquals("Kabinet valt", a.metadata().title());
    assertEquals("2019-11-05T09:15", a.metadata().published());
    assertEquals("2019-11-05", a.metadata().date());
  }

  @Test
  void firstShortLineIsTheHeadlineNotASentence() throws ParseException {
    Article a = parse(UNTAGGED, "Kabinet gevallen\n\nHet kabinet is gevallen na een conflict over de begroting.");
    assertEquals("Kabinet gevallen", a.metadata().title());
    assertEquals(Paragraph.Role.HEADLINE, a.paragraphs().get(0).role());
    assertEquals(List.of("Het kabinet is gevallen na een conflict over de begroting."),
        a.sentences().stream().map(Sentence::text).toList());
  }

  @Test
  void htmlHeadlineIsNotASentenceAndTheFormatsTitleWins() throws Exception {
    byte[] html = ("<html><head><title>Kabinet valt | Krant</title><meta property=\"og:title\" content=\"Kabinet valt\">"
        + "</head><body><h1>Kabinet valt over begroting</h1><p>Het kabinet is gevallen. Dat meldt de NOS.</p></body></html>")
        .getBytes(StandardCharsets.UTF_8);
    Article a = UNTAGGED.parse(html, "a.html");
    assertEquals("Kabinet valt", a.metadata().title());
    assertEquals(Paragraph.Role.HEADLINE, a.paragraphs().get(0).role());
    assertEquals("Kabinet valt over begroting", a.paragraphs().get(0).text());
    assertEquals(2, a.sentences().size());
  }
}
