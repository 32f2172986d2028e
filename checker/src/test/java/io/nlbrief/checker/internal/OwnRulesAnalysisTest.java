package io.nlbrief.checker.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nlbrief.parser.DutchAnalyzer;
import io.nlbrief.parser.Sentence;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The own rules read the parser's clause analysis only for a sentence with a candidate the
 * tokens alone cannot settle: a sentence without one is never analysed (on a cold start that
 * keeps the syntax model unloaded), and its findings do not change for it.
 */
class OwnRulesAnalysisTest {
  private static final List<OwnRule> RULES = List.of(new DtRule(), new AuxiliaryParticipleRule(), new DanAlsRule());

  /** The sentence of {@code text}, analysed on demand by the shared analyser, counting each analysis. */
  private static Sentence counted(String text, AtomicInteger analyses) {
    Sentence tagged = Shared.parsed(text).sentences().get(0);
    DutchAnalyzer shared = DutchAnalyzer.shared();
    DutchAnalyzer counting = new DutchAnalyzer() {
      @Override
      public Sentence analyse(Sentence sentence) {
        analyses.incrementAndGet();
        return shared.analyse(sentence);
      }

      @Override
      public Sentence analyseFragment(String fragment) {
        return shared.analyseFragment(fragment);
      }
    };
    return Sentence.analysedOnDemand(
        new Sentence(tagged.index(), tagged.paragraph(), tagged.text(), tagged.span(), tagged.tokens()), counting);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // no d/t form, participle or comparative the rules would judge
      "De NAVO stuurt zeven Russische diplomaten weg.|0|0",
      "Het overleg is op een lager pitje gezet.|0|0",
      // stems settled by their neighbours: ik before, an imperative first in the sentence
      "Ik vind het prima.|0|0",
      "Stuur het formulier vandaag nog door.|0|0",
      // a candidate whose subject only the analysis knows: analysed, once for all three rules
      "De jaarlijkse optocht vind elke zomer plaats.|1|1",
      "Hij legt uit wat hij met die naam bedoeld.|1|1",
      "Er zijn gisteren twee ongelukken gebeurt.|1|1",
  })
  void analysesOnlySentencesWithAnOpenCandidate(String text, int expectedAnalyses, int expectedMatches) {
    AtomicInteger analyses = new AtomicInteger();
    Sentence sentence = counted(text, analyses);
    int matches = RULES.stream().mapToInt(r -> r.match(sentence, Shared.tags()).size()).sum();
    assertEquals(expectedAnalyses, analyses.get(), "analyses of: " + text);
    assertEquals(expectedMatches, matches, "matches on: " + text);
  }
}
