package io.nlbrief.parser.internal;

import io.nlbrief.parser.Token.Reading;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.languagetool.tagging.BaseTagger;
import org.languagetool.tagging.TaggedWord;
import org.languagetool.tagging.WordTagger;
import org.languagetool.tagging.nl.DutchTagger;

/**
 * Word-level lookups in LanguageTool's Dutch tagger dictionary ({@code /nl/dutch.dict} with its
 * manual additions and removals): the readings (lemma and tag) of a word form.
 *
 * <p>LanguageTool's {@code DutchTagger.tag()} builds a compound acceptor on every call and spends
 * about 8 ms on each unknown word, which caps it near 1,000 tokens a second on news full of new
 * names and compounds. This class follows the same case rules over the same dictionary, splits
 * unknown compounds by a cheap right-headed search, and remembers every form it has seen.
 * Thread-safe; built once per process (loading the dictionary takes about a second).
 */
final class DutchLexicon {
  /** Bounds the memory of forms seen; news vocabulary rarely reaches it. */
  private static final int CACHE_LIMIT = 400_000;

  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  private final WordTagger words;
  private final boolean sharesLanguageToolsTagger;
  private final ConcurrentHashMap<String, Entry> cache = new ConcurrentHashMap<>();

  /**
   * A word form as first seen and its readings. Callers may use {@code form} instead of their own
   * equal copy, so that a long article keeps one String per distinct form rather than one per token.
   */
  record Entry(String form, List<Reading> readings) {}

  private final Map<String, String> preferredReadings = Resources.tabSeparated("/io/nlbrief/parser/preferred-readings.txt");

  DutchLexicon() {
    WordTagger shared = languageToolsWordTagger();
    this.sharesLanguageToolsTagger = shared != null;
    this.words = shared != null ? shared : new DictionaryTagger().words();
  }

