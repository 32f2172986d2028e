package io.nlbrief.checker.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nlbrief.checker.CheckOptions;
import io.nlbrief.checker.CheckResult;
import io.nlbrief.checker.Finding;
import io.nlbrief.checker.LanguageToolAnswer;
import io.nlbrief.parser.Article;
import io.nlbrief.parser.LanguageGuess;
import io.nlbrief.parser.Seeds;
import io.nlbrief.parser.Span;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * LanguageTool given the article in slices finds exactly what it finds given the whole article:
 * the same findings at the same offsets, and the same LanguageTool JSON answer byte for byte.
 */
class SlicedCheckTest {
  /** One slice per article (the default limit is far above these texts). */
  private static final LanguageToolChecker WHOLE = new LanguageToolChecker(CheckOptions.defaults());
  /** A slice every paragraph or two, and sentence cuts inside the long paragraph. */
  private static final int SMALL = 120;
  private static final LanguageToolChecker SLICED = new LanguageToolChecker(CheckOptions.defaults(), SMALL);

  /** Errors in most paragraphs, typed quotes, a dateline and an intertitle between them, one long paragraph. */
  private static final String ARTICLE = "Gemeente wil het centrum autovrij maken\n\n"
      + "12 maart 2026\n\n"
      + "De gemeenteraad heeft gisteren een plan besproken om de binnenstad autovrij te maken. "
      + "Het plan word volgend jaar ingevoerd, zei de wethouder.\n\n"
      + "Volgens de de wethouder is het centrum groter als vroeger en zijn de straten te smal. "
      + ",,We moeten iets doen,'' zei hij tegen de verzamelde pers.\n\n"
      + "Winkeliers\n\n"
      + "De winkeliers zijn minder enthousiast.. Zij vrezen dat klanten wegblijven als ze niet meer "
      + "met de auto kunnen komen. Een van hen zegt dat zijn zaak vorig jaar al werd verbouwt en dat "
      + "hij nu opnieuw moet investeren. Een ander vindt dat de gemeente te snel gaat en vraagt om "
      + "een proefperiode. Hij wordt daarin gesteund door een groot deel van de oppositie, die het "
      + "plan onvoldoende uitgewerkt vindt. De burgemeester belooft dat er een onderzoek komt naar de "
      + "gevolgen voor de omzet van de winkels in het centrum.\n\n"
      + "Bewoners zijn over het algemeen wel tevreden. ,,Eindelijk wordt het hier rustig,'' zegt een "
      + "vrouw die al dertig jaar aan het plein woont. Zij hoopt dat het plan snel wordt uitgevoerd.\n\n"
      + "De raad beslist volgende maand over het voorstel, dat dan ook in een hoorzitting word besproken.\n";

  private static void assertSameAsWhole(Article article) {
    assertTrue(CheckSlice.of(article, SMALL).size() > 2, "the test must cut the article");
    CheckResult whole = WHOLE.checkResult(article);
    CheckResult sliced = SLICED.checkResult(article);
    assertFalse(whole.findings().isEmpty() && article.text().contains(" word "), "errors must be found");
    assertEquals(describe(whole.findings(), article), describe(sliced.findings(), article));
    assertEquals(whole.findings(), sliced.findings());
    assertEquals(whole.sentences(), sliced.sentences());
    LanguageToolAnswer answer = new LanguageToolAnswer("a.txt", "nlbrief", "1", "2026-01-01", "nl-BE",
        new LanguageGuess("nl", 1), null);
    assertEquals(whole.toLanguageToolJson(answer), sliced.toLanguageToolJson(answer));
  }

  private static List<String> describe(List<Finding> findings, Article article) {
    return findings.stream().map(f -> f.ruleId() + " " + f.span() + " " + f.span().of(article.text())).toList();
  }

