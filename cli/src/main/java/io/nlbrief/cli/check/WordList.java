package io.nlbrief.cli.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/** A user word list: UTF-8, one word per line; blank lines and lines starting with # are skipped. */
public final class WordList {
  private WordList() {}

  public static Set<String> read(Path file) throws IOException {
    Set<String> words = new LinkedHashSet<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String word = line.strip();
      if (word.startsWith("\uFEFF")) {
        word = word.substring(1);
      }
      if (!word.isEmpty() && !word.startsWith("#")) {
        words.add(word);
      }
    }
    return words;
  }
}
