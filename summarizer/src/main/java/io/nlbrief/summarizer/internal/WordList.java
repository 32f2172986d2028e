package io.nlbrief.summarizer.internal;

import io.nlbrief.parser.WordLists;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** A lower-cased word list from a resource, read by the parser's {@link WordLists} (its one comment rule). */
final class WordList {
  private WordList() {}

  static Set<String> load(String resource) {
    return WordLists.resource(WordList.class, resource).stream()
        .map(w -> w.toLowerCase(Locale.ROOT))
        .collect(Collectors.toUnmodifiableSet());
  }
}
