package io.nlbrief.parser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Locale;
import morfologik.speller.Speller;
import morfologik.stemming.Dictionary;

/**
 * Whether a word of a Dutch text is an English word ({@code powerful}, {@code Dreamers}, {@code
 * livestream}): LanguageTool's British English speller dictionary (from {@code english-pos-dict},
 * the one its English module uses) accepts it as written or, capitalised, in lower case. The one
 * place that decides it: the checker asks it to tell an English word from a Dutch misspelling, the
 * gloss to pass English words through. That dictionary also holds the French words English has
 * taken ({@code café}, {@code élite}). The Dutch tagger is no guide here, as it knows many English
 * loanwords. The dictionary (0.7 MB) is read on first use and shared (immutable); each thread
 * keeps its own speller over it, since morfologik's keeps buffers and is not thread-safe, and the
 * checker asks about every unknown word of an article. Thread-safe.
 */
public final class EnglishWords {
  private static final String RESOURCE = "/org/languagetool/resource/en/hunspell/en_GB.dict";
  private static final ThreadLocal<Speller> SPELLERS = ThreadLocal.withInitial(() -> new Speller(Holder.DICTIONARY));

  /**
   * Longer than any word of the dictionary (its longest are about 30 letters). A longer "word" is
   * degenerate input, and answering it cheaply keeps every caller linear: the checker asks once per
   * speller finding, and a 100 KB run of letters gets hundreds of findings over the same token.
   */
  static final int MAX_LENGTH = 64;

  private EnglishWords() {}

  /** Whether {@code word} (letters only, two or more) is English as written, or capitalised and in lower case. */
  public static boolean isEnglish(String word) {
    if (word.length() < 2 || word.length() > MAX_LENGTH || !word.chars().allMatch(Character::isLetter)) {
      return false;
    }
    Speller speller = SPELLERS.get();
    if (!speller.isMisspelled(word)) {
      return true;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    return !lower.equals(word) && Character.isUpperCase(word.charAt(0)) && !speller.isMisspelled(lower);
  }

  /**
   * {@code doubleword}, {@code roundup}: two English words of four letters or more, written as one
   * in lower case; neither dictionary holds most such compounds.
   */
  public static boolean isEnglishCompound(String word) {
    if (word.length() < 8 || word.length() > MAX_LENGTH || !word.chars().allMatch(Character::isLowerCase)) {
      return false;
    }
    for (int i = 4; i <= word.length() - 4; i++) {
      if (isEnglish(word.substring(0, i)) && isEnglish(word.substring(i))) {
        return true;
      }
    }
    return false;
  }

  private static final class Holder {
    static final Dictionary DICTIONARY = load();

    private static Dictionary load() {
      URL url = EnglishWords.class.getResource(RESOURCE);
      if (url == null) {
        throw new IllegalStateException("English dictionary missing from the class path: " + RESOURCE);
      }
      try {
        return Dictionary.read(url);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
