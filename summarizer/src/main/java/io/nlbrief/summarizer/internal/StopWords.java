package io.nlbrief.summarizer.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Dutch stop words, from the resource {@code io/nlbrief/summarizer/stopwords-nl.txt}. */
public final class StopWords {
  private static final Set<String> WORDS = load();

  private StopWords() {}

  /** Whether the lower-cased word or lemma says nothing about what a text is about. */
  public static boolean contains(String lowerCased) {
    return WORDS.contains(lowerCased);
  }

  private static Set<String> load() {
    String name = "/io/nlbrief/summarizer/stopwords-nl.txt";
    try (InputStream in = StopWords.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      Set<String> words = new HashSet<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          words.add(line.toLowerCase(Locale.ROOT));
        }
      }
      return Set.copyOf(words);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
