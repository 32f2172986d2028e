package io.nlbrief.summarizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nlbrief.parser.Article;
import io.nlbrief.parser.ArticleParser;
import io.nlbrief.parser.ParseOptions;
import io.nlbrief.parser.Seeds;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Length options, methods, redundancy removal and awkward inputs. */
class SummarizerTest {
  private static ArticleParser parser;
  private static Article nato;

  @BeforeAll
  static void setUp() throws Exception {
    parser = ArticleParser.create(ParseOptions.defaults());
    nato = parser.parse(Seeds.path(Seeds.SEED_000), Seeds.SEED_000);
  }

  private static Article parse(String text) throws Exception {
    return parser.parse(text.getBytes(StandardCharsets.UTF_8), "test.txt");
  }

  @Test
  void repeatedSentenceIsChosenOnlyOnce() throws Exception {
    String repeated = "De gemeente Utrecht sluit de brug over het kanaal wegens ernstige scheuren in het beton.";
    Article article = parse(String.join(" ",
        repeated,
        "Inspecteurs vonden de scheuren tijdens een routinecontrole van het beton.",
        repeated,
        "Fietsers moeten een omweg van twee kilometer maken via het centrum.",
        "De reparatie van de brug duurt naar verwachting drie maanden.",
        "De scheuren in het beton van de brug ontstonden door zwaar verkeer."));
    // Without redundancy removal the two copies are the two most central sentences.
    List<Integer> lexrank = new Summarizer(Methods.require("lexrank")).summarize(article, SummaryLength.sentences(2))
        .sentences().stream().map(SummarySentence::index).toList();
    assertEquals(List.of(0, 2), lexrank);

    Summary summary = Summarizer.create().summarize(article, SummaryLength.sentences(3));

    assertEquals(1, summary.texts().stream().filter(repeated::equals).count(), summary.texts().toString());
    assertEquals(3, summary.sentences().size());
  }

  @Test
  void natoSeedDuplicateIsNotChosenTwiceAtAnyLength() {
    // Sentences 4 and 18 of seed 000 say the same thing; the default never takes both.
    for (int n = 1; n <= 8; n++) {
      List<Integer> chosen = Summarizer.create().summarize(nato, SummaryLength.sentences(n)).sentences().stream()
          .map(SummarySentence::index).toList();
      assertFalse(chosen.contains(3) && chosen.contains(17), n + ": " + chosen);
    }
  }

  @Test
  void sentencesRatioAndWordsSetTheLength() {
    Summarizer summarizer = Summarizer.create();
    // 21 sentences, sentence 9 (index 8) is a bare quotation: 20 eligible.
    assertEquals(5, summarizer.summarize(nato, SummaryLength.sentences(5)).sentences().size());
    // 0.2 × 20 = 4
    assertEquals(4, summarizer.summarize(nato, SummaryLength.ratio(0.2)).sentences().size());
    // 0.01 × 20 = 0.2, rounded to 0, but a summary has at least one sentence
    assertEquals(1, summarizer.summarize(nato, SummaryLength.ratio(0.01)).sentences().size());
    // 1.0: every eligible sentence
    assertEquals(20, summarizer.summarize(nato, SummaryLength.ratio(1.0)).sentences().size());
    int eligibleWords = 0;
    for (int i = 0; i < nato.sentences().size(); i++) {
      if (i != 8) {
        eligibleWords += (int) nato.sentences().get(i).wordCount();
      }
    }
    double average = eligibleWords / 20.0;
    int words = 60;
    assertEquals(Math.round(words / average), summarizer.summarize(nato, SummaryLength.words(words)).sentences().size());
    assertTrue(average > 12 && average < 20, "seed sentences average " + average + " words");
  }

  @Test
  void lengthsRejectNonsense() {
    assertThrows(IllegalArgumentException.class, () -> SummaryLength.sentences(0));
    assertThrows(IllegalArgumentException.class, () -> SummaryLength.ratio(0));
    assertThrows(IllegalArgumentException.class, () -> SummaryLength.ratio(1.5));
    assertThrows(IllegalArgumentException.class, () -> SummaryLength.words(0));
  }

  @Test
  void everyMethodGivesWholeSentencesInArticleOrder() {
    for (String name : Methods.names()) {
      Summary summary = new Summarizer(Methods.require(name)).summarize(nato, SummaryLength.sentences(4));
      assertEquals(name, summary.method());
      assertEquals(4, summary.sentences().size(), name);
      List<Integer> indices = summary.sentences().stream().map(SummarySentence::index).toList();
      assertEquals(indices.stream().sorted().toList(), indices, name + " in article order");
      for (SummarySentence s : summary.sentences()) {
        assertEquals(nato.sentences().get(s.index()).text(), s.text(), name);
        assertEquals(s.text(), s.span().of(nato.text()), name);
      }
    }
  }

  @Test
  void leadTakesTheFirstEligibleSentences() {
    Summary lead = new Summarizer(Methods.require("lead")).summarize(nato, SummaryLength.sentences(3));
    assertEquals(List.of(0, 1, 2), lead.sentences().stream().map(SummarySentence::index).toList());
  }

