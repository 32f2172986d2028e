package io.nlbrief.summarizer.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.nlbrief.parser.DutchAnalyzer;
import io.nlbrief.parser.Sentence;
import io.nlbrief.summarizer.gloss.GlossLine;
import io.nlbrief.summarizer.gloss.Glossary;
import io.nlbrief.summarizer.gloss.Glosser;
import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;

/**
 * The gloss engine on arbitrary text (a unit test over {@code GlossFuzzTestInputs/glossAnyText/},
 * a fuzzer with {@code JAZZER_FUZZ=1}): a line for every sentence, no exception, coverage a share,
 * a gloss token for every token of the sentence at its span, and an English order that is a
 * permutation of them. The English order is built on the parser's syntactic analysis (clauses,
 * subjects, verb clusters), so a malformed analysis shows here as an exception or a bad order.
 */
class GlossFuzzTest {
  private static final Glosser GLOSSER = new Glosser(Glossary.defaultGlossary());
  private static final DutchAnalyzer ANALYZER = DutchAnalyzer.shared();

  @FuzzTest(maxDuration = "30s")
  void glossAnyText(byte[] input) {
    Sentence sentence = ANALYZER.analyseFragment(new String(input, StandardCharsets.UTF_8));
    GlossLine line = GLOSSER.gloss(sentence);
    assertEquals(sentence.text(), line.dutch());
    assertTrue(line.glossedWords() >= 0 && line.glossedWords() <= line.countedWords(), line::toString);
    assertTrue(line.coverage() >= 0 && line.coverage() <= 1, line::toString);
    assertEquals(sentence.tokens().size(), line.tokens().size(), line::toString);
    for (int i = 0; i < line.tokens().size(); i++) {
      assertEquals(sentence.tokens().get(i).span(), line.tokens().get(i).span(), line::toString);
    }
    assertEquals(IntStream.range(0, line.tokens().size()).boxed().toList(), line.order().stream().sorted().toList(),
        () -> "the English order is no permutation of the tokens: " + line);
    assertTrue(line.english() != null && line.literal() != null, line::toString);
  }
}