  @Test
  void aMultiParagraphArticleWithErrors() {
    Article article = Shared.parsed(ARTICLE);
    CheckResult whole = WHOLE.checkResult(article);
    // What the text holds, checked by hand: the d/t errors, the doubled article, "groter als", the
    // double full stop and the participle in -t.
    List<String> covered = whole.findings().stream().map(f -> f.span().of(ARTICLE)).toList();
    for (String error : List.of("word", "de de", "als", "..", "verbouwt")) {
      assertTrue(covered.stream().anyMatch(c -> c.contains(error)), () -> error + " not found in " + covered);
    }
    assertSameAsWhole(article);
  }

  @ParameterizedTest
  @ValueSource(strings = {Seeds.SEED_000, Seeds.SEED_003})
  void theSeeds(String seed) throws Exception {
    assertSameAsWhole(Shared.parsed(Files.readString(Seeds.path(seed))));
  }

  @ParameterizedTest
  @ValueSource(strings = {Seeds.SEED_000, Seeds.SEED_003})
  void theSeedsWithErrorsInEveryParagraph(String seed) throws Exception {
    // Each paragraph's first "de " doubled and its first " is " made " ben ": findings everywhere.
    StringBuilder out = new StringBuilder();
    for (String paragraph : Files.readString(Seeds.path(seed)).split("\n\n", -1)) {
      if (out.length() > 0) {
        out.append("\n\n");
      }
      out.append(paragraph.replaceFirst(" de ", " de de ").replaceFirst(" is ", " ben "));
    }
    Article article = Shared.parsed(out.toString());
    assertTrue(WHOLE.checkResult(article).findings().size() > 3);
    assertSameAsWhole(article);
  }

  @Test
  void slicesCoverTheTextAndCutAtParagraphsOrSentences() {
    Article article = Shared.parsed(ARTICLE);
    List<CheckSlice> slices = CheckSlice.of(article, SMALL);
    int at = 0;
    List<Integer> paragraphStarts = ArticleText.checkedParagraphs(article).stream().map(p -> p.span().start()).toList();
    List<Integer> sentenceStarts = article.sentences().stream().map(s -> s.span().start()).toList();
    for (CheckSlice slice : slices) {
      assertEquals(at, slice.span().start());
      assertTrue(at == 0 || paragraphStarts.contains(at) || sentenceStarts.contains(at), "cut at " + at);
      at = slice.span().end();
    }
    assertEquals(ARTICLE.length(), at);
    // The long paragraph (Winkeliers ...) is cut inside, at its sentences.
    int longStart = ARTICLE.indexOf("De winkeliers");
    assertTrue(slices.stream().anyMatch(s -> s.span().start() > longStart
        && s.span().start() < ARTICLE.indexOf("Bewoners")), slices::toString);
    assertEquals(List.of(new CheckSlice(new Span(0, ARTICLE.length()), CheckSlice.whole(article).paragraphs())),
        CheckSlice.of(article, CheckSlice.DEFAULT_LIMIT));
  }

  @Test
  void aDegenerateLongSentenceGoesToLanguageToolInPieces() {
    // 6,000 characters, thousands of tokens and no sentence end: LanguageTool's simple-replace
    // rules took minutes on it as one sentence (found by CheckerFuzzTest).
    String text = "Dit is de inleiding.\n\n" + "a.".repeat(3000) + "\n\nEn hier word het slot.\n";
    Article article = Shared.parsed(text);
    List<CheckSlice> slices = CheckSlice.of(article, CheckSlice.DEFAULT_LIMIT);
    assertTrue(slices.size() >= 6, slices::toString);
    int at = 0;
    for (CheckSlice slice : slices) {
      assertEquals(at, slice.span().start());
      assertTrue(slice.span().length() <= CheckSlice.SENTENCE_LIMIT + 30 || !slice.span().of(text).contains("a.a."),
          slice::toString);
      at = slice.span().end();
    }
    assertEquals(text.length(), at);
    // Still checked to the end: the d/t error after it is found.
    List<String> covered = WHOLE.checkResult(article).findings().stream().map(f -> f.span().of(text)).toList();
    assertTrue(covered.stream().anyMatch(c -> c.contains("word")), covered::toString);
  }

