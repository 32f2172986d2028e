package io.nlbrief.checker.internal;

import io.nlbrief.parser.DutchWords;
import io.nlbrief.parser.EnglishWords;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.languagetool.rules.spelling.SpellingCheckRule;

/**
 * Is a word spelled right? Asks LanguageTool's own Dutch speller (its dictionary, without the
 * suggestion search, which is the costly part), and knows how Dutch forms words LanguageTool's
 * dictionary has not seen: acronyms, closed compounds of known parts ({@code pooierverbod}) and
 * hyphenated compounds ({@code NAVO-Ruslandraad}). Not thread-safe: one per LanguageTool instance.
 */
public final class Lexicon {
  private static final Locale DUTCH = Locale.forLanguageTag("nl");
  private static final int MIN_PART = 3;
  /**
   * Longer than any Dutch word, compounds of three parts included (the longest in dictionaries
   * have some 50 letters). A longer "word" ({@code aaaa…} of 16 KB) is neither a compound nor a near
   * miss: it stays what the speller says. Why the cap: both searches try every cut or every
   * letter of the word, and with the substrings they build and remember that is cubic and
   * quadratic in its length (a 16 KB line of one letter ran for over 40 minutes and 1.4 GB).
   */
  static final int MAX_WORD = 64;
  /**
   * Prefixes that are not words of their own but make compounds as freely as words do ({@code
   * pseudowetenschap}, {@code neoliberaal}, {@code hypergevoelig}); the ones that are words
   * ({@code anti}, {@code super}) need no list.
   */
  private static final java.util.Set<String> LEARNED_PREFIXES = java.util.Set.of(
      "pseudo", "neo", "proto", "semi", "quasi", "hyper", "hypo", "micro", "macro", "multi", "inter", "trans", "ultra",
      "para", "meta", "mono", "poly", "contra", "extra", "infra", "intra", "post", "pre");
  private static final java.util.Set<String> PREFIXES_BEFORE_VOWEL = java.util.Set.of("pseud");

  private final SpellingCheckRule speller;
  private final Map<String, Boolean> known = new HashMap<>();

  public Lexicon(SpellingCheckRule speller) {
    this.speller = speller;
  }

  /** The speller accepts the word as it stands, or in lower case when it is capitalised. */
  public boolean isKnown(String word) {
    if (word.isEmpty()) {
      return false;
    }
    return known.computeIfAbsent(word, w -> {
      if (!misspelled(w)) {
        return true;
      }
      String lower = w.toLowerCase(DUTCH);
      return !lower.equals(w) && Character.isUpperCase(w.charAt(0)) && !misspelled(lower);
    });
  }

  /**
   * A word one of the classic Dutch spelling slips away from a word the speller knows: a letter
   * doubled or undoubled ({@code verschilende} for {@code verschillende}, {@code Neederlandse},
   * {@code Evenwijddig}) or a final {@code d}/{@code t} swapped ({@code zangtalend} for
   * {@code zangtalent}). Such a word is a misspelling, not a new compound or a name, whatever its
   * parts or capitals suggest. Words under six letters are left alone (too many neighbours).
   */
  public boolean isNearMiss(String word) {
    if (word.length() < 6 || word.length() > MAX_WORD || !word.chars().allMatch(Character::isLetter) || isKnown(word)) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (i + 1 < word.length() && word.charAt(i + 1) == c && isKnown(word.substring(0, i) + word.substring(i + 1))) {
        return true;
      }
      if ((i == 0 || word.charAt(i - 1) != c) && (i + 1 >= word.length() || word.charAt(i + 1) != c)
          && Character.isLowerCase(c) && isKnown(word.substring(0, i + 1) + c + word.substring(i + 1))) {
        return true;
      }
    }
    char last = word.charAt(word.length() - 1);
    if (last == 'd' || last == 't') {
      return isKnown(word.substring(0, word.length() - 1) + (last == 'd' ? 't' : 'd'));
    }
    return false;
  }

  /**
   * An English word as written, or in lower case when capitalised ({@code powerful}, {@code
   * Dreamers}): LanguageTool's British English dictionary accepts it.
   */
  public boolean isEnglish(String word) {
    return EnglishWords.isEnglish(word);
  }

  /** Two to six capitals or digits with at least one capital: NAVO, VS, EU, G7. */
  public static boolean isAcronym(String word) {
    if (word.length() < 2 || word.length() > 6) {
      return false;
    }
    boolean capital = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isUpperCase(c)) {
        capital = true;
      } else if (!Character.isDigit(c)) {
        return false;
      }
    }
    return capital;
  }

  /**
   * A closed compound of known words ({@code pooierverbod} = pooier + verbod, {@code
   * Ruslandraad} = Rusland + raad), with the linking {@code s}, {@code e} or {@code en}, up to three
   * parts. Every part has at least three letters, so a misspelling rarely splits into words.
   */
  public boolean isCompound(String word) {
    return isCompound(word, 2);
  }

  private boolean isCompound(String word, int depth) {
    if (word.length() < 2 * MIN_PART || word.length() > MAX_WORD || !word.chars().allMatch(Character::isLetter)) {
      return false;
    }
    for (int i = word.length() - MIN_PART; i >= MIN_PART; i--) {
      String head = word.substring(i);
      if (!Character.isLowerCase(head.charAt(0)) || DutchWords.is(DutchWords.WordClass.NO_COMPOUND_HEAD, head)
          || !(isKnown(head) || (depth > 1 && isCompound(head, depth - 1)))) {
        continue;
      }
      String modifier = word.substring(0, i);
      if (isModifier(modifier, depth, head)) {
        return true;
      }
    }
    return false;
  }

  private boolean isModifier(String modifier, int depth, String head) {
    if (modifier.length() >= MIN_PART && (isKnown(modifier) || isAcronym(modifier))) {
      return true;
    }
    if (LEARNED_PREFIXES.contains(modifier.toLowerCase(DUTCH))) {
      return true;
    }
    // pseudo- drops its o before a vowel: pseudoniem, pseudepigrafisch.
    if (PREFIXES_BEFORE_VOWEL.contains(modifier.toLowerCase(DUTCH)) && "aeiou".indexOf(head.charAt(0)) >= 0) {
      return true;
    }
    for (String link : new String[] {"s", "e", "en"}) {
      if (modifier.endsWith(link) && modifier.length() - link.length() >= MIN_PART) {
        String stem = modifier.substring(0, modifier.length() - link.length());
        if (isKnown(stem)) {
          return true;
        }
      }
    }
    return depth > 1 && modifier.length() >= 2 * MIN_PART && isCompound(modifier, depth - 1);
  }

  /** A word, an acronym or a closed compound: what may stand as one part of a hyphenated compound. */
  public boolean isWellFormedPart(String part) {
    return isKnown(part) || isAcronym(part) || isCompound(part) || part.chars().allMatch(Character::isDigit);
  }

  /**
   * Every part between hyphens well formed ({@code NAVO-Rusland-Raad}, {@code Brexit-impasse} when
   * {@code Brexit} is a name the article uses); {@code names} says which capitalised parts the
   * article treats as names.
   */
  public boolean isHyphenatedCompound(String word, java.util.function.Predicate<String> names) {
    if (word.startsWith("-") || word.endsWith("-") || !word.contains("-")) {
      return false;
    }
    for (String part : word.split("-")) {
      if (part.isEmpty() || !(isWellFormedPart(part) || names.test(part))) {
        return false;
      }
    }
    return true;
  }

  private boolean misspelled(String word) {
    try {
      return speller.isMisspelled(word);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
