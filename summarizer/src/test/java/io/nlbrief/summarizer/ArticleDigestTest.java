package io.nlbrief.summarizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nlbrief.parser.Article;
import io.nlbrief.parser.ArticleParser;
import io.nlbrief.parser.ParseOptions;
import io.nlbrief.parser.Seeds;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A digest gathered from an article's parts summarises it as the article whole does. */
class ArticleDigestTest {
  private static final ArticleParser PARSER = ArticleParser.create(ParseOptions.defaults());

  @Test
  void everyMethodSummarisesTheSeedsInSmallPartsAsWhole() throws Exception {
    for (String seed : List.of(Seeds.SEED_000, Seeds.SEED_003)) {
      byte[] bytes = Files.readAllBytes(Seeds.path(seed));
      Article whole = PARSER.parse(bytes, seed);
      ArticleDigest.Gathering gathering = ArticleDigest.gather();
      int[] parts = {0};
      Article untagged = PARSER.parseInParts(bytes, seed, 200, (part, offset) -> {
        gathering.part(part, offset);
        parts[0]++;
      });
      assertTrue(parts[0] >= 4, seed + " in " + parts[0] + " parts");
      ArticleDigest digest = gathering.digest(untagged);

      assertEquals(whole.wordCount(), digest.wordCount());
      assertTrue(digest.article().sentences().get(0).tokens().isEmpty(), "the digest does not keep the tokens");
      for (String method : Methods.names()) {
        Summarizer summarizer = new Summarizer(Methods.require(method), PARSER);
        for (int k : new int[] {1, 3, 8}) {
          Summary expected = summarizer.summarize(whole, SummaryLength.sentences(k));
          Summary actual = summarizer.summarize(digest, SummaryLength.sentences(k));
          assertEquals(expected, actual, seed + ", " + method + ", " + k);
          assertEquals(k, actual.sentences().size());
          assertFalse(actual.keyTerms().isEmpty());
          assertFalse(actual.entities().isEmpty());
        }
      }
    }
  }

  @Test
  void aRankerThatReadsTokensItselfCannotRankAnArticleGatheredInParts() throws Exception {
    byte[] bytes = Files.readAllBytes(Seeds.path(Seeds.SEED_000));
    ArticleDigest.Gathering gathering = ArticleDigest.gather();
    Article untagged = PARSER.parseInParts(bytes, Seeds.SEED_000, 200, gathering::part);
    ArticleDigest digest = gathering.digest(untagged);
    // Scores each sentence by its number of tokens: nothing to score on an article without them.
    Summarizer byTokens = new Summarizer(new Method("tokens", "token count", a -> a.sentences().stream()
        .mapToDouble(s -> s.tokens().size()).toArray(), 0));

    assertThrows(IllegalArgumentException.class, () -> byTokens.summarize(digest, SummaryLength.sentences(2)));
    Article whole = PARSER.parse(bytes, Seeds.SEED_000);
    assertEquals(2, byTokens.summarize(ArticleDigest.of(whole), SummaryLength.sentences(2)).sentences().size());
  }
}
