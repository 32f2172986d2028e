package io.nlbrief.checker.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import morfologik.speller.Speller;
import morfologik.stemming.Dictionary;

/**
 * LanguageTool's British English speller dictionary (from {@code english-pos-dict}, the one its
 * own English module uses), to tell an English word inside Dutch text ({@code powerful}, {@code
 * owl}) from a Dutch misspelling. Loaded on first use, about 0.7 MB; the automaton is immutable and
 * shared, the speller over it is per caller (morfologik's speller keeps buffers).
 */
final class EnglishDictionary {
  private static final String RESOURCE = "/org/languagetool/resource/en/hunspell/en_GB.dict";

  private EnglishDictionary() {}

  /** A new speller over the shared dictionary; not thread-safe. */
  static Speller speller() {
    return new Speller(Holder.DICTIONARY);
  }

  private static final class Holder {
    static final Dictionary DICTIONARY = load();

    private static Dictionary load() {
      URL url = EnglishDictionary.class.getResource(RESOURCE);
      if (url == null) {
        throw new IllegalStateException("English dictionary missing from the class path: " + RESOURCE);
      }
      try {
        return Dictionary.read(url);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
