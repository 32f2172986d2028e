package io.nlbrief.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An article parsed in parts: the same paragraphs, sentences and tagged tokens as parsed whole. */
class ParseInPartsTest {
  private static final ArticleParser PARSER = ArticleParser.create(ParseOptions.defaults());

  @Test
  void partsHoldTheWholeArticlesParagraphsAndTokensAtTheirOffsets() throws Exception {
    for (String seed : List.of(Seeds.SEED_000, Seeds.SEED_003)) {
      byte[] bytes = Files.readAllBytes(Seeds.path(seed));
      Article whole = PARSER.parse(bytes, seed);
      List<String> fromParts = new ArrayList<>();
      List<Paragraph> partParagraphs = new ArrayList<>();
      int[] count = {0};
      Article untagged = PARSER.parseInParts(bytes, seed, 300, (part, offset) -> {
        count[0]++;
        assertEquals(part.text(), whole.text().substring(offset, offset + part.text().length()));
        partParagraphs.addAll(part.paragraphs());
        for (Sentence s : part.sentences()) {
          for (Token t : s.tokens()) {
            fromParts.add(describe(t, offset));
          }
        }
      });
      assertTrue(count[0] > 3, seed + ": " + count[0] + " parts");
      List<String> fromWhole = whole.sentences().stream().flatMap(s -> s.tokens().stream()).map(t -> describe(t, 0)).toList();
      assertEquals(fromWhole, fromParts, seed);
      assertEquals(whole.text(), untagged.text());
      assertEquals(whole.metadata(), untagged.metadata());
      assertEquals(whole.warnings(), untagged.warnings());
      assertEquals(whole.quotes(), untagged.quotes());
      assertEquals(whole.paragraphs().stream().map(p -> p.role() + " " + p.span() + " " + p.text()).toList(),
          untagged.paragraphs().stream().map(p -> p.role() + " " + p.span() + " " + p.text()).toList());
      assertEquals(whole.sentences().stream().map(s -> s.index() + " " + s.paragraph() + " " + s.span() + " " + s.text()).toList(),
          untagged.sentences().stream().map(s -> s.index() + " " + s.paragraph() + " " + s.span() + " " + s.text()).toList());
      assertEquals(whole.paragraphs().stream().map(Paragraph::role).toList(), partParagraphs.stream().map(Paragraph::role).toList());
    }
  }

  @Test
  void aConsumerThatHasEnoughStopsTheParseAtThatPart() throws Exception {
    byte[] bytes = Files.readAllBytes(Seeds.path(Seeds.SEED_000));
    int all = PARSER.parse(bytes, Seeds.SEED_000).paragraphs().size();
    List<Integer> offsets = new ArrayList<>();
    List<Paragraph> firstTwo = new ArrayList<>();
    Article stopped = PARSER.parseInParts(bytes, Seeds.SEED_000, 300, new ArticleParser.Parts() {
      @Override
      public void part(Article part, int offset) {
        offsets.add(offset);
        firstTwo.addAll(part.paragraphs());
      }

      @Override
      public boolean enough() {
        return offsets.size() == 2;
      }
    });
    assertEquals(2, offsets.size(), "no part after the consumer had enough");
    assertEquals(firstTwo.size(), stopped.paragraphs().size(), "the article ends with the last part");
    assertTrue(stopped.paragraphs().size() < all);
  }

  private static String describe(Token t, int offset) {
    return t.text() + " " + (t.span().start() + offset) + "-" + (t.span().end() + offset) + " " + t.lemma() + " "
        + t.tag() + " " + t.pos() + " " + t.readings();
  }
}
