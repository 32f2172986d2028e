package io.nlbrief.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class VerbIdiomsTest {
  private static final VerbIdioms IDIOMS = new VerbIdioms(List.of(
      "in de war\tbrengen raken",
      "in de gaten\thouden",
      "in elkaar\tzetten",
      "op de hoogte\tbrengen houden"));

  private static List<UdTagger.Word> words(String sentence) {
    List<UdTagger.Word> out = new ArrayList<>();
    for (String w : sentence.split(" ")) {
      out.add(new UdTagger.Word(w, w.toLowerCase(Locale.ROOT), List.of()));
    }
    return out;
  }

  private static List<String> parts(String sentence, int i) {
    return IDIOMS.startingAt(words(sentence), i).stream().map(idiom -> String.join(" ", idiom.rest())).toList();
  }

  @Test
  void findsTheExpressionThatGoesOnWithTheWordsAfterThePreposition() {
    assertEquals(List.of("elkaar"), parts("Hij zette de kast in elkaar", 4));
    assertEquals(List.of("de", "war"), IDIOMS.startingAt(words("Dat bracht haar in de war"), 3).get(0).rest());
    assertEquals(List.of("de gaten"), parts("Zij hield het In de gaten", 3)); // lower-cased forms
  }

  @Test
  void findsNoneWhereTheWordsGoOnOtherwise() {
    assertTrue(parts("Hij woont in de stad", 2).isEmpty()); // in de …, but no expression
    assertTrue(parts("Zij kwam in", 2).isEmpty()); // the preposition ends the sentence
    assertTrue(parts("Zij bleef op de", 2).isEmpty()); // the part breaks off
    assertTrue(parts("Hij liep naar elkaar", 2).isEmpty()); // no expression opens with naar
  }

  @Test
  void refusesAFixedPartOfOneWord() {
    assertThrows(IllegalArgumentException.class, () -> new VerbIdioms(List.of("weg\tsturen")));
  }
}
