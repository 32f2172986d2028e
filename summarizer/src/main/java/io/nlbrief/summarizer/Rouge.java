package io.nlbrief.summarizer;

import io.nlbrief.parser.Sentence;
import io.nlbrief.parser.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ROUGE-1, ROUGE-2 and ROUGE-L (Lin 2004) of a candidate summary against one reference.
 *
 * <p>Tokens: {@link #words} gives lower-cased word tokens, runs of letters and digits (so
 * {@code NAVO-Ruslandraad} is {@code navo}, {@code ruslandraad} and punctuation counts for
 * nothing); {@link #lemmas} gives the lower-cased lemmas of tagged sentences instead, the
 * "lemma mode" that lets {@code stuurt} match {@code sturen}. No stop words are removed.
 *
 * <p>ROUGE-N counts n-grams with clipping (an n-gram counts at most as often as in the other
 * text); ROUGE-L uses the longest common subsequence of the two whole token sequences.
 * Precision divides by the candidate's count, recall by the reference's, and F1 is their harmonic
 * mean; all are 0 when a side is empty.
 */
public final class Rouge {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private Rouge() {}

  /** Precision, recall and F1, each from 0 to 1. */
  public record Score(double precision, double recall, double f1) {
    static Score of(double overlap, int candidate, int reference) {
      double p = candidate == 0 ? 0 : overlap / candidate;
      double r = reference == 0 ? 0 : overlap / reference;
      return new Score(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
  }

  public record Scores(Score rouge1, Score rouge2, Score rougeL) {}

  /** Lower-cased runs of letters and digits. */
  public static List<String> words(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      tokens.add(m.group().toLowerCase(Locale.ROOT));
    }
    return tokens;
  }

  /** The lower-cased lemmas of the sentences' word tokens, numbers included. */
  public static List<String> lemmas(List<Sentence> sentences) {
    List<String> tokens = new ArrayList<>();
    for (Sentence s : sentences) {
      for (Token t : s.tokens()) {
        if (t.isWord() || t.pos() == io.nlbrief.parser.PartOfSpeech.NUMBER) {
          tokens.add(t.lemma().toLowerCase(Locale.ROOT));
        }
      }
    }
    return tokens;
  }

  public static Scores score(List<String> candidate, List<String> reference) {
    return new Scores(rougeN(candidate, reference, 1), rougeN(candidate, reference, 2), rougeL(candidate, reference));
  }

  public static Score rougeN(List<String> candidate, List<String> reference, int n) {
    Map<List<String>, Integer> c = ngrams(candidate, n);
    Map<List<String>, Integer> r = ngrams(reference, n);
    int overlap = 0;
    for (Map.Entry<List<String>, Integer> e : c.entrySet()) {
      overlap += Math.min(e.getValue(), r.getOrDefault(e.getKey(), 0));
    }
    return Score.of(overlap, Math.max(0, candidate.size() - n + 1), Math.max(0, reference.size() - n + 1));
  }

  public static Score rougeL(List<String> candidate, List<String> reference) {
    return Score.of(lcs(candidate, reference), candidate.size(), reference.size());
  }

  private static Map<List<String>, Integer> ngrams(List<String> tokens, int n) {
    Map<List<String>, Integer> counts = new HashMap<>();
    for (int i = 0; i + n <= tokens.size(); i++) {
      counts.merge(List.copyOf(tokens.subList(i, i + n)), 1, Integer::sum);
    }
    return counts;
  }

  // Two rows of the dynamic programme: memory linear in the shorter text.
  static int lcs(List<String> a, List<String> b) {
    if (a.size() < b.size()) {
      List<String> t = a;
      a = b;
      b = t;
    }
    int[] previous = new int[b.size() + 1];
    int[] current = new int[b.size() + 1];
    for (String x : a) {
      for (int j = 1; j <= b.size(); j++) {
        current[j] = x.equals(b.get(j - 1)) ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
      }
      int[] t = previous;
      previous = current;
      current = t;
    }
    return previous[b.size()];
  }
}