  /** The longest stretch of {@code text} without whitespace. */
  private static int longestRun(String text) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      run = Character.isWhitespace(text.charAt(i)) ? 0 : run + 1;
      longest = Math.max(longest, run);
    }
    return longest;
  }

  @ParameterizedTest
  @ValueSource(strings = {"a.", "x'", "1,", "ab-", "aaaa"})
  void aLongRunWithoutSpacesGoesToLanguageToolInShortPieces(String unit) {
    // LanguageTool's simple-replace rules are cubic in the tokens of a run without spaces: the
    // pieces keep such runs short, and still cover the text end to end (found by CheckerFuzzTest:
    // a 16 KB line of a.a.a.… took over a minute).
    String line = unit.repeat(3000 / unit.length());
    String text = "Dit is de inleiding.\n\n" + line + "\n\nEn hier word het slot.\n";
    Article article = Shared.parsed(text);
    List<CheckSlice> slices = CheckSlice.of(article, CheckSlice.DEFAULT_LIMIT);
    assertTrue(slices.size() >= 3000 / (2 * CheckSlice.RUN_LIMIT), slices::toString);
    int at = 0;
    for (CheckSlice slice : slices) {
      assertEquals(at, slice.span().start());
      assertTrue(slice.span().length() > 0, slices::toString);
      assertTrue(longestRun(slice.span().of(text)) < 2 * CheckSlice.RUN_LIMIT, slice::toString);
      at = slice.span().end();
    }
    assertEquals(text.length(), at);
    // Every finding lies inside the text, and the d/t error after the line is still found.
    List<Finding> findings = WHOLE.checkResult(article).findings();
    for (Finding f : findings) {
      assertTrue(f.span().start() >= 0 && f.span().end() <= text.length() && f.span().start() < f.span().end(), f::toString);
    }
    int slot = text.indexOf("word het slot");
    assertTrue(findings.stream().anyMatch(f -> f.span().start() <= slot && f.span().end() >= slot + 4),
        () -> describe(findings, article).toString());
  }

  @Test
  void aPieceThatBeginsInsideASentenceGetsNoCapitalLetterFinding() {
    // One 1,300-character sentence of lower-case words: cut into pieces, each of which LanguageTool
    // takes for a sentence of its own.
    String text = "Wij gaan " + "met de fiets naar de markt en dan ".repeat(40) + "weer naar huis.\n";
    Article article = Shared.parsed(text);
    assertTrue(CheckSlice.of(article, CheckSlice.DEFAULT_LIMIT).size() >= 2);
    List<Finding> findings = WHOLE.checkResult(article).findings();
    assertTrue(findings.stream().noneMatch(f -> f.ruleId().equals("UPPERCASE_SENTENCE_START")),
        () -> describe(findings, article).toString());
    // A real one, at the start of the article's own second sentence, is still found.
    String two = text + "\nen toen was het stil.\n";
    Article second = Shared.parsed(two);
    int at = two.indexOf("en toen");
    assertTrue(WHOLE.checkResult(second).findings().stream()
        .anyMatch(f -> f.ruleId().equals("UPPERCASE_SENTENCE_START") && f.span().start() == at));
  }

  @Test
  void aSpacedLongSentenceIsCutOnlyEveryThousandCharacters() {
    // Runs between spaces are short here, so the run limit does not cut: only the sentence limit.
    String text = "a. ".repeat(1000) + "\n";
    Article article = Shared.parsed(text);
    for (CheckSlice slice : CheckSlice.of(article, CheckSlice.DEFAULT_LIMIT)) {
      assertTrue(slice.span().end() == text.length() || slice.span().length() >= CheckSlice.SENTENCE_LIMIT - 3,
          slice::toString);
    }
  }
}
