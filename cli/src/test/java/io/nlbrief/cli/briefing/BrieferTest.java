package io.nlbrief.cli.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nlbrief.parser.Article;
import io.nlbrief.parser.ArticleParser;
import io.nlbrief.parser.ParseOptions;
import io.nlbrief.parser.testing.ArticleBuilder;
import io.nlbrief.summarizer.Methods;
import io.nlbrief.summarizer.Summarizer;
import io.nlbrief.summarizer.SummaryLength;
import io.nlbrief.summarizer.gloss.Glossary;
import org.junit.jupiter.api.Test;

/** The briefing of articles written for these tests (not the seeds). */
class BrieferTest {
  private static final ArticleParser PARSER = ArticleParser.create(ParseOptions.defaults());
  /** The lead method takes the first sentences, so a body that opens with the headline would repeat it. */
  private static final Briefer LEAD = Briefer.create(PARSER, Glossary.defaultGlossary(), SummaryLength.sentences(2))
      .withSummarizer(new Summarizer(Methods.require("lead")));

  private static ArticleBuilder pool() {
    return ArticleBuilder.article("zwembad.txt")
        .body("Gemeente sluit het zwembad.")
        .body("Het bad kost de stad elk jaar twee miljoen euro. De wethouder wil dat geld aan scholen geven.")
        .body("Zwemclubs reageren boos op het besluit.");
  }

  @Test
  void aKeyPointNeverRepeatsAHeadlineTheBodyOpensWith() {
    Briefing b = LEAD.brief(pool().title("Gemeente sluit het zwembad").build());

    assertEquals("Gemeente sluit het zwembad", b.headline().dutch());
    assertEquals(2, b.keyPoints().size(), "as many key points as asked for");
    assertEquals("Het bad kost de stad elk jaar twee miljoen euro.", b.keyPoints().get(0).dutch());
    assertEquals("De wethouder wil dat geld aan scholen geven.", b.keyPoints().get(1).dutch());
    assertTrue(b.summary().sentences().stream().anyMatch(s -> s.index() == 0), "the summary itself still has it");
  }

  @Test
  void sentencesOfAHeadlineParagraphAreNotKeyPoints() {
    Article article = ArticleBuilder.article("zwembad.txt")
        .headline("Gemeente sluit zwembad om de kosten.")
        .body("Het bad kost de stad elk jaar twee miljoen euro. De wethouder wil dat geld aan scholen geven.")
        .build();
    Briefing b = LEAD.brief(article);

    assertEquals("Gemeente sluit zwembad om de kosten.", b.headline().dutch());
    assertFalse(b.headline().english().isEmpty(), "rendered from the headline paragraph's sentence");
    assertTrue(b.keyPoints().stream().noneMatch(p -> p.sentence().index() == 0), b.keyPoints().toString());
  }

  @Test
  void aSentenceThatOnlyResemblesTheHeadlineStays() {
    Briefing b = LEAD.brief(pool().title("Gemeente sluit zwembad").build());

    assertEquals("Gemeente sluit het zwembad.", b.keyPoints().get(0).dutch(), "other words: not a repeat");
  }

  @Test
  void withoutACheckerThereAreNoFindingsAndQuotesAreRendered() {
    Article article = ArticleBuilder.article("t.txt")
        .body("[Mark Rutte|PER] sprak. ,,Dit kabinet gaat door tot het einde'', aldus de Nederlander.")
        .quote("Dit kabinet gaat door tot het einde", "de Nederlander")
        .build();
    Briefing b = LEAD.brief(article);

    assertTrue(b.findings().isEmpty());
    assertEquals(1, b.quotes().size());
    assertEquals("Dit kabinet gaat door tot het einde", b.quotes().get(0).dutch());
    assertEquals("Mark Rutte", b.quotes().get(0).speaker(), "the only form the article uses");
  }
}
