package io.nlbrief.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.languagetool.tagging.TaggedWord;

class DutchLexiconTest {
  private static final DutchLexicon LEXICON = new DutchLexicon();

  @Test
  void readsThroughLanguageToolsOwnTagger() {
    // Fails when a LanguageTool upgrade hides the word tagger: the lexicon then builds its own,
    // and a cold check reads the removed forms twice again.
    assertTrue(LEXICON.sharesLanguageToolsTagger());
  }

  @Test
  void sharedTaggerAnswersAsATaggerOfOurOwn() throws IOException {
    List<String> words = new ArrayList<>(List.of("woorden", "liep", "hun", "stond", "geval", "wist", "Amsterdam"));
    // Forms from both of LanguageTool's manual lists, where a differently built tagger would differ.
    words.addAll(forms("/org/languagetool/resource/nl/added.txt", 200));
    words.addAll(forms("/org/languagetool/resource/nl/removed.txt", 200));
    int tagged = 0;
    for (String word : words) {
      List<String> shared = LEXICON.dictionaryReadings(word).stream().map(r -> r.lemma() + "/" + r.tag()).toList();
      List<String> own = DutchLexicon.unsharedReadings(word).stream().filter(w -> w.getPosTag() != null).map(DutchLexiconTest::reading).distinct().toList();
      assertEquals(own, shared, word);
      if (!shared.isEmpty()) {
        tagged++;
      }
    }
    assertTrue(tagged > 200, "most sample words are in the dictionary: " + tagged);
  }

  @Test
  void aRemovedReadingIsNotGiven() throws IOException {
    // Every sampled line of removed.txt is a reading the dictionary must no longer give.
    for (String line : lines("/org/languagetool/resource/nl/removed.txt", 100)) {
      String[] f = line.split("\t");
      List<String> readings = LEXICON.dictionaryReadings(f[0]).stream().map(r -> r.lemma() + "/" + r.tag()).toList();
      assertFalse(readings.contains(f[1] + "/" + f[2]), line);
    }
  }

  private static String reading(TaggedWord w) {
    return w.getLemma() + "/" + w.getPosTag();
  }

  private static List<String> forms(String resource, int limit) throws IOException {
    return lines(resource, limit).stream().map(l -> l.split("\t")[0]).toList();
  }

  private static List<String> lines(String resource, int limit) throws IOException {
    List<String> out = new ArrayList<>();
    try (InputStream in = Objects.requireNonNull(DutchLexiconTest.class.getResourceAsStream(resource), resource);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null && out.size() < limit; ) {
        if (!line.startsWith("#") && line.split("\t").length == 3) {
          out.add(line);
        }
      }
    }
    return out;
  }
}
