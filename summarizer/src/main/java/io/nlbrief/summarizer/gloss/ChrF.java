package io.nlbrief.summarizer.gloss;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Corpus-level chrF as sacreBLEU computes it by default (chrF2): character n-grams of orders 1 to 6
 * with whitespace removed, case kept; the hypothesis, reference and matched n-gram counts of each
 * order summed over the corpus; precision and recall of each order averaged over the orders where
 * both sides have n-grams; then F-beta with beta = 2, × 100.
 */
public final class ChrF {
  public static final int ORDER = 6;
  public static final double BETA = 2.0;

  // per order: hypothesis n-grams, reference n-grams, matched n-grams
  private final long[] hyp = new long[ORDER];
  private final long[] ref = new long[ORDER];
  private final long[] match = new long[ORDER];
  private int segments;

  /** Adds one hypothesis and its reference to the corpus. Not thread-safe. */
  public ChrF add(String hypothesis, String reference) {
    String h = stripWhitespace(hypothesis);
    String r = stripWhitespace(reference);
    for (int n = 1; n <= ORDER; n++) {
      Map<String, Integer> hc = ngrams(h, n);
      Map<String, Integer> rc = ngrams(r, n);
      long m = 0;
      for (Map.Entry<String, Integer> e : hc.entrySet()) {
        Integer other = rc.get(e.getKey());
        if (other != null) {
          m += Math.min(e.getValue(), other);
        }
      }
      hyp[n - 1] += Math.max(0, h.codePointCount(0, h.length()) - n + 1);
      ref[n - 1] += Math.max(0, r.codePointCount(0, r.length()) - n + 1);
      match[n - 1] += m;
    }
    segments++;
    return this;
  }

  public int segments() {
    return segments;
  }

  /** The corpus score, 0 to 100. */
  public double score() {
    double precision = 0;
    double recall = 0;
    int effective = 0;
    for (int i = 0; i < ORDER; i++) {
      if (hyp[i] > 0 && ref[i] > 0) {
        precision += (double) match[i] / hyp[i];
        recall += (double) match[i] / ref[i];
        effective++;
      }
    }
    if (effective == 0) {
      return 0;
    }
    precision /= effective;
    recall /= effective;
    if (precision + recall == 0) {
      return 0;
    }
    double f = BETA * BETA;
    return 100 * (1 + f) * precision * recall / (f * precision + recall);
  }

  /** The corpus score of parallel lists. */
  public static double corpus(List<String> hypotheses, List<String> references) {
    if (hypotheses.size() != references.size()) {
      throw new IllegalArgumentException(hypotheses.size() + " hypotheses for " + references.size() + " references");
    }
    ChrF c = new ChrF();
    for (int i = 0; i < hypotheses.size(); i++) {
      c.add(hypotheses.get(i), references.get(i));
    }
    return c.score();
  }

  // Python's str.split() whitespace; counted in code points as Python counts characters
  private static String stripWhitespace(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).forEach(b::appendCodePoint);
    return b.toString();
  }

  private static Map<String, Integer> ngrams(String s, int n) {
    int[] cps = s.codePoints().toArray();
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i + n <= cps.length; i++) {
      counts.merge(new String(cps, i, n), 1, Integer::sum);
    }
    return counts;
  }
}
