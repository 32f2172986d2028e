package io.nlbrief.checker.internal;

import io.nlbrief.parser.WordLists;
import java.util.Set;

/** A word list shipped with the checker, read by the parser's {@link WordLists} (its one comment rule). */
final class WordList {
  private WordList() {}

  static Set<String> resource(String name) {
    return Set.copyOf(WordLists.resource(WordList.class, name));
  }
}
