package io.nlbrief.summarizer.gloss;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nlbrief.parser.Article;
import io.nlbrief.parser.ArticleParser;
import io.nlbrief.parser.ParseOptions;
import io.nlbrief.parser.Seeds;
import io.nlbrief.parser.Sentence;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The seed sentences whose English rendering was checked by hand to be correct English that says
 * what the Dutch says (by sentence index). The other seed sentences are not yet rendered well
 * enough to assert here; SeedGlossTest keeps every literal line.
 */
class SeedEnglishTest {
  private static final ArticleParser PARSER = ArticleParser.create(ParseOptions.defaults());
  private static final Glosser GLOSSER = new Glosser(Glossary.defaultGlossary());

  private static void check(String seed, Map<Integer, String> expected) throws Exception {
    Article article = PARSER.parse(Seeds.path(seed), seed);
    Map<Integer, String> actual = new TreeMap<>();
    for (int i : expected.keySet()) {
      Sentence s = article.sentences().get(i);
      actual.put(i, GLOSSER.gloss(s).english());
    }
    assertEquals(new TreeMap<>(expected), actual, seed);
  }

  @Test
  void natoSeed() throws Exception {
    check(Seeds.SEED_000, Map.of(
        0, "NATO sends away seven Russian diplomats.",
        4, "NATO chief Jens Stoltenberg announced the measure today.",
        6, "\"A reckless violation of the international standards\", according to the Norwegian."));
  }

  @Test
  void ministersSeed() throws Exception {
    check(Seeds.SEED_003, Map.of(
        7, "In addition there are the Russian interferences in Belarus and in the western Balkans."));
  }
}
