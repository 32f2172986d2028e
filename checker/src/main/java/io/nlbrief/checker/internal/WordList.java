package io.nlbrief.checker.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/** A word list shipped with the checker: one word a line, {@code #} starts a comment. */
final class WordList {
  private WordList() {}

  static Set<String> resource(String name) {
    Set<String> words = new HashSet<>();
    try (InputStream in = WordList.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = lines.readLine()) != null) {
        int hash = line.indexOf('#');
        String word = (hash < 0 ? line : line.substring(0, hash)).strip();
        if (!word.isEmpty()) {
          words.add(word);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(words);
  }
}
