package io.nlbrief.checker.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.nlbrief.checker.CheckOptions;
import io.nlbrief.checker.Checker;
import io.nlbrief.checker.Finding;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The checker on arbitrary text (a unit test over {@code CheckerFuzzTestInputs/checkAnyText/}, a
 * fuzzer with {@code JAZZER_FUZZ=1}): no exception but the documented refusal of binary data, and
 * every finding's span inside the text, in text order, with the line and column of its start.
 * The checker reads the parser's syntactic analysis (its d/t rules look at clauses and
 * subjects), so a malformed analysis shows here as an exception.
 */
class CheckerFuzzTest {
  private static final Checker CHECKER = Checker.create(CheckOptions.defaults());

  @FuzzTest(maxDuration = "30s")
  void checkAnyText(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    List<Finding> findings;
    try {
      findings = CHECKER.check(text);
    } catch (IllegalArgumentException refusedAsNotText) {
      return;
    }
    int previous = -1;
    for (Finding f : findings) {
      assertTrue(f.span().start() >= 0 && f.span().start() <= f.span().end() && f.span().end() <= text.length(),
          () -> f + " beyond " + text.length());
      assertTrue(f.span().start() >= previous, "findings in text order");
      int start = f.span().start();
      int line = 1 + (int) text.substring(0, start).chars().filter(c -> c == '\n').count();
      int column = start - text.lastIndexOf('\n', start - 1);
      assertEquals(line, f.line(), f::toString);
      assertEquals(column, f.column(), f::toString);
      assertTrue(f.suggestions().stream().allMatch(r -> r != null), f::toString);
      previous = f.span().start();
    }
  }
}
