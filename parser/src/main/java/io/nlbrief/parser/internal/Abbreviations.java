package io.nlbrief.parser.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Dutch abbreviations that carry a full stop, read from {@code abbreviations.txt}. */
final class Abbreviations {
  private final Map<String, Boolean> canEndSentence;

  private Abbreviations(Map<String, Boolean> canEndSentence) {
    this.canEndSentence = canEndSentence;
  }

  static Abbreviations load() {
    Map<String, Boolean> map = new HashMap<>();
    for (String line : Resources.lines("/io/nlbrief/parser/abbreviations.txt")) {
      boolean canEnd = line.endsWith("*");
      String abbr = canEnd ? line.substring(0, line.length() - 1) : line;
      map.put(abbr.toLowerCase(Locale.ROOT), canEnd);
    }
    return new Abbreviations(map);
  }

  /** Whether {@code candidate} (ending in a full stop) is a known abbreviation. */
  boolean contains(String candidate) {
    return canEndSentence.containsKey(candidate.toLowerCase(Locale.ROOT));
  }

  /** Whether the abbreviation may also close a sentence ({@code enz.}, {@code etc.}). */
  boolean canEndSentence(String candidate) {
    return canEndSentence.getOrDefault(candidate.toLowerCase(Locale.ROOT), Boolean.TRUE);
  }
}