  /**
   * The word tagger of LanguageTool's own {@code DutchTagger.INSTANCE}: the same dictionary,
   * manual additions and removals as a {@link DictionaryTagger} (both are LanguageTool's {@code
   * BaseTagger} over {@code /nl/dutch.dict} in Dutch), built once per process. A process that
   * also proofreads builds that instance anyway, for LanguageTool's rules; sharing it reads
   * LanguageTool's 4.8 MB list of removed forms once instead of twice, about half a second of CPU
   * of a cold {@code check}. LanguageTool keeps the getter protected; null if it cannot be reached
   * (another LanguageTool): the lexicon then builds a tagger of its own, and {@code
   * DutchLexiconTest} fails so that whoever upgrades looks.
   */
  private static WordTagger languageToolsWordTagger() {
    try {
      Method getter = BaseTagger.class.getDeclaredMethod("getWordTagger");
      getter.setAccessible(true);
      if ("/nl/dutch.dict".equals(DutchTagger.INSTANCE.getDictionaryPath())) {
        return (WordTagger) getter.invoke(DutchTagger.INSTANCE);
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      // as if unreachable
    }
    return null;
  }

  /** Whether this lexicon reads through LanguageTool's own Dutch tagger (see {@link #languageToolsWordTagger}). */
  boolean sharesLanguageToolsTagger() {
    return sharesLanguageToolsTagger;
  }

  /** Readings from a dictionary tagger of this lexicon's own, never shared: for tests. */
  static List<TaggedWord> unsharedReadings(String word) {
    return new DictionaryTagger().words().tag(word);
  }

  /** Word forms whose usual reading in news is not the tagger's first, from {@code preferred-readings.txt}. */
  Map<String, String> preferredReadings() {
    return preferredReadings;
  }

  /** The readings of {@code form}, best guesses first; empty when the word is unknown. */
  List<Reading> readings(String form) {
    return entry(form).readings();
  }

  /** The dictionary's own readings of a lower-case word, without compound guessing or case variants. */
  List<Reading> dictionaryReadings(String word) {
    List<Reading> out = new ArrayList<>(2);
    add(out, word);
    return out;
  }

  /** The readings of {@code form} with the shared copy of the form itself. */
  Entry entry(String form) {
    Entry known = cache.get(form);
    if (known != null) {
      return known;
    }
    Entry found = new Entry(form, List.copyOf(lookup(form)));
    if (cache.size() >= CACHE_LIMIT) {
      cache.clear();
    }
    cache.put(form, found);
    return found;
  }

  private List<Reading> lookup(String form) {
    String word = form.replace('’', '\'').replace('‘', '\'').replace('`', '\'').replace('´', '\'');
    List<Reading> out = new ArrayList<>();
    add(out, word);
    String lower = word.toLowerCase(DUTCH);
    boolean allUpper = word.equals(word.toUpperCase(DUTCH)) && !word.equals(lower);
    if (!word.equals(lower) && (isCapitalised(word) || allUpper)) {
      add(out, lower);
    }
    if (out.isEmpty() && allUpper && word.length() > 1) {
      add(out, Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
    }
    if (out.isEmpty()) {
      compound(out, word);
    }
    return out;
  }

  private void add(List<Reading> out, String word) {
    for (TaggedWord tw : words.tag(word)) {
      Reading r = new Reading(tw.getLemma(), tw.getPosTag());
      if (tw.getPosTag() != null && !out.contains(r)) {
        out.add(r);
      }
    }
  }

  /**
   * Unknown compounds take the readings of their head: {@code NAVO-Ruslandraad} of {@code raad},
   * {@code -bondgenoten} of {@code bondgenoten}, {@code pooierverbod} of {@code verbod}.
   */
  /** Longer than any word in LanguageTool's Dutch dictionary (the longest there have about 40 letters). */
  static final int MAX_HEAD = 64;

  private void compound(List<Reading> out, String word) {
    if (word.startsWith("-") || word.endsWith("-")) {
      String bare = word.startsWith("-") ? word.substring(1) : word.substring(0, word.length() - 1);
      if (!bare.isEmpty()) {
        for (Reading r : readings(bare)) {
          String lemma = word.startsWith("-") ? "-" + r.lemma() : r.lemma() + "-";
          out.add(new Reading(lemma, r.tag()));
        }
      }
      return;
    }
    int hyphen = word.lastIndexOf('-');
    if (hyphen > 0 && hyphen < word.length() - 1) {
      String head = word.substring(hyphen + 1);
      String prefix = word.substring(0, hyphen + 1);
      for (Reading r : readings(head)) {
        if (isContentTag(r.tag())) {
          out.add(new Reading(prefix + r.lemma(), r.tag()));
        }
      }
      return;
    }
    // Right-headed Dutch compound: the longest known noun or adjective head, left part of 3+ letters.
    // No dictionary word is longer than MAX_HEAD, so longer heads are not looked up: one lookup per
    // split point of the whole word made a 100 KB token quadratic (minutes); now it is linear.
    for (int split = Math.max(3, word.length() - MAX_HEAD); split <= word.length() - 3; split++) {
      String head = word.substring(split).toLowerCase(DUTCH);
      List<Reading> headReadings = new ArrayList<>();
      add(headReadings, head);
      boolean any = false;
      for (Reading r : headReadings) {
        if (r.tag().startsWith("ZNW") || r.tag().startsWith("BNW")) {
          out.add(new Reading(word.substring(0, split) + r.lemma(), r.tag()));
          any = true;
        }
      }
      if (any) {
        return;
      }
    }
  }

  private static boolean isContentTag(String tag) {
    // Not ENM: "NAVO-Rusland-Raad" is no person although "Raad" is a surname.
    return tag.startsWith("ZNW") || tag.startsWith("BNW") || tag.startsWith("WKW");
  }

  private static boolean isCapitalised(String word) {
    if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) {
      return false;
    }
    String rest = word.substring(Character.charCount(word.codePointAt(0)));
    return rest.equals(rest.toLowerCase(DUTCH));
  }

  /** LanguageTool's dictionary tagger with its manual additions and removals, without DutchTagger's extras. */
  private static final class DictionaryTagger extends BaseTagger {
    DictionaryTagger() {
      super("/nl/dutch.dict", DUTCH);
    }

    WordTagger words() {
      return wordTagger;
    }
  }
}
