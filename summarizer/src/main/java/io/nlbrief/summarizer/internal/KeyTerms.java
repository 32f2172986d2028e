package io.nlbrief.summarizer.internal;

import io.nlbrief.parser.PartOfSpeech;
import io.nlbrief.parser.Sentence;
import io.nlbrief.parser.Token;
import io.nlbrief.summarizer.KeyTerm;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The terms an article is about: noun and name lemmas ({@code diplomaat}, {@code zenuwgas},
 * {@code NAVO-Ruslandraad}: the tagger's lemma of a compound is the compound, so it stays whole)
 * and noun phrases of an adjective or noun followed by a noun ({@code russische diplomaat}) that
 * occur at least twice.
 *
 * <p>Score: {@code (1 + ln count) × ln(1 + length)}, times 1.2 for names and phrases. Without a
 * background corpus, length stands in for rarity: long Dutch words are compounds, and compounds
 * are specific ({@code terrorismebestrijding} says more than {@code land}).
 */
public final class KeyTerms {
  static final int LIMIT = 20;

  private KeyTerms() {}

  public static List<KeyTerm> of(Analysis analysis) {
    Tally tally = new Tally();
    for (Sentence s : analysis.sentences()) {
      tally.add(s.tokens());
    }
    return tally.terms();
  }

  /**
   * The candidates of an article counted a sentence at a time, in text order (an article's parts
   * one after the other count as the whole): the counts and the order of first use are all that
   * the score and the tie-break need, so a sentence's tokens can go once counted. Not thread-safe.
   */
  public static final class Tally {
    private final Map<String, Candidate> terms = new LinkedHashMap<>();

    public void add(List<Token> tokens) {
      for (Token t : tokens) {
        if (isTermNoun(t)) {
          String key = t.lemma().toLowerCase(Locale.ROOT);
          terms.computeIfAbsent(key, k -> new Candidate(display(t), t.pos() == PartOfSpeech.PROPER_NOUN || t.entity() != null, false)).count++;
        }
      }
      for (int i = 0; i < tokens.size(); i++) {
        int j = i;
        while (j < tokens.size() && (isModifier(tokens, j) || isTermNoun(tokens.get(j)))) {
          j++;
        }
        // A run: modifiers and nouns ending in a noun, at least two words, not just a name.
        int end = j;
        while (end > i && !isTermNoun(tokens.get(end - 1))) {
          end--;
        }
        if (end - i >= 2 && !allNames(tokens, i, end)) {
          StringBuilder key = new StringBuilder();
          StringBuilder shown = new StringBuilder();
          for (int k = i; k < end; k++) {
            Token t = tokens.get(k);
            key.append(k > i ? " " : "").append(t.lemma().toLowerCase(Locale.ROOT));
            shown.append(k > i ? " " : "").append(keepsCase(t) ? t.text() : t.text().toLowerCase(Locale.ROOT));
          }
          terms.computeIfAbsent(key.toString(), k -> new Candidate(shown.toString(), false, true)).count++;
        }
        i = Math.max(i, j - 1);
      }
    }

    /** The best terms of what was counted. */
    public List<KeyTerm> terms() {
      List<KeyTerm> result = new ArrayList<>();
      for (Candidate c : terms.values()) {
        if (c.phrase && c.count < 2) {
          continue;
        }
        double weight = c.name || c.phrase ? 1.2 : 1.0;
        double score = (1 + Math.log(c.count)) * Math.log(1 + c.shown.length()) * weight;
        result.add(new KeyTerm(c.shown, Math.round(score * 1000) / 1000.0, c.count));
      }
      // Stable sort over first occurrence: ties keep article order.
      result.sort(Comparator.comparingDouble(KeyTerm::score).reversed());
      return List.copyOf(result.subList(0, Math.min(LIMIT, result.size())));
    }
  }

  private static boolean isTermNoun(Token t) {
    if (t.pos() != PartOfSpeech.NOUN && t.pos() != PartOfSpeech.PROPER_NOUN && t.entity() == null) {
      return false;
    }
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    return Analysis.isContent(lemma) && !lemma.startsWith("-") && !lemma.endsWith("-");
  }

  /**
   * An attributive adjective. Dutch inflects those ({@code Russische diplomaten}) except before a
   * singular neuter noun ({@code een groot land}); an uninflected adjective before a plural is
   * used as an adverb ({@code om massaal diplomaten uit te zetten}) and starts no phrase.
   */
  private static boolean isModifier(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (t.pos() != PartOfSpeech.ADJECTIVE || !Analysis.isContent(t.lemma().toLowerCase(Locale.ROOT))) {
      return false;
    }
    boolean inflected = t.tag() != null && t.tag().contains(":VRB");
    if (inflected) {
      return true;
    }
    Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
    return next != null && next.tag() != null && next.tag().startsWith("ZNW:EKV");
  }

  /** Names and words Dutch capitalises ({@code Russisch}, {@code Engels}) keep their capital. */
  private static boolean keepsCase(Token t) {
    return isName(t) || (!t.lemma().isEmpty() && Character.isUpperCase(t.lemma().codePointAt(0)));
  }

  private static boolean isName(Token t) {
    return t.pos() == PartOfSpeech.PROPER_NOUN || t.entity() != null;
  }

  private static boolean allNames(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!isName(tokens.get(k))) {
        return false;
      }
    }
    return true;
  }

  private static String display(Token t) {
    String lemma = t.lemma();
    boolean keepCase = isName(t) || lemma.chars().skip(1).anyMatch(Character::isUpperCase);
    return keepCase ? lemma : lemma.toLowerCase(Locale.ROOT);
  }

  private static final class Candidate {
    final String shown;
    final boolean name;
    final boolean phrase;
    int count;

    Candidate(String shown, boolean name, boolean phrase) {
      this.shown = shown;
      this.name = name;
      this.phrase = phrase;
    }
  }
}
