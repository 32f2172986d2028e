package io.nlbrief.checker.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.languagetool.rules.spelling.CachingWordListLoader;
import org.languagetool.tokenizers.Tokenizer;
import org.languagetool.tokenizers.nl.DutchWordTokenizer;

/** The fast path gives exactly what LanguageTool's Dutch word tokenizer gives. */
class WordRunTokenizerTest {
  private final Tokenizer real = new DutchWordTokenizer();
  private final Tokenizer fast = new WordRunTokenizer(new DutchWordTokenizer());

  /** Every line the Dutch spellers load, as LanguageTool's loader hands them over (LanguageTool 6.7's file names). */
  @Test
  void sameTokensOnEveryLineOfTheSpellersWordLists() {
    CachingWordListLoader loader = new CachingWordListLoader();
    int lines = 0;
    for (String file : List.of("/nl/spelling/ignore.txt", "/nl/spelling/spelling.txt", "spelling_global.txt")) {
      for (String line : loader.loadWords(file)) {
        assertEquals(real.tokenize(line), fast.tokenize(line), line);
        lines++;
      }
    }
    // 3,909 + 148,000 + 28,725 lines in LanguageTool 6.7: the files were really read.
    assertTrue(lines > 170_000, lines + " lines");
  }

  @Test
  void wordsAndSpacesComeOutInOrder() {
    assertEquals(List.of("à", " ", "la", " ", "carte"), fast.tokenize("à la carte"));
    assertEquals(List.of("aan-en-uitknop"), fast.tokenize("aan-en-uitknop"));
    assertEquals(List.of(" ", "d'r", " ", " ", "op"), fast.tokenize(" d'r  op"));
  }

  /** Texts the fast path must hand on, each with the real tokenizer's (different) split. */
  @Test
  void handsOnWhatItCannotVouchFor() {
    assertEquals(List.of("'", "s-Gravenhage"), fast.tokenize("'s-Gravenhage"));
    assertEquals(List.of("zo", "'"), fast.tokenize("zo'"));
    assertEquals(List.of("info@nlbrief.example"), fast.tokenize("info@nlbrief.example"));
    assertEquals(List.of("www.nlbrief.example"), fast.tokenize("www.nlbrief.example"));
    assertEquals(List.of("a", "_", "b"), fast.tokenize("a_b"));
    // U+3164 HANGUL FILLER is a letter to Character.isLetter and a separator to the tokenizer.
    assertEquals(List.of("a", "\u3164", "b"), fast.tokenize("a\u3164b"));
    assertEquals(List.of(), fast.tokenize(""));
  }

  /** Random texts over an alphabet of letters, separators, quotes, @, digits and surrogates. */
  @Test
  void sameTokensOnRandomTexts() {
    String alphabet = "abcéZ9-  ' ‘’`´.:/@_,\u3164\u00a0\t";
    Random random = new Random(20261124);
    for (int n = 0; n < 200_000; n++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(12);
      for (int i = 0; i < length; i++) {
        int pick = random.nextInt(alphabet.length() + 2);
        if (pick < alphabet.length()) {
          text.append(alphabet.charAt(pick));
        } else if (pick == alphabet.length()) {
          text.append("www");
        } else {
          text.appendCodePoint(0x1F600);
        }
      }
      String s = text.toString();
      assertEquals(real.tokenize(s), fast.tokenize(s), s);
    }
  }
}
