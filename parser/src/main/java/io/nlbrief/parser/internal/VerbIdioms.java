package io.nlbrief.parser.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Verb expressions with a fixed prepositional part ({@code uit de bus komen}, {@code om het leven
 * brengen}), from {@code verb-idioms.txt}: the words of the part, keyed by its first word, and the
 * verb lemmas it goes with. Immutable once loaded.
 */
final class VerbIdioms {
  /** One expression: its words after the first, and the verbs it takes. */
  record Idiom(List<String> rest, Set<String> verbs) {}

  private static final class Holder {
    static final VerbIdioms INSTANCE = new VerbIdioms(Resources.lines("/io/nlbrief/parser/verb-idioms.txt"));
  }

  /**
   * The expressions by their first and second word (every fixed part has two words or more), so
   * that a preposition such as {@code in}, which opens twenty of them, is matched against only
   * those that go on with the word after it.
   */
  private final Map<String, Map<String, List<Idiom>>> byFirstWords;

  VerbIdioms(List<String> lines) {
    Map<String, List<Idiom>> map = new HashMap<>();
    for (String line : lines) {
      String[] parts = line.split("\t");
      if (parts.length != 2) {
        throw new IllegalArgumentException("verb-idioms.txt: not 'words<TAB>verbs': " + line);
      }
      List<String> words = List.of(parts[0].strip().split(" +"));
      map.computeIfAbsent(words.get(0), k -> new ArrayList<>())
          .add(new Idiom(words.subList(1, words.size()), Set.of(parts[1].strip().split(" +"))));
    }
    Map<String, Map<String, List<Idiom>>> index = new HashMap<>();
    map.forEach((first, idioms) -> {
      Map<String, List<Idiom>> bySecond = new HashMap<>();
      for (Idiom idiom : idioms) {
        if (idiom.rest().isEmpty()) {
          throw new IllegalArgumentException("verb-idioms.txt: a fixed part of one word: " + first);
        }
        bySecond.computeIfAbsent(idiom.rest().get(0), k -> new ArrayList<>()).add(idiom);
      }
      bySecond.replaceAll((k, v) -> List.copyOf(v));
      index.put(first, Map.copyOf(bySecond));
    });
    this.byFirstWords = Map.copyOf(index);
  }

  static VerbIdioms shared() {
    return Holder.INSTANCE;
  }

  /** The expressions whose fixed part starts at word {@code i} (lower-cased forms). */
  List<Idiom> startingAt(List<UdTagger.Word> words, int i) {
    Map<String, List<Idiom>> bySecond = byFirstWords.get(words.get(i).lower());
    if (bySecond == null || i + 1 >= words.size()) {
      return List.of();
    }
    List<Idiom> candidates = bySecond.get(words.get(i + 1).lower());
    if (candidates == null) {
      return List.of();
    }
    List<Idiom> out = new ArrayList<>(1);
    for (Idiom idiom : candidates) { // in the file's order, as before the index
      int n = idiom.rest().size();
      boolean all = i + n < words.size();
      for (int k = 1; all && k < n; k++) {
        all = words.get(i + 1 + k).lower().equals(idiom.rest().get(k));
      }
      if (all) {
        out.add(idiom);
      }
    }
    return out;
  }
}
