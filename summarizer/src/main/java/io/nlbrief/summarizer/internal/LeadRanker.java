package io.nlbrief.summarizer.internal;

/**
 * The lead baseline: the earlier a sentence, the higher its score, so a summary of N sentences is
 * the first N eligible sentences. Stateless and thread-safe.
 */
public final class LeadRanker implements AnalysisRanker {
  @Override
  public double[] score(Analysis analysis) {
    int n = analysis.size();
    double[] scores = new double[n];
    for (int i = 0; i < n; i++) {
      scores[i] = 1.0 / (1 + i);
    }
    return scores;
  }
}
