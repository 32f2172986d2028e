package io.nlbrief.summarizer.internal;

import io.nlbrief.parser.Article;
import io.nlbrief.summarizer.Ranker;

/** A ranker that works on an {@link Analysis}, so the summarizer builds the vectors once for all stages. */
public interface AnalysisRanker extends Ranker {
  double[] score(Analysis analysis);

  @Override
  default double[] score(Article article) {
    return score(Analysis.of(article));
  }
}