  @Test
  void unknownMethodNamesTheChoices() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Methods.require("sumbasic"));
    assertEquals("unknown method 'sumbasic': expected one of default, lexrank, lead", e.getMessage());
  }

  @Test
  void bareQuotationWithoutSpeakerIsNeverChosen() {
    // Sentence 9 of seed 000 is only a quotation, and the text does not say who speaks.
    for (String name : Methods.names()) {
      List<Integer> chosen = new Summarizer(Methods.require(name)).summarize(nato, SummaryLength.ratio(1.0))
          .sentences().stream().map(SummarySentence::index).toList();
      assertFalse(chosen.contains(8), name);
      assertEquals(20, chosen.size(), name);
    }
  }

  @Test
  void shortInputReturnsAllSentences() throws Exception {
    Article article = parse("De brug in Utrecht gaat dicht. Fietsers moeten omrijden.");
    Summary summary = Summarizer.create().summarize(article, SummaryLength.sentences(5));
    assertEquals(List.of("De brug in Utrecht gaat dicht.", "Fietsers moeten omrijden."), summary.texts());
  }

  @Test
  void oneSentenceArticle() throws Exception {
    Article article = parse("Het kabinet van premier Rutte stelt de invoering van de nieuwe belasting uit tot 2025.");
    for (String name : Methods.names()) {
      Summary summary = new Summarizer(Methods.require(name)).summarize(article, SummaryLength.sentences(3));
      assertEquals(List.of("Het kabinet van premier Rutte stelt de invoering van de nieuwe belasting uit tot 2025."),
          summary.texts(), name);
    }
    Summary summary = Summarizer.create().summarize(article, SummaryLength.words(1));
    assertEquals(1, summary.sentences().size());
    assertTrue(summary.entities().stream().anyMatch(e -> e.name().equals("Rutte")), summary.entities().toString());
  }

  @Test
  void articleWithoutSentencesGivesAnEmptySummary() throws Exception {
    Article article = parse("Uitwijzing onder druk van VS\n\n27 maart 2018\n");
    assertEquals(0, article.sentences().size(), "precondition: only a headline and a dateline");
    Summary summary = Summarizer.create().summarize(article, SummaryLength.sentences(3));
    assertEquals(List.of(), summary.sentences());
    assertEquals(List.of(), summary.keyTerms());
  }

  @Test
  void nonDutchInputStillGetsASummary() throws Exception {
    Article article = parse(String.join(" ",
        "The city council of Utrecht closed the bridge over the canal after engineers found cracks.",
        "Cyclists must take a detour through the city centre.",
        "Repairs to the bridge will take about three months, the council said.",
        "The cracks in the bridge were caused by heavy traffic."));
    assertFalse(article.language().isDutch(), "precondition: not taken for Dutch");
    Summary summary = Summarizer.create().summarize(article, SummaryLength.sentences(2));
    assertEquals(2, summary.sentences().size());
    assertEquals("The city council of Utrecht closed the bridge over the canal after engineers found cracks.", summary.texts().get(0));
  }

  @Test
  void sameArticleSameSummary() {
    Summary first = Summarizer.create().summarize(nato, SummaryLength.sentences(5));
    Summary second = Summarizer.create().summarize(nato, SummaryLength.sentences(5));
    assertEquals(first, second);
  }

  @Test
  void headlineOverlapCounts() throws Exception {
    String body = String.join(" ",
        "Het weer was gisteren in het hele land zonnig en warm.",
        "In Limburg werd het zelfs dertig graden.",
        "De boeren in Drenthe vrezen intussen voor droogte op hun akkers.",
        "Het KNMI verwacht morgen weer regen.");
    Article plain = parse(body);
    Article headed = parse(" date 2019-05 Boeren in Drenthe vrezen droogte\n\n" + body);
    assertEquals("Boeren in Drenthe vrezen droogte", headed.metadata().title(), "precondition: the seed header gives a title");
    int plainIndex = Summarizer.create().summarize(plain, SummaryLength.sentences(1)).sentences().get(0).index();
    Summary withHeadline = Summarizer.create().summarize(headed, SummaryLength.sentences(1));
    assertEquals(0, plainIndex, "without a headline, position wins");
    assertEquals("De boeren in Drenthe vrezen intussen voor droogte op hun akkers.", withHeadline.texts().get(0));
  }

  @Test
  void longDocumentTakesTheSparseWindowedPath() throws Exception {
    // 2,400 sentences: more than Centrality.FULL_GRAPH (1,500), so similarities are windowed and
    // thinned to top-k neighbours; the summary must still be whole sentences in order, each once,
    // and the same every time.
    String[] topics = {"havens", "treinen", "scholen", "boeren", "rechters", "musea"};
    String lead = "Het kabinet trekt twee miljard euro uit voor de havens, treinen, scholen en boeren in het hele land.";
    StringBuilder text = new StringBuilder(lead).append(" ");
    for (int i = 1; i < 2400; i++) {
      if (i % 600 == 0) {
        // The lead again every 600 sentences: further apart than any window.
        text.append(lead).append(" ");
        continue;
      }
      String topic = topics[i % topics.length];
      text.append("Bericht ").append(i).append(" over ").append(topic).append(" in provincie ")
          .append("Noord Zuid Oost West".split(" ")[i % 4]).append(" noemt kosten van ").append(i * 7)
          .append(" euro voor ").append(topic).append(". ");
      if (i % 40 == 39) {
        text.append("\n\n");
      }
    }
    Article article = parse(text.toString());
    assertEquals(2400, article.sentences().size(), "precondition");

    Summary summary = Summarizer.create().summarize(article, SummaryLength.ratio(0.05));

    assertEquals(120, summary.sentences().size());
    List<Integer> indices = summary.sentences().stream().map(SummarySentence::index).toList();
    assertEquals(indices.stream().sorted().distinct().toList(), indices);
    assertEquals(1, summary.texts().stream().filter(lead::equals).count(), "the lead's copies are left out");
    assertEquals(summary, Summarizer.create().summarize(article, SummaryLength.ratio(0.05)), "deterministic");
    List<String> three = Summarizer.create().summarize(article, SummaryLength.sentences(3)).texts();
    assertEquals(lead, three.get(0));
    assertEquals(1, three.stream().filter(lead::equals).count(), three.toString());
  }
}
