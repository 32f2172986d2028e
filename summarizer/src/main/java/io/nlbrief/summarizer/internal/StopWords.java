package io.nlbrief.summarizer.internal;

import java.util.Set;

/** Dutch stop words, from the resource {@code io/nlbrief/summarizer/stopwords-nl.txt}. */
public final class StopWords {
  private static final Set<String> WORDS = WordList.load("/io/nlbrief/summarizer/stopwords-nl.txt");

  private StopWords() {}

  /** Whether the lower-cased word or lemma says nothing about what a text is about. */
  public static boolean contains(String lowerCased) {
    return WORDS.contains(lowerCased);
  }
}
