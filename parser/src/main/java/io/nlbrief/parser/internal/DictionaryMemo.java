package io.nlbrief.parser.internal;

import io.nlbrief.parser.Token.Reading;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A dictionary's answers remembered: the tree rules ask whether a particle and a verb make a verb
 * ({@code weg} + {@code sturen}) for every verb of a particle's clause, the lemmatiser and the
 * foreign-stretch test ask about the same words sentence after sentence, and each question to
 * LanguageTool's dictionary walks its automaton and builds new readings. The answers are the
 * dictionary's own, unmodifiable. Thread-safe; bounded like {@link DutchLexicon}'s cache.
 */
final class DictionaryMemo implements Function<String, List<Reading>> {
  /** Bounds the memory of words asked about; the rules' joined verbs and news vocabulary rarely reach it. */
  private static final int LIMIT = 200_000;

  private final Function<String, List<Reading>> dictionary;
  private final ConcurrentHashMap<String, List<Reading>> known = new ConcurrentHashMap<>();

  DictionaryMemo(Function<String, List<Reading>> dictionary) {
    this.dictionary = dictionary;
  }

  @Override
  public List<Reading> apply(String word) {
    List<Reading> readings = known.get(word);
    if (readings == null) {
      readings = List.copyOf(dictionary.apply(word));
      if (known.size() >= LIMIT) {
        known.clear();
      }
      known.put(word, readings);
    }
    return readings;
  }
}
