package io.nlbrief.checker.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nlbrief.checker.CheckOptions;
import io.nlbrief.checker.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * LanguageTool's candidates that a filter drops as advice keep no own-rule finding off their
 * span: the comma hint over a participle and its auxiliary, hidden at the default level, must not
 * hide the d/t error in the participle ({@code verhindert had}). Shown with {@code --picky}, the hint is reported and wins.
 */
class CoveredCandidatesTest {
  private static final String TEXT = "Ze zei dat de inbraak met een beter slot verhindert had kunnen worden.";
  private static final int FROM = TEXT.indexOf("verhindert");
  private static final int TO = FROM + "verhindert".length();

  private static boolean overlapsParticiple(Finding f) {
    return f.span().start() < TO && FROM < f.span().end();
  }

  @Test
  void adviceDroppedAtTheDefaultLevelHidesNoOwnFinding() {
    List<Finding> picky = new LanguageToolChecker(CheckOptions.defaults().withPicky(true)).check(TEXT);
    // The premise: LanguageTool has a hint of its own over the participle (shown when picky).
    assertTrue(picky.stream().anyMatch(f -> overlapsParticiple(f) && !f.ruleId().startsWith("NLBRIEF_")), picky::toString);
    List<Finding> plain = new LanguageToolChecker(CheckOptions.defaults()).check(TEXT);
    assertTrue(plain.stream().anyMatch(f -> overlapsParticiple(f) && f.ruleId().startsWith("NLBRIEF_")
        && f.suggestions().contains("verhinderd")), plain::toString);
  }
}
