package io.nlbrief.cli.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nlbrief.checker.CheckOptions;
import io.nlbrief.checker.Checker;
import io.nlbrief.checker.Finding;
import io.nlbrief.checker.LanguageToolAnswer;
import io.nlbrief.cli.common.Input;
import io.nlbrief.parser.ArticleParser;
import io.nlbrief.parser.ParseOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A text checked in parts gives the findings of the same text checked whole, offsets and all. */
class PartedCheckTest {
  private static final ArticleParser PARSER = ArticleParser.create(ParseOptions.defaults());
  private static final Checker CHECKER = Checker.create(CheckOptions.defaults());

  /** Sentences of our own, an error in most paragraphs, some paragraphs on two lines. */
  private static final String TEXT = """
      Gemeente bouwt nieuwe brug over de rivier

      De gemeenteraad heeft gisteren besloten dat er een nieuwe brug komt. De wethouder vind het een goed plan.

      Volgens Jan de Vries, de wethouder van verkeer, is de oude brug te smal voor het verkeer van nu.
      De Vries zei dat de bouw in het voorjaar begint.

      Bewoners zijn niet allemaal blij. Zij vrezen overlast tijdens de werkzaamheeden.

      ,,We hebben hier al jaren last van vrachtwagens'', zegt een buurvrouw. Ze word er moe van.

      De kosten worden geschat op twaalf miljoen euro. Het Rijk betaald een deel daarvan.

      In de zomer volgt een inspraakavond voor alle bewoners van de wijk.
      """;

  @Test
  void findingsInPartsAreTheFindingsOfTheWholeText(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("brug.txt");
    Files.writeString(file, TEXT, StandardCharsets.UTF_8);
    Input in = new Input.File(file, file.toString());
    Checked whole = new PartedCheck(PARSER, CHECKER).check(in, "nl-BE", d -> {});
    List<Double> progress = new ArrayList<>();
    // Every paragraph a part of its own (a part begins where a paragraph begins once 1 character is reached).
    Checked parts = new PartedCheck(PARSER, CHECKER, 0, 1).check(in, "nl-BE", progress::add);

    assertTrue(whole.findings().size() >= 3, "the seeded errors are found: " + whole.findings());
    assertEquals(describe(whole.findings()), describe(parts.findings()));
    assertEquals(TEXT, parts.article().text());
    for (Finding f : parts.findings()) {
      assertEquals(whole.article().text().substring(f.span().start(), f.span().end()),
          parts.article().text().substring(f.span().start(), f.span().end()));
    }
    LanguageToolAnswer answer = new LanguageToolAnswer(file.toString(), "nlbrief", "test", null, "nl-BE",
        whole.article().language(), null);
    assertEquals(whole.result().toLanguageToolJson(answer), parts.result().toLanguageToolJson(answer));
    assertEquals(whole.article().sentences().stream().map(s -> s.span()).toList(),
        parts.article().sentences().stream().map(s -> s.span()).toList());
    assertEquals(1.0, progress.get(progress.size() - 1));
  }

  private static List<String> describe(List<Finding> findings) {
    return findings.stream().map(f -> f.ruleId() + " " + f.span() + " " + f.line() + ":" + f.column() + " "
        + f.message() + " " + f.suggestions()).toList();
  }
}
