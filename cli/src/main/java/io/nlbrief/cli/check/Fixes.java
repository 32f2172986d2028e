package io.nlbrief.cli.check;

import io.nlbrief.checker.Finding;
import java.util.Comparator;
import java.util.List;

/** The text with the single suggestion of each unambiguous finding applied; overlapping fixes keep the first. */
public final class Fixes {
  private Fixes() {}

  /** How many fixes {@link #apply} makes of {@code findings}. */
  public static int count(List<Finding> findings) {
    int at = 0;
    int count = 0;
    for (Finding f : fixable(findings)) {
      if (f.span().start() >= at) {
        count++;
        at = f.span().end();
      }
    }
    return count;
  }

  private static List<Finding> fixable(List<Finding> findings) {
    return findings.stream().filter(f -> f.unambiguousFix() != null)
        .sorted(Comparator.comparingInt((Finding f) -> f.span().start())).toList();
  }

  public static String apply(String text, List<Finding> findings) {
    List<Finding> fixable = fixable(findings);
    StringBuilder out = new StringBuilder(text.length());
    int at = 0;
    for (Finding f : fixable) {
      if (f.span().start() < at) {
        continue;
      }
      out.append(text, at, f.span().start()).append(f.unambiguousFix());
      at = f.span().end();
    }
    return out.append(text, at, text.length()).toString();
  }
}
