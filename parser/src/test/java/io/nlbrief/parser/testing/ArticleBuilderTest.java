package io.nlbrief.parser.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.nlbrief.parser.Article;
import io.nlbrief.parser.EntityType;
import io.nlbrief.parser.Paragraph;
import io.nlbrief.parser.PartOfSpeech;
import io.nlbrief.parser.Quote;
import io.nlbrief.parser.Sentence;
import io.nlbrief.parser.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleBuilderTest {
  private final Article article = ArticleBuilder.article("t.txt")
      .headline("Kabinet valt")
      .body("[Mark Rutte|PER] stapt op. ,,Het is voorbij'', zei hij.")
      .heading("Reactie")
      .body("De {lidstaten|lidstaat|NOUN} zwijgen.")
      .quote("Het is voorbij", "hij")
      .source("ANP")
      .build();

  @Test
  void everySpanGivesBackItsText() {
    assertEquals("Kabinet valt\n\nMark Rutte stapt op. ,,Het is voorbij'', zei hij.\n\nReactie\n\nDe lidstaten zwijgen.", article.text());
    for (Paragraph p : article.paragraphs()) {
      assertEquals(p.text(), p.span().of(article.text()));
      for (Sentence s : p.sentences()) {
        assertEquals(s.text(), s.span().of(article.text()));
        for (Token t : s.tokens()) {
          assertEquals(t.text(), t.span().of(article.text()));
        }
      }
    }
  }

  @Test
  void sentencesEndAfterTheirStopAndClosingMarks() {
    // The headline (one sentence), two in the first body paragraph, none in the heading, one after it.
    assertEquals(4, article.sentences().size());
    assertEquals(",,Het is voorbij'', zei hij.", article.sentences().get(2).text());
    assertEquals(1, article.sentences().get(2).paragraph());
    assertEquals(3, article.sentences().get(3).index());
    assertEquals("Kabinet valt", article.metadata().title());
  }

  @Test
  void markupMakesNamesAndLemmas() {
    Token mark = article.sentences().get(1).tokens().get(0);
    assertEquals("Mark", mark.text());
    assertEquals(EntityType.PERSON, mark.entity());
    assertEquals(PartOfSpeech.PROPER_NOUN, mark.pos());
    Token lidstaten = article.sentences().get(3).tokens().get(1);
    assertEquals("lidstaat", lidstaten.lemma());
    assertEquals(PartOfSpeech.NOUN, lidstaten.pos());
    // ,, and '' are one token each, as the parser gives them.
    assertEquals(",,", article.sentences().get(2).tokens().get(0).text());
    assertEquals(PartOfSpeech.PUNCTUATION, article.sentences().get(2).tokens().get(0).pos());
    assertNull(article.sentences().get(3).tokens().get(0).entity());
  }

  @Test
  void quotationsCarryTheirMarksSpeakerAndSentence() {
    Quote q = article.quotes().get(0);
    assertEquals(",,Het is voorbij''", q.span().of(article.text()));
    assertEquals("Het is voorbij", q.content().of(article.text()));
    assertEquals("hij", q.speakerSpan().of(article.text()));
    assertEquals(2, q.sentence());
  }

  @Test
  void proseIsOneBodyParagraphPerBlockAndDatelinesHaveNoSentences() {
    Article a = ArticleBuilder.article("p.txt").title("Kop").dateline("27 maart 2018")
        .prose("Eerste zin. Tweede zin.\n\n  Derde {zin|zin|NOUN}.  \n \n").language("en", 0.7).build();
    assertEquals("27 maart 2018\n\nEerste zin. Tweede zin.\n\nDerde zin.", a.text());
    assertEquals(List.of(Paragraph.Role.DATELINE, Paragraph.Role.BODY, Paragraph.Role.BODY),
        a.paragraphs().stream().map(Paragraph::role).toList());
    assertEquals(List.of("Eerste zin.", "Tweede zin.", "Derde zin."), a.sentences().stream().map(Sentence::text).toList());
    assertEquals(PartOfSpeech.NOUN, a.sentences().get(2).tokens().get(1).pos());
    assertEquals("Kop", a.metadata().title());
    assertEquals("en", a.language().code());
    assertEquals(0.7, a.language().confidence());
  }

  @Test
  void aQuotationNotInTheTextIsAMistakeInTheTest() {
    assertThrows(IllegalArgumentException.class, () -> ArticleBuilder.article("t").body("Niets.").quote("Iets", null).build());
  }
}
