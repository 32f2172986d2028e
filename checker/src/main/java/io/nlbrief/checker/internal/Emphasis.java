package io.nlbrief.checker.internal;

/**
 * Accents of emphasis in Dutch ({@code Dát is waar}, {@code ík ben de schrijver}, {@code Zíj
 * hebben een fout gemaakt}), placed as the Taalunie prescribes: on a single vowel, on both
 * letters of a double vowel or of {@code ie}, {@code oe}, {@code ei}, {@code eu}, {@code ou},
 * {@code ui}, and on only the i of {@code ij}.
 */
final class Emphasis {
  private static final String ACCENTED = "áéíóúÁÉÍÓÚ";
  private static final String PLAIN = "aeiouAEIOU";

  private Emphasis() {}

  /** The word without its accents of emphasis, or null when it has none or they are not placed by the rules. */
  static String plain(String word) {
    // Called on every word of every checked article: most have no accent at all.
    if (word.chars().noneMatch(c -> ACCENTED.indexOf(c) >= 0)) {
      return null;
    }
    int first = -1;
    int last = -1;
    StringBuilder plain = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      int k = ACCENTED.indexOf(c);
      if (k >= 0) {
        if (first < 0) {
          first = i;
        }
        last = i;
        plain.append(PLAIN.charAt(k));
      } else {
        plain.append(c);
      }
    }
    if (first < 0) {
      return null;
    }
    String accented = word.substring(first, last + 1).toLowerCase(java.util.Locale.ROOT);
    String vowels = plain.substring(first, last + 1).toLowerCase(java.util.Locale.ROOT);
    boolean one = first == last
        && !(vowels.equals("i") && last + 1 < word.length() && Character.toLowerCase(word.charAt(last + 1)) == 'e')
        && !(isVowel(word, first - 1) || isVowel(word, last + 1)) || first == last && isIj(word, first);
    boolean two = last == first + 1 && accented.chars().allMatch(c -> ACCENTED.indexOf(c) >= 0)
        && (vowels.charAt(0) == vowels.charAt(1) || java.util.Set.of("ie", "oe", "ei", "eu", "ou", "ui").contains(vowels))
        && !isVowel(word, first - 1) && !isVowel(word, last + 1);
    return one || two ? plain.toString() : null;
  }

  private static boolean isIj(String word, int at) {
    return at + 1 < word.length() && Character.toLowerCase(word.charAt(at + 1)) == 'j' && !isVowel(word, at - 1);
  }

  private static boolean isVowel(String word, int at) {
    return at >= 0 && at < word.length() && "aeiouAEIOUáéíóúÁÉÍÓÚ".indexOf(word.charAt(at)) >= 0;
  }
}
