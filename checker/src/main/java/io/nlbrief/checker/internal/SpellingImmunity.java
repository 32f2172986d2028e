package io.nlbrief.checker.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.rules.patterns.PatternToken;
import org.languagetool.tagging.disambiguation.Disambiguator;
import org.languagetool.tagging.disambiguation.rules.DisambiguationPatternRule;

/**
 * Marks, while LanguageTool analyses a sentence, the tokens its speller must leave alone, so the
 * speller neither reports them nor searches suggestions for them (its costliest step). Two kinds:
 *
 * <ul>
 *   <li>the speller's own multi-word entries ({@code spelling.txt} lines such as {@code à la
 *       carte}: 51,000 antipatterns). LanguageTool's speller tries every one of them on every
 *       sentence, 38% of a warm check; here they are indexed by their first token, so a sentence
 *       tries only those whose first word it contains. Same entries, same marks, same findings.
 *   <li>the words nlbrief's filters would remove from this article anyway (names, compounds of
 *       known parts), decided before LanguageTool runs ({@link #accept}), one set per thread.
 * </ul>
 *
 * Wraps the language's own disambiguator: LanguageTool applies such antipatterns as disambiguation
 * rules, and the mark ({@link AnalyzedTokenReadings#ignoreSpelling()}) is read by spellers only.
 */
final class SpellingImmunity implements Disambiguator {
  private final Language language;
  private final ThreadLocal<Set<String>> accepted = ThreadLocal.withInitial(Set::of);
  private volatile Disambiguator delegate;
  private volatile Index index;

  /** Wraps {@code language}'s own disambiguator, built on first use (it loads rule files). */
  SpellingImmunity(Language language) {
    this.language = language;
  }

  private Disambiguator delegate() {
    Disambiguator d = delegate;
    if (d == null) {
      synchronized (this) {
        if (delegate == null) {
          delegate = language.createDefaultDisambiguator();
        }
        d = delegate;
      }
    }
    return d;
  }

  /**
   * Takes over a speller's multi-word antipatterns (the first speller's; every pipeline's speller
   * reads the same lists) and empties its list, so the speller no longer tries them itself.
   */
  synchronized void adopt(List<DisambiguationPatternRule> antiPatterns) {
    if (index == null) {
      index = new Index(List.copyOf(antiPatterns));
    }
    antiPatterns.clear();
  }

  /** The words the speller leaves alone in this thread's next checks, until the next call. */
  void accept(Set<String> words) {
    accepted.set(Set.copyOf(words));
  }

  @Override
  public AnalyzedSentence preDisambiguate(AnalyzedSentence input) {
    return delegate().preDisambiguate(input);
  }

  @Override
  public AnalyzedSentence disambiguate(AnalyzedSentence input) throws IOException {
    return mark(delegate().disambiguate(input));
  }

  @Override
  public AnalyzedSentence disambiguate(AnalyzedSentence input, JLanguageTool.CheckCancelledCallback cancelled)
      throws IOException {
    return mark(delegate().disambiguate(input, cancelled));
  }

  private AnalyzedSentence mark(AnalyzedSentence sentence) throws IOException {
    Set<String> words = accepted.get();
    AnalyzedTokenReadings[] tokens = sentence.getTokensWithoutWhitespace();
    if (!words.isEmpty()) {
      for (AnalyzedTokenReadings token : tokens) {
        if (words.contains(token.getToken())) {
          token.ignoreSpelling();
        }
      }
    }
    Index current = index;
    return current == null ? sentence : current.apply(sentence, tokens);
  }

  /** The antipatterns by the exact text of their first token (they are case-sensitive literals). */
  private static final class Index {
    private final List<DisambiguationPatternRule> rules;
    private final Map<String, int[]> byFirstToken = new HashMap<>();
    /** Antipatterns whose first token is not a plain literal: tried on every sentence. */
    private final int[] always;

    Index(List<DisambiguationPatternRule> rules) {
      this.rules = rules;
      Map<String, List<Integer>> lists = new HashMap<>();
      List<Integer> general = new ArrayList<>();
      for (int i = 0; i < rules.size(); i++) {
        List<PatternToken> pattern = rules.get(i).getPatternTokens();
        PatternToken first = pattern.isEmpty() ? null : pattern.get(0);
        if (first == null || first.isRegularExpression() || !first.isCaseSensitive() || first.getString() == null
            || first.getString().isEmpty() || first.isInflected() || first.getNegation()) {
          general.add(i);
        } else {
          lists.computeIfAbsent(first.getString(), k -> new ArrayList<>()).add(i);
        }
      }
      lists.forEach((k, v) -> byFirstToken.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
      always = general.stream().mapToInt(Integer::intValue).toArray();
    }

    AnalyzedSentence apply(AnalyzedSentence sentence, AnalyzedTokenReadings[] tokens) throws IOException {
      BitSet candidates = new BitSet();
      for (int i : always) {
        candidates.set(i);
      }
      for (AnalyzedTokenReadings token : tokens) {
        add(candidates, token.getToken());
        if (!token.getCleanToken().equals(token.getToken())) {
          add(candidates, token.getCleanToken());
        }
      }
      AnalyzedSentence result = sentence;
      // In the speller's own order, as LanguageTool applies them.
      for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
        result = rules.get(i).replace(result);
      }
      return result;
    }

    private void add(BitSet candidates, String token) {
      int[] hits = byFirstToken.get(token);
      if (hits != null) {
        for (int i : hits) {
          candidates.set(i);
        }
      }
    }
  }
}
