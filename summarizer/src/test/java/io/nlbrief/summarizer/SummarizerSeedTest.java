package io.nlbrief.summarizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nlbrief.parser.Article;
import io.nlbrief.parser.ArticleParser;
import io.nlbrief.parser.EntityType;
import io.nlbrief.parser.ParseOptions;
import io.nlbrief.parser.Seeds;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The summarizer on the two seed articles as the parser reads them: the default method's chosen
 * sentences checked by hand, and lengths, methods and eligibility on seed 000.
 */
class SummarizerSeedTest {
  private static Article nato;
  private static Article ministers;

  @BeforeAll
  static void parse() throws Exception {
    ArticleParser parser = ArticleParser.create(ParseOptions.defaults());
    nato = parser.parse(Seeds.path(Seeds.SEED_000), Seeds.SEED_000);
    ministers = parser.parse(Seeds.path(Seeds.SEED_003), Seeds.SEED_003);
  }

  @Test
  void natoSeedThreeSentences() {
    Summary summary = Summarizer.create().summarize(nato, SummaryLength.sentences(3));

    // The news (NATO expels seven diplomats), Russia's reply, and the wider expulsions the
    // headline speaks of. Not the headline line, the datelines, "Bron: ANP" or the heading; not
    // sentence 18, which repeats sentence 4 word for word.
    assertEquals(List.of(
        "De NAVO stuurt zeven Russische diplomaten weg.",
        "Rusland beschuldigt intussen Washington ervan andere landen onder druk te zetten om massaal diplomaten uit te zetten.",
        "Maandag besloten de VS, Canada en een groot aantal EU-landen, waaronder Nederland, om Russische diplomaten uit te zetten."),
        summary.texts());
    assertEquals(List.of(0, 3, 10), summary.sentences().stream().map(SummarySentence::index).toList());
    for (SummarySentence s : summary.sentences()) {
      assertEquals(s.text(), s.span().of(nato.text()), "offsets point at the sentence");
    }
    assertEquals("default", summary.method());
  }

  @Test
  void ministersSeedThreeSentences() {
    Summary summary = Summarizer.create().summarize(ministers, SummaryLength.sentences(3));

    // The headline sentence (the article's first sentence: the news), what Stoltenberg charges
    // Russia with at home (quoted, with its speaker), and abroad.
    assertEquals(List.of(
        "De ministers van Buitenlandse Zaken van de NAVO-lidstaten hebben op hun tweedaagse top in Brussel hun toon tegen Rusland nog wat verder verscherpt.",
        "'We zien dat de oppositie in Rusland met geweld wordt neergeslagen', zei Stoltenberg.",
        "Maar ook de Russische activiteiten in het buitenland werden veroordeeld."),
        summary.texts());
  }

  @Test
  void natoSeedEntities() {
    Map<String, Entity> entities = byName(Summarizer.create().summarize(nato, SummaryLength.sentences(3)).entities());

    assertEntity(entities, "Jens Stoltenberg", EntityType.PERSON, 3);
    assertEquals(List.of("Jens Stoltenberg", "Stoltenberg"), entities.get("Jens Stoltenberg").forms());
    assertEntity(entities, "Sergej Lavrov", EntityType.PERSON, 1);
    assertEntity(entities, "NAVO", EntityType.ORGANISATION, 4);
    assertEntity(entities, "Rusland", EntityType.PLACE, 5);
    // The tagger's hint for Salisbury is OTHER; "in het Engelse Salisbury" makes it a place, and
    // "Engelse" is not part of the name.
    assertEntity(entities, "Salisbury", EntityType.PLACE, 1);
    assertEntity(entities, "BBC", EntityType.ORGANISATION, 1);
    // Right-headed names: a council is a body even with "Rusland" inside; so is a ministry.
    assertEntity(entities, "NAVO-Ruslandraad", EntityType.ORGANISATION, 1);
    assertEntity(entities, "Buitenlandse Zaken", EntityType.ORGANISATION, 1);
    assertTrue(!entities.containsKey("Stoltenberg") && !entities.containsKey("Engelse Salisbury"), entities.toString());
    assertTrue(!entities.containsKey("NAVO-landen") && !entities.containsKey("EU-landen"), entities.toString());
  }

  @Test
  void ministersSeedEntities() {
    Map<String, Entity> entities = byName(Summarizer.create().summarize(ministers, SummaryLength.sentences(3)).entities());

    assertEntity(entities, "Jens Stoltenberg", EntityType.PERSON, 5);
    assertEntity(entities, "Aleksej Navalny", EntityType.PERSON, 2);
    assertEntity(entities, "Rusland", EntityType.PLACE, 6);
    assertEntity(entities, "Moskou", EntityType.PLACE, 2);
    assertEntity(entities, "Brussel", EntityType.PLACE, 1);
    assertEntity(entities, "Wit-Rusland", EntityType.PLACE, 1);
    assertEquals("Rusland", Summarizer.create().summarize(ministers, SummaryLength.sentences(3)).entities().get(0).name(),
        "the most mentioned first");
  }

  @Test
  void natoSeedKeyTerms() {
    List<KeyTerm> terms = Summarizer.create().summarize(nato, SummaryLength.sentences(3)).keyTerms();
    List<String> names = terms.stream().map(KeyTerm::term).toList();

    assertEquals(List.of("Russische diplomaten", "diplomaat", "Rusland", "Stoltenberg"),
        names.subList(0, 4), names.toString());
    // "om massaal diplomaten uit te zetten": an uninflected adjective before a plural is an adverb.
    assertTrue(names.stream().noneMatch(n -> n.startsWith("massaal")), names.toString());
    assertEquals(7, terms.get(1).count(), "diplomaten ×6 and diplomaten in the phrase count once each: 7 tokens");
    // Compounds stay whole: the tagger's lemma of NAVO-Ruslandraad is the compound itself.
    assertTrue(names.contains("NAVO-Ruslandraad"), names.toString());
    assertTrue(names.contains("terrorismebestrijding"), names.toString());
    assertTrue(names.contains("NAVO"), names.toString());
    assertTrue(names.stream().noneMatch(n -> n.equals("raad") || n.equals("bestrijding")), names.toString());
    for (int i = 1; i < terms.size(); i++) {
      assertTrue(terms.get(i - 1).score() >= terms.get(i).score(), "best first: " + terms);
    }
  }

  @Test
  void ministersSeedKeyTerms() {
    List<String> names = Summarizer.create().summarize(ministers, SummaryLength.sentences(3)).keyTerms().stream()
        .map(KeyTerm::term).toList();

    assertEquals(List.of("Stoltenberg", "Rusland", "NAVO-lidstaat", "dialoog"), names.subList(0, 4), names.toString());
    assertTrue(names.contains("NAVO-Rusland-raad"), names.toString());
    assertTrue(names.contains("propagandacampagne"), names.toString());
  }

  private static Map<String, Entity> byName(List<Entity> entities) {
    return entities.stream().collect(Collectors.toMap(Entity::name, Function.identity()));
  }

  private static void assertEntity(Map<String, Entity> entities, String name, EntityType type, int mentions) {
    Entity e = entities.get(name);
    assertTrue(e != null, name + " missing from " + entities.keySet());
    assertEquals(type, e.type(), name);
    assertEquals(mentions, e.mentions(), name);
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
  void sameArticleSameSummary() {
    Summary first = Summarizer.create().summarize(nato, SummaryLength.sentences(5));
    Summary second = Summarizer.create().summarize(nato, SummaryLength.sentences(5));
    assertEquals(first, second);
  }
}
