package io.nlbrief.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Stretches of English inside Dutch sentences are tagged {@code X}, as UD does, and Dutch titles,
 * names and words around them are not; sentences written for this test, with LanguageTool's real
 * dictionaries.
 */
class ForeignStretchTest {
  private final DutchAnalyzer analyzer = DutchAnalyzer.shared();

  private List<UPos> tags(String text, String... words) {
    Sentence s = analyzer.analyseFragment(text);
    List<String> wanted = List.of(words);
    return s.tokens().stream().filter(t -> wanted.contains(t.text())).map(Token::upos).collect(Collectors.toList());
  }

  @Test
  void aQuotedEnglishTitleIsForeign() {
    // Words the Dutch dictionary also knows (star: stiff, blues; room: cream; of: or) do not make it Dutch.
    assertEquals(List.of(UPos.X, UPos.X, UPos.X),
        tags("Haar debuut 'Highway Star Blues' kwam uit in 1971.", "Highway", "Star", "Blues"));
    assertEquals(List.of(UPos.X, UPos.X, UPos.X, UPos.X),
        tags("De roman 'A Room of Mirrors' las ik twee keer.", "A", "Room", "of", "Mirrors"));
    assertEquals(List.of(UPos.X, UPos.X, UPos.X),
        tags("Het album 'Dancing with Strangers' werd goed ontvangen.", "Dancing", "with", "Strangers"));
  }

  @Test
  void anUnquotedEnglishStretchWithALowerCaseEnglishWordIsForeign() {
    assertEquals(List.of(UPos.X, UPos.X, UPos.X, UPos.X, UPos.X, UPos.X),
        tags("Zijn advies aan jonge ondernemers: think big and never look back, ook na een tegenslag.",
            "think", "big", "and", "never", "look", "back"));
  }

  @Test
  void dutchTitlesNamesAndInstitutionsStayDutch() {
    // A quoted Dutch title.
    tags("Het lied 'Morgen komt de zon' werd een hit.", "Morgen", "komt", "zon")
        .forEach(t -> assertNotEquals(UPos.X, t));
    // A run of names without an English function word.
    tags("Volgens Human Rights Watch is de situatie ernstig.", "Human", "Rights", "Watch")
        .forEach(t -> assertNotEquals(UPos.X, t));
    // An English institution after a Dutch article.
    tags("Hij sprak in het House of Lords over de begroting.", "House", "Lords")
        .forEach(t -> assertNotEquals(UPos.X, t));
    // A single quoted word is a term, not a stretch.
    tags("Ze noemde het plan 'onzin' en vertrok.", "onzin").forEach(t -> assertNotEquals(UPos.X, t));
  }
}
