package io.nlbrief.summarizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** The default method on the two seed articles, the chosen sentences checked by hand. */
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
}
