package io.nlbrief.cli.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nlbrief.checker.CheckOptions;
import io.nlbrief.checker.Checker;
import io.nlbrief.cli.Seeds;
import io.nlbrief.cli.briefing.Briefer;
import io.nlbrief.cli.briefing.Briefing;
import io.nlbrief.cli.format.FormatContext;
import io.nlbrief.cli.format.Formats;
import io.nlbrief.cli.format.OutputFormat;
import io.nlbrief.parser.ArticleParser;
import io.nlbrief.parser.ParseOptions;
import io.nlbrief.summarizer.SummaryLength;
import io.nlbrief.summarizer.gloss.Glossary;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * brief of a big input, in parts: the sheet (Markdown and JSON) of the seeds and of a text of our
 * own is the sheet of the whole, byte for byte, when every part is some 300 characters.
 */
class PartedBriefTest {
  private static final ArticleParser PARSER = ArticleParser.create(ParseOptions.defaults().withTag(true));
  private static final Briefer BRIEFER = Briefer.create(PARSER, Glossary.defaultGlossary(), SummaryLength.sentences(3));
  private static final int PART_CHARS = 300;

  /**
   * Sentences of our own: a headline, quotes with speakers (one by an epithet), names in full and by
   * surname in later paragraphs, an acronym only inside compounds, a repeated noun phrase.
   */
  private static final String TEXT = """
      Provincie legt nieuwe fietsbrug aan over het kanaal

      De provincie begint in het voorjaar met de bouw van een nieuwe fietsbrug over het kanaal bij Zwolle.
      De oude fietsbrug is volgens de provincie te smal voor het drukke verkeer van scholieren.

      ,,Elke ochtend staan hier honderden fietsers te wachten voor de brug'', zegt gedeputeerde Marieke Jansen.
      Zij wil dat de nieuwe fietsbrug binnen twee jaar klaar is.

      De ANWB-afdeling in de regio is blij met het plan. Ook de fietsersbond steunt de bouw van de nieuwe fietsbrug.

      Volgens Jansen kost de brug ruim twaalf miljoen euro. ,,Dat geld is goed besteed aan de veiligheid van
      kinderen'', aldus de gedeputeerde. Het Rijk betaalt een deel van de kosten.

      Bewoners van de wijk aan het kanaal maken zich zorgen over het lawaai tijdens de bouw.
      De provincie belooft dat er alleen op werkdagen wordt gewerkt.

      Jansen verwacht dat de eerste fietsers in de zomer van volgend jaar over de nieuwe fietsbrug rijden.
      De ANWB-leden in de provincie krijgen een uitnodiging voor de opening.
      """;

  @Test
  void theSheetInSmallPartsIsTheSheetOfTheWholeOnBothSeedsAndATextOfOurOwn() throws Exception {
    Path own = Files.createTempFile("fietsbrug", ".txt");
    try {
      Files.writeString(own, TEXT, StandardCharsets.UTF_8);
      for (Path file : List.of(Seeds.seed(Seeds.NATO), Seeds.seed(Seeds.MINISTERS))) {
        assertSameSheet(BRIEFER, file);
      }
      Briefing briefing = assertSameSheet(BRIEFER, own);
      // "nieuwe fietsbrug" is in no glossary: its English is read from where the text first uses it,
      // which in parts needs the text parsed anew.
      assertTrue(briefing.keyTerms().stream().anyMatch(t -> t.term().term().equals("nieuwe fietsbrug") && !t.english().isEmpty()),
          briefing.keyTerms().toString());
    } finally {
      Files.delete(own);
    }
  }

  @Test
  void proofreadInPartsTheSheetIsTheSheetOfTheWhole() throws Exception {
    Path own = Files.createTempFile("fietsbrug", ".txt");
    try {
      // The same text with errors a proofreader finds: "vind" for "vindt", a misspelt word.
      Files.writeString(own, TEXT.replace("Zij wil dat", "Zij vind dat").replace("lawaai", "lawaaai"), StandardCharsets.UTF_8);
      Briefing whole = assertSameSheet(BRIEFER.withChecker(Checker.create(CheckOptions.defaults())), own);
      assertTrue(whole.findings().orElseThrow().size() >= 2, "the errors are found: " + whole.findings());
    } finally {
      Files.delete(own);
    }
  }

  /** The whole's briefing, after checking that the sheet in parts is the same. */
  private static Briefing assertSameSheet(Briefer briefer, Path file) throws Exception {
    byte[] bytes = Files.readAllBytes(file);
    String name = file.getFileName().toString();
    List<Integer> offsets = new ArrayList<>();
    PARSER.parseInParts(bytes, name, PART_CHARS, (part, offset) -> offsets.add(offset));
    assertTrue(offsets.size() >= 3, name + " is in several parts: " + offsets);

    Briefing whole = new PartedBrief(PARSER, briefer, Integer.MAX_VALUE, PART_CHARS).brief(bytes, name, d -> {});
    List<Double> progress = new ArrayList<>();
    Briefing parts = new PartedBrief(PARSER, briefer, 0, PART_CHARS).brief(bytes, name, progress::add);

    assertFalse(whole.article().sentences().get(0).tokens().isEmpty(), "whole: parsed with tokens");
    assertTrue(parts.article().sentences().get(0).tokens().isEmpty(), "in parts: the whole is kept without tokens");
    assertFalse(whole.keyPoints().isEmpty(), name);
    assertFalse(whole.keyTerms().isEmpty(), name);
    assertFalse(whole.quotes().isEmpty(), name);
    assertTrue(whole.words() > 0);
    assertEquals(whole.article().wordCount(), whole.words());
    Sheet expected = SheetBuilder.layout(whole, "sha", "v");
    Sheet actual = SheetBuilder.layout(parts, "sha", "v");
    for (String format : List.of("md", "json")) {
      OutputFormat<Sheet> f = Formats.SHEET.get(format);
      assertEquals(new String(f.render(expected, FormatContext.single(), 0), StandardCharsets.UTF_8),
          new String(f.render(actual, FormatContext.single(), 0), StandardCharsets.UTF_8), name + " as " + format);
    }
    assertEquals(1.0, progress.get(progress.size() - 1), "the bar ends full");
    assertTrue(progress.size() >= offsets.size(), "the bar moves with the parts: " + progress);
    return whole;
  }
}
