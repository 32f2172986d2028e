package io.nlbrief.parser.internal;

import io.nlbrief.parser.LanguageGuess;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses the language of a text from its function words. Function words make up about a third of
 * running text in every European language and differ between them, so counting them is cheap,
 * deterministic and good enough to warn that a text is not Dutch, with no model to load at start-up.
 * Thread-safe.
 */
final class LanguageGuesser {
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  /** Enough running words to decide; reading more changes nothing. */
  private static final int MAX_WORDS = 3000;
  private static final int MIN_EVIDENCE = 3;

  private final Map<String, Set<String>> words;

  private LanguageGuesser(Map<String, Set<String>> words) {
    this.words = words;
  }

  static LanguageGuesser load() {
    Map<String, Set<String>> map = new LinkedHashMap<>();
    for (String line : Resources.lines("/io/nlbrief/parser/function-words.txt")) {
      int colon = line.indexOf(':');
      map.put(line.substring(0, colon).strip(), new HashSet<>(List.of(line.substring(colon + 1).strip().split("\\s+"))));
    }
    return new LanguageGuesser(map);
  }

  LanguageGuess guess(String text) {
    Map<String, Integer> hits = new HashMap<>();
    Matcher m = WORD.matcher(text);
    int seen = 0;
    while (m.find() && seen < MAX_WORDS) {
      String w = m.group().toLowerCase(Locale.ROOT);
      seen++;
      for (Map.Entry<String, Set<String>> e : words.entrySet()) {
        if (e.getValue().contains(w)) {
          hits.merge(e.getKey(), 1, Integer::sum);
        }
      }
    }
    List<String> languages = new ArrayList<>(words.keySet());
    String best = "und";
    int bestHits = 0;
    int total = 0;
    for (String lang : languages) {
      int h = hits.getOrDefault(lang, 0);
      total += h;
      if (h > bestHits) {
        best = lang;
        bestHits = h;
      }
    }
    if (bestHits < MIN_EVIDENCE) {
      return new LanguageGuess("und", 0);
    }
    double confidence = Math.round(1000.0 * bestHits / total) / 1000.0;
    return new LanguageGuess(best, confidence);
  }
}
