package io.nlbrief.summarizer.internal;

import java.util.Arrays;

/**
 * LexRank centrality (Erkan and Radev 2004, the continuous variant): PageRank over the graph of
 * sentences whose edges are the cosine similarities of their TF-IDF vectors.
 *
 * <p>The graph stays sparse so that a book-length input does not need tens of thousands squared
 * similarities: every sentence is compared with at most {@code window} sentences on either side
 * (all of them in an article of ordinary length) and keeps only its {@code neighbours} most similar
 * ones above {@code threshold}.
 */
public final class Centrality {
  /** Articles up to this many sentences are compared all against all. */
  static final int FULL_GRAPH = 1500;
  static final int WINDOW = 150;
  static final int NEIGHBOURS = 25;
  static final double THRESHOLD = 0.05;
  static final double DAMPING = 0.85;
  static final int MAX_ITERATIONS = 50;
  static final double TOLERANCE = 1e-7;

  private Centrality() {}

  /** One score per sentence, summing to 1; ineligible and empty sentences take part as nodes too. */
  public static double[] lexRank(Analysis analysis) {
    int n = analysis.size();
    if (n == 0) {
      return new double[0];
    }
    int window = n <= FULL_GRAPH ? n : WINDOW;
    int keep = n <= FULL_GRAPH ? n : NEIGHBOURS;
    int[][] targets = new int[n][];
    float[][] weights = new float[n][];
    double[] rowSums = new double[n];
    int[] candidateIds = new int[2 * window];
    float[] candidateSims = new float[2 * window];
    for (int i = 0; i < n; i++) {
      SparseVector v = analysis.vector(i);
      int count = 0;
      if (!v.isEmpty()) {
        int from = Math.max(0, i - window);
        int to = Math.min(n - 1, i + window);
        for (int j = from; j <= to; j++) {
          if (j == i) {
            continue;
          }
          double sim = v.dot(analysis.vector(j));
          if (sim > THRESHOLD) {
            candidateIds[count] = j;
            candidateSims[count] = (float) sim;
            count++;
          }
        }
      }
      if (count > keep) {
        count = topK(candidateIds, candidateSims, count, keep);
      }
      targets[i] = Arrays.copyOf(candidateIds, count);
      weights[i] = Arrays.copyOf(candidateSims, count);
      double sum = 0;
      for (int k = 0; k < count; k++) {
        sum += weights[i][k];
      }
      rowSums[i] = sum;
    }
    double[] rank = new double[n];
    Arrays.fill(rank, 1.0 / n);
    double[] next = new double[n];
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      double dangling = 0;
      Arrays.fill(next, 0);
      for (int i = 0; i < n; i++) {
        if (rowSums[i] == 0) {
          dangling += rank[i];
          continue;
        }
        double share = rank[i] / rowSums[i];
        int[] t = targets[i];
        float[] w = weights[i];
        for (int k = 0; k < t.length; k++) {
          next[t[k]] += share * w[k];
        }
      }
      double base = (1 - DAMPING) / n + DAMPING * dangling / n;
      double delta = 0;
      for (int i = 0; i < n; i++) {
        double value = base + DAMPING * next[i];
        delta += Math.abs(value - rank[i]);
        rank[i] = value;
      }
      if (delta < TOLERANCE) {
        break;
      }
    }
    return rank;
  }

  // Keeps the k most similar candidates (ties: the nearer index first, for determinism).
  private static int topK(int[] ids, float[] sims, int count, int k) {
    Integer[] order = new Integer[count];
    for (int i = 0; i < count; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> sims[a] != sims[b] ? Float.compare(sims[b], sims[a]) : Integer.compare(ids[a], ids[b]));
    int[] keptIds = new int[k];
    float[] keptSims = new float[k];
    for (int i = 0; i < k; i++) {
      keptIds[i] = ids[order[i]];
      keptSims[i] = sims[order[i]];
    }
    System.arraycopy(keptIds, 0, ids, 0, k);
    System.arraycopy(keptSims, 0, sims, 0, k);
    return k;
  }
}
