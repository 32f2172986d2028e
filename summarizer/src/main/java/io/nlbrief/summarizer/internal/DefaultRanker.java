package io.nlbrief.summarizer.internal;

/**
 * The default: a weighted sum of LexRank centrality (scaled so the most central sentence has 1),
 * position among the eligible sentences ({@code 1 / (1 + decay · position)}: news puts the
 * essentials first), overlap with the headline (cosine of TF-IDF vectors; 0 without a headline),
 * minus a penalty for length ({@code words / mean words}: a long sentence costs the reader more
 * and usually carries detail rather than the gist). Stateless and thread-safe.
 *
 * <p>The weights were chosen on the development set only ({@code news-dev.jsonl}); see
 * BENCHMARKS.md.
 */
public final class DefaultRanker implements AnalysisRanker {
  /** The weights of the features. */
  public record Weights(double centrality, double position, double decay, double headline, double length) {}

  public static final Weights WEIGHTS = new Weights(0.4, 0.6, 3.0, 1.0, 0.2);

  private final Weights weights;

  public DefaultRanker() {
    this(WEIGHTS);
  }

  public DefaultRanker(Weights weights) {
    this.weights = weights;
  }

  @Override
  public double[] score(Analysis analysis) {
    int n = analysis.size();
    double[] centrality = Centrality.lexRank(analysis);
    double max = 0;
    long words = 0;
    int eligible = 0;
    for (int i = 0; i < n; i++) {
      if (analysis.eligible(i)) {
        max = Math.max(max, centrality[i]);
        words += analysis.wordCount(i);
        eligible++;
      }
    }
    double meanWords = eligible == 0 ? 1 : Math.max(1.0, (double) words / eligible);
    double[] scores = new double[n];
    int position = 0;
    for (int i = 0; i < n; i++) {
      double c = max > 0 ? centrality[i] / max : 0;
      double p = 1 / (1 + weights.decay() * position);
      double h = analysis.title().isEmpty() ? 0 : analysis.vector(i).dot(analysis.title());
      double l = Math.min(3, analysis.wordCount(i) / meanWords);
      scores[i] = weights.centrality() * c + weights.position() * p + weights.headline() * h - weights.length() * l;
      if (analysis.eligible(i)) {
        position++;
      }
    }
    return scores;
  }
}
