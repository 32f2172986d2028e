package io.nlbrief.summarizer.internal;

/** Graph centrality alone: {@link Centrality#lexRank}. Stateless and thread-safe. */
public final class LexRankRanker implements AnalysisRanker {
  @Override
  public double[] score(Analysis analysis) {
    return Centrality.lexRank(analysis);
  }
}
