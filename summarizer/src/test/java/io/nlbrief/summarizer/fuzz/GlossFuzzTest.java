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

/**
 * The gloss engine on arbitrary text (a unit test over {@code GlossFuzzTestInputs/glossAnyText/},
 * a fuzzer with {@code JAZZER_FUZZ=1}): a line for every sentence, no exception, coverage a share.
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
  }
}
