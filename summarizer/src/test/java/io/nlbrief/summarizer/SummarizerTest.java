package io.nlbrief.summarizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nlbrief.parser.Article;
import io.nlbrief.parser.testing.ArticleBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Length options, methods, redundancy removal and awkward inputs, on articles built by the parser's
 * test-jar (no Tika, no LanguageTool): the summarizer reads only the article's sentences, tokens,
 * lemmas and title. Its behaviour on the seeds as the parser reads them is {@link SummarizerSeedTest}'s.
 */
class SummarizerTest {
  /** Plain prose: a body paragraph per blank-line block, each word its own lemma. */
  private static Article prose(String markup) {
    return ArticleBuilder.article("test.txt").prose(markup).build();
  }

  @Test
  void repeatedSentenceIsChosenOnlyOnce() throws Exception {
    String repeated = "De gemeente Utrecht sluit de brug over het kanaal wegens ernstige scheuren in het beton.";
    Article article = prose(String.join(" ",
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
  void lengthsRejectNonsense() {
    assertThrows(IllegalArgumentException.class, () -> SummaryLength.sentences(0));
    assertThrows(IllegalArgumentException.class, () -> SummaryLength.ratio(0));
    assertThrows(IllegalArgumentException.class, () -> SummaryLength.ratio(1.5));
    assertThrows(IllegalArgumentException.class, () -> SummaryLength.words(0));
  }

  @Test
  void unknownMethodNamesTheChoices() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Methods.require("sumbasic"));
    assertEquals("unknown method 'sumbasic': expected one of default, lexrank, lead", e.getMessage());
  }

  @Test
  void shortInputReturnsAllSentences() throws Exception {
    Article article = prose("De brug in Utrecht gaat dicht. Fietsers moeten omrijden.");
    Summary summary = Summarizer.create().summarize(article, SummaryLength.sentences(5));
    assertEquals(List.of("De brug in Utrecht gaat dicht.", "Fietsers moeten omrijden."), summary.texts());
  }

  @Test
  void oneSentenceArticle() throws Exception {
    // Rutte marked a person, as the parser marks him after "premier"
    Article article = prose("Het kabinet van premier [Rutte|PER] stelt de invoering van de nieuwe belasting uit tot 2025.");
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
    // A headline that is no sentence (as the parser reads one without a full stop) and a dateline.
    Article article = ArticleBuilder.article("test.txt").title("Uitwijzing onder druk van VS")
        .heading("Uitwijzing onder druk van VS").dateline("27 maart 2018").build();
    assertEquals(0, article.sentences().size(), "precondition: only a headline and a dateline");
    Summary summary = Summarizer.create().summarize(article, SummaryLength.sentences(3));
    assertEquals(List.of(), summary.sentences());
    assertEquals(List.of(), summary.keyTerms());
  }

  @Test
  void nonDutchInputStillGetsASummary() throws Exception {
    Article article = ArticleBuilder.article("test.txt").language("en", 0.9).prose(String.join(" ",
        "The city council of Utrecht closed the bridge over the canal after engineers found cracks.",
        "Cyclists must take a detour through the city centre.",
        "Repairs to the bridge will take about three months, the council said.",
        "The cracks in the bridge were caused by heavy traffic.")).build();
    assertFalse(article.language().isDutch(), "precondition: not taken for Dutch");
    Summary summary = Summarizer.create().summarize(article, SummaryLength.sentences(2));
    assertEquals(2, summary.sentences().size());
    assertEquals("The city council of Utrecht closed the bridge over the canal after engineers found cracks.", summary.texts().get(0));
  }

  @Test
  void headlineOverlapCounts() throws Exception {
    String body = String.join(" ",
        "Het weer was gisteren in het hele land zonnig en warm.",
        "In Limburg werd het zelfs dertig graden.",
        "De boeren in Drenthe vrezen intussen voor droogte op hun akkers.",
        "Het KNMI verwacht morgen weer regen.");
    Article plain = prose(body);
    // The title as the seed header " date 2019-05 Boeren in Drenthe vrezen droogte" gives it.
    Article headed = ArticleBuilder.article("test.txt").title("Boeren in Drenthe vrezen droogte").prose(body).build();
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
    Article article = prose(text.toString());
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
