package io.nlbrief.checker;

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
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The checker on the seeds and on real errors injected into them, through the public API. */
class CheckerTest {
  private static final Checker CHECKER = Checker.create(CheckOptions.defaults());
  private static final ArticleParser PARSER = ArticleParser.create(ParseOptions.defaults());

  private static Article seed(String name) throws Exception {
    return PARSER.parse(Seeds.path(name), name);
  }

  private static String seedText(String name) throws Exception {
    return Files.readString(Seeds.path(name));
  }

  @Test
  void seed000HasNoFalseAlarms() throws Exception {
    List<Finding> findings = CHECKER.check(seed(Seeds.SEED_000));
    // The only defensible hint is the time notation 15u38 on the dateline, which is not checked.
    assertEquals(List.of(), findings.stream().map(Finding::ruleId).toList());
  }

  @Test
  void seed003HasOnlyTheNameSpellingHint() throws Exception {
    Article article = seed(Seeds.SEED_003);
    List<Finding> findings = CHECKER.check(article);
    for (Finding f : findings) {
      assertTrue(f.span().of(article.text()).contains("Navalny"), () -> "unexpected " + f);
    }
  }

  /** Replaces the first {@code original} after {@code anchor} in a seed and expects a finding covering it. */
  @ParameterizedTest(name = "{1} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "000_9f455500eaf14fbe.txt|Hij hekelde|Hij hekel|Hij hekel",
      "000_9f455500eaf14fbe.txt|De NAVO blijft|De NAVO blijf|blijf",
      "000_9f455500eaf14fbe.txt|Ook in Afghanistan wordt samengewerkt|Ook in Afghanistan word samengewerkt|word",
      "000_9f455500eaf14fbe.txt|zeven Russische diplomaten|zeven Russische diplomatne|diplomatne",
      "000_9f455500eaf14fbe.txt|zeven Russische diplomaten weg|zeven Russische diplomaten weg. hij word morgen ontslagen|hij word",
      "003_25caa356529a62af.txt|Tot slot hekelen|Tot slot ik wordt boos en hekelen|ik wordt",
      "003_25caa356529a62af.txt|vergadering onder meer|vergadering bij de ambasade onder meer|ambasade",
      "003_25caa356529a62af.txt|voor de NAVO-Rusland-Raad|voor de de NAVO-Rusland-Raad|de de",
      "003_25caa356529a62af.txt|Ook de mensen|ook de mensen|ook",
      "003_25caa356529a62af.txt|Ook de mensen|Hun hebben gelijk. Ook de mensen|Hun hebben",
      "003_25caa356529a62af.txt|Daarnaast zijn er|Het gebeurd gisteren. Daarnaast zijn er|gebeurd",
      "003_25caa356529a62af.txt|Daarnaast zijn er|Hij vind het erg. Daarnaast zijn er|vind",
      "003_25caa356529a62af.txt|Daarnaast zijn er|Rusland is groter als Georgië. Daarnaast zijn er|als",
      "003_25caa356529a62af.txt|voor de NAVO-lidstaten|voor de NAVO-diplomatne|NAVO-diplomatne",
  })
  void injectedErrorIsFoundAtItsOffset(String seed, String original, String injected, String error) throws Exception {
    String text = seedText(seed);
    assertTrue(text.contains(original), original);
    String changed = text.replaceFirst(java.util.regex.Pattern.quote(original), java.util.regex.Matcher.quoteReplacement(injected));
    int at = text.indexOf(original) + injected.indexOf(error);
    List<Finding> findings = CHECKER.check(changed);
    assertTrue(findings.stream().anyMatch(f -> f.span().start() <= at && at < f.span().end()),
        () -> "no finding at " + at + " (" + error + "): " + findings);
  }

  @Test
  void lineAndColumnAreOneBasedInTheOriginalText() {
    String text = "Dit is goed.\n\nGisteren zag ik de de man.\n";
    List<Finding> findings = CHECKER.check(text);
    assertEquals(1, findings.size(), findings::toString);
    Finding f = findings.get(0);
    assertEquals("de de", f.span().of(text));
    assertEquals(3, f.line());
    assertEquals(17, f.column()); // "Gisteren zag ik " is 16 characters
    assertEquals("DUBBEL_DE", f.ruleId());
    assertEquals(List.of("de"), f.suggestions());
    assertFalse(f.explanation().isBlank());
  }

  /** Two extra checkers (each builds its own LanguageTool) cover every option between them. */
  @Test
  void optionsDisableRulesAndCategoriesAddWordsAndChooseTheVariant() {
    String text = "Gisteren zag ik de de man. Hij is groter als zijn broer. De zorgcoördinatrix kwam.";
    assertEquals(List.of("DUBBEL_DE", "NLBRIEF_DAN_ALS", "MORFOLOGIK_RULE_NL_NL"), ids(CHECKER.check(text)));

    Checker own = Checker.create(CheckOptions.defaults()
        .withDisabledRules(Set.of("dubbel_de"))
        .withUserWords(Set.of("zorgcoördinatrix"))
        .withPicky(true));
    // Picky switches on LanguageTool's own GROTERE_ALS, which then reports what NLBRIEF_DAN_ALS would.
    assertEquals(List.of("GROTERE_ALS"), ids(own.check(text)));
    // Style advice (z'n: "Net iets netter in schrijftaal is: zijn") only at the picky level.
    String casual = "Hij pakte z'n tas en ging.";
    assertEquals(List.of(), ids(CHECKER.check(casual)));
    assertEquals(List.of("ZN"), ids(own.check(casual)));

    Checker dutch = Checker.create(CheckOptions.defaults()
        .withDisabledCategories(Set.of("grammar"))
        .withEnabledRules(Set.of("DUBBEL_DE"))
        .withVariant(DutchVariant.NETHERLANDS));
    assertEquals(DutchVariant.NETHERLANDS, dutch.options().variant());
    assertEquals(List.of("DUBBEL_DE", "MORFOLOGIK_RULE_NL_NL"), ids(dutch.check(text)));
    assertEquals(DutchVariant.BELGIUM, DutchVariant.parse("nl-BE"));
    assertEquals(DutchVariant.NETHERLANDS, DutchVariant.parse("NL"));
    assertThrows(IllegalArgumentException.class, () -> DutchVariant.parse("fr"));
  }

  @Test
  void badInput() {
    assertEquals(List.of(), CHECKER.check(""));
    assertEquals(List.of(), CHECKER.check(" \n\t "));
    IllegalArgumentException binary = assertThrows(IllegalArgumentException.class, () -> CHECKER.check("\u0000\u0001\u0002\u0003"));
    assertTrue(binary.getMessage().contains("binary"), binary.getMessage());
    // Punctuation only, or not Dutch: checked without failing.
    CHECKER.check(";;; ... !!!");
    CHECKER.check("This is an English sentence about the weather.");
  }

  @Test
  void threadsShareOneCheckerSafely() throws Exception {
    String text = "Gisteren zag ik de de man.";
    List<Finding> expected = CHECKER.check(text);
    Thread[] threads = new Thread[2];
    List<List<Finding>> results = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    for (int i = 0; i < threads.length; i++) {
      threads[i] = new Thread(() -> results.add(CHECKER.check(text)));
      threads[i].start();
    }
    for (Thread t : threads) {
      t.join();
    }
    assertEquals(List.of(expected, expected), results);
  }

  private static List<String> ids(List<Finding> findings) {
    return findings.stream().map(Finding::ruleId).collect(Collectors.toList());
  }
  @Test
  void suppressionMarkerSilencesItsLineAndNotTheNext() {
    String text = "Hij word morgen ontslagen. <!-- nlbrief-disable-line -->\n\nZij word morgen ontslagen.\n";
    List<Finding> findings = CHECKER.check(text);

    assertFalse(findings.isEmpty(), "the unmarked line keeps its d/t finding");
    assertTrue(findings.stream().allMatch(f -> f.line() == 3), findings.toString());
  }

  @Test
  void suppressionMarkerForOneRuleLeavesTheMarkerUnreported() {
    String text = "Zij word morgen ontslagen.\n% nlbrief-disable-next-line MORFOLOGIK_RULE_NL_NL -- a name\nDe Qwertyzaal is vol.\n";
    List<Finding> findings = CHECKER.check(text);

    assertTrue(findings.stream().noneMatch(f -> f.line() >= 2), findings.toString());
    assertTrue(findings.stream().anyMatch(f -> f.line() == 1), findings.toString());
  }
}
