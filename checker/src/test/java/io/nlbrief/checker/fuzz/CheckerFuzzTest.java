package io.nlbrief.checker.fuzz;

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
 * every finding's span inside the text, in text order.
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
      assertTrue(f.span().end() <= text.length(), () -> f + " beyond " + text.length());
      assertTrue(f.span().start() >= previous, "findings in text order");
      assertTrue(f.line() >= 1 && f.column() >= 1, f::toString);
      previous = f.span().start();
    }
  }
}
