package io.nlbrief.parser.internal;

import io.nlbrief.parser.EnglishWords;
import io.nlbrief.parser.Token.Reading;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A stretch of another language inside Dutch text, such as the English title of a song or a book
 * ({@code het album 'Songs for the Road'}), is not Dutch grammar: UD tags each of its words
 * {@code X} ({@code Foreign=Yes}), names inside it included. The tagger reads such words one at a
 * time, and since LanguageTool's Dutch dictionary knows many English words as names or loanwords
 * ({@code Room}, {@code Star}), it mostly calls them names. After tagging, a stretch is foreign
 * when at least half of its words are English (LanguageTool's English dictionary) and have no
 * Dutch reading other than a name's:
 * <ul>
 *   <li>the words between a pair of quotation marks, two to {@value #MAX_WORDS} of them: titles
 *       are quoted;
 *   <li>elsewhere, a run of three or more such words of which one is a lower-case English word
 *       that is no Dutch word ({@code the}, {@code and}, {@code his}), so that a run of names
 *       ({@code Human Rights Watch}) stays names; not after a Dutch article, where English names
 *       of institutions stand ({@code de Bank of England}).
 * </ul>
 * A Dutch title ({@code 'Morgen komt vandaag'}) has Dutch words and stays Dutch. English is
 * asked only about a candidate stretch, so that an article without one does not load the English
 * dictionary. Linear in the sentence.
 */
final class ForeignStretch {
  static final int MAX_WORDS = 12;
  private static final Set<String> QUOTES = Set.of("'", "\"", "‘", "’", "“", "”", "„", "«", "»", "‚", "‹", "›");
  /** English function words that are also Dutch words, inside an English stretch ({@code Songs of the Sea}). */
  private static final Set<String> BRIDGES = Set.of("of", "in", "on", "is", "was");
  private static final Set<String> ARTICLES = Set.of("de", "het", "een", "'t");

  private final int foreign;

  ForeignStretch(UdTagger tagger) {
    this.foreign = java.util.Arrays.asList(tagger.labels()).indexOf("X");
  }

  /**
   * Changes {@code labels} in place. {@code dictionary}: the Dutch dictionary's own readings of a
   * lower-case word, without the compound guesses that give English words Dutch heads.
   */
  void apply(List<UdTagger.Word> words, int[] labels, Function<String, List<Reading>> dictionary) {
    if (foreign < 0) {
      return;
    }
    int n = words.size();
    int i = 0;
    while (i < n) {
      if (QUOTES.contains(words.get(i).form())) {
        int end = i + 1;
        while (end < n && end - i <= MAX_WORDS + 1 && isWord(words.get(end).form())) {
          end++;
        }
        if (end < n && QUOTES.contains(words.get(end).form()) && end - i - 1 >= 2
            && foreign(words, i + 1, end, dictionary)) {
          mark(labels, i + 1, end);
          i = end + 1;
          continue;
        }
      }
      // An unquoted stretch is looked for only around a lower-case word the Dutch dictionary does not know.
      UdTagger.Word w = words.get(i);
      if (isWord(w.form()) && Character.isLowerCase(w.form().charAt(0)) && w.readings().isEmpty()) {
        int from = i;
        while (from > 0 && i - from < MAX_WORDS && inStretch(words, from - 1, dictionary)) {
          from--;
        }
        while (from < i && BRIDGES.contains(words.get(from).form())) {
          from++;
        }
        int end = i + 1;
        while (end < n && end - from < MAX_WORDS && inStretch(words, end, dictionary)) {
          end++;
        }
        while (end > i + 1 && BRIDGES.contains(words.get(end - 1).form())) {
          end--;
        }
        boolean afterArticle = from > 0 && ARTICLES.contains(words.get(from - 1).lower());
        if (end - from >= 3 && !afterArticle && foreign(words, from, end, dictionary)) {
          mark(labels, from, end);
          i = end;
          continue;
        }
      }
      i++;
    }
  }

  private static boolean inStretch(List<UdTagger.Word> words, int k, Function<String, List<Reading>> dictionary) {
    String f = words.get(k).form();
    return isWord(f) && (BRIDGES.contains(f) || !dutchCommon(words.get(k), dictionary));
  }

  /**
   * Whether {@code [from, to)} is English: no word of it is Dutch only, at least half are English
   * (many are Dutch too: {@code Room}, {@code Star}, {@code of}), and one of them is no Dutch word.
   */
  private static boolean foreign(List<UdTagger.Word> words, int from, int to, Function<String, List<Reading>> dictionary) {
    boolean[] dutch = new boolean[to - from];
    boolean anyNotDutch = false;
    for (int k = from; k < to; k++) {
      dutch[k - from] = dutchCommon(words.get(k), dictionary);
      anyNotDutch |= !dutch[k - from];
    }
    // What the Dutch dictionary says first: the English one is loaded only for a likely stretch.
    if (!anyNotDutch) {
      return false;
    }
    int english = 0;
    boolean englishOnly = false;
    for (int k = from; k < to; k++) {
      String form = words.get(k).form();
      // A common English word, not a name (Georges, Alexandria) the English dictionary also holds;
      // a Dutch function word (en, de, die) is Dutch although English has it too.
      boolean e = isEnglish(form.toLowerCase(java.util.Locale.ROOT))
          && !(dutch[k - from] && !BRIDGES.contains(form) && dutchFunctionWord(words.get(k), dictionary));
      if (dutch[k - from] && !e) {
        return false;
      }
      english += e ? 1 : 0;
      englishOnly |= e && !dutch[k - from];
    }
    return englishOnly && 2 * english >= to - from;
  }

  /** English as written or by its parts around an apostrophe ({@code One's}). */
  private static boolean isEnglish(String form) {
    int apostrophe = Math.max(form.indexOf('\''), form.indexOf('’'));
    String word = apostrophe > 0 ? form.substring(0, apostrophe) : form;
    return word.length() == 1 ? word.equals("a") || word.equals("A") || word.equals("I") : EnglishWords.isEnglish(word);
  }

  /** Whether the Dutch dictionary has a reading of the word other than a name's. */
  private static boolean dutchCommon(UdTagger.Word w, Function<String, List<Reading>> dictionary) {
    for (Reading r : dictionary.apply(w.lower())) {
      if (!r.tag().startsWith("ENM")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the Dutch dictionary reads the word as a conjunction, preposition, pronoun or article. */
  private static boolean dutchFunctionWord(UdTagger.Word w, Function<String, List<Reading>> dictionary) {
    for (Reading r : dictionary.apply(w.lower())) {
      String t = r.tag();
      if (t.startsWith("VGW") || t.startsWith("VRZ") || t.startsWith("VNW") || t.startsWith("LID")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isWord(String form) {
    return !form.isEmpty() && Character.isLetter(form.charAt(0)) && Character.isLetter(form.charAt(form.length() - 1));
  }

  private void mark(int[] labels, int from, int to) {
    for (int k = from; k < to; k++) {
      labels[k] = foreign;
    }
  }
}
