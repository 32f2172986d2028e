package io.nlbrief.summarizer.internal;

import java.util.Arrays;
import java.util.PriorityQueue;

/**
 * Chooses the sentences of a summary from their scores: the {@code k} best eligible sentences,
 * or with a redundancy weight λ above 0, maximal marginal relevance (Carbonell and Goldstein
 * 1998): each next pick maximises {@code (1 − λ)·relevance − λ·(max similarity to a sentence
 * already picked)}, relevance being the score scaled to [0, 1], and a near-copy of a picked
 * sentence (cosine ≥ {@value #NEAR_DUPLICATE}) is taken only when nothing else is left. Ties go to
 * the earlier sentence.
 *
 * <p>The greedy pick is lazy: a candidate's value can only fall as sentences are picked, so a
 * candidate is brought up to date only when it reaches the top of the queue. A long document at a
 * high ratio thus costs far fewer similarities than candidates × picks.
 */
public final class Selection {
  /**
   * A candidate this similar to a chosen sentence repeats it: it comes last, whatever its score
   * (MMR's penalty alone lets a copy of the best sentence through when the rest score low).
   */
  static final double NEAR_DUPLICATE = 0.8;

  /**
   * In a document longer than {@link Centrality#FULL_GRAPH} sentences, a candidate is compared
   * with the first {@link #ALWAYS_COMPARED} picks and, beyond those, only with picks at most this
   * many sentences away: a book-length input at a high ratio would otherwise cost candidates ×
   * picks similarities.
   */
  static final int REDUNDANCY_WINDOW = 500;

  /** The first this many picks are compared with every candidate, however far apart. */
  static final int ALWAYS_COMPARED = 100;

  private Selection() {}

  /** Indices of the chosen sentences, ascending (article order). */
  public static int[] choose(Analysis analysis, double[] scores, int k, double redundancy) {
    int n = analysis.size();
    int eligibleCount = 0;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      if (analysis.eligible(i)) {
        eligibleCount++;
        min = Math.min(min, scores[i]);
        max = Math.max(max, scores[i]);
      }
    }
    k = Math.min(k, eligibleCount);
    if (k <= 0) {
      return new int[0];
    }
    double range = max - min;
    double[] relevance = new double[n];
    for (int i = 0; i < n; i++) {
      relevance[i] = range > 0 ? (scores[i] - min) / range : 1;
    }
    int[] chosen = new int[k];
    int window = n <= Centrality.FULL_GRAPH ? n : REDUNDANCY_WINDOW;
    // Entries: {value, index, picks seen}; best value first, then the earlier sentence.
    PriorityQueue<double[]> queue = new PriorityQueue<>(Math.max(1, eligibleCount),
        (a, b) -> a[0] != b[0] ? Double.compare(b[0], a[0]) : Double.compare(a[1], b[1]));
    double[] maxSimilarity = new double[n];
    for (int i = 0; i < n; i++) {
      if (analysis.eligible(i)) {
        queue.add(new double[] {(1 - redundancy) * relevance[i], i, 0});
      }
    }
    int picked = 0;
    while (picked < k) {
      double[] top = queue.poll();
      int i = (int) top[1];
      int seen = (int) top[2];
      if (redundancy > 0 && seen < picked) {
        SparseVector v = analysis.vector(i);
        for (int p = seen; p < picked; p++) {
          if (p < ALWAYS_COMPARED || Math.abs(chosen[p] - i) <= window) {
            maxSimilarity[i] = Math.max(maxSimilarity[i], v.dot(analysis.vector(chosen[p])));
          }
        }
        double value = maxSimilarity[i] >= NEAR_DUPLICATE
            ? Double.NEGATIVE_INFINITY
            : (1 - redundancy) * relevance[i] - redundancy * maxSimilarity[i];
        queue.add(new double[] {value, i, picked});
        continue;
      }
      chosen[picked++] = i;
    }
    Arrays.sort(chosen);
    return chosen;
  }
}
