package io.nlbrief.summarizer;

/**
 * How long a summary should be: a number of sentences, a fraction of the article's sentences, or
 * a budget of words. Whatever the length, a summary holds at least one sentence (when the article
 * has one) and never more than the article's eligible sentences.
 */
public sealed interface SummaryLength {

  /** The number of sentences to choose among {@code available}, whose word counts are given in article order. */
  int sentencesFor(int[] wordCounts);

  static SummaryLength sentences(int n) {
    return new Sentences(n);
  }

  static SummaryLength ratio(double r) {
    return new Ratio(r);
  }

  static SummaryLength words(int w) {
    return new Words(w);
  }

  /** Exactly {@code n} sentences (or all of them when there are fewer). */
  record Sentences(int n) implements SummaryLength {
    public Sentences {
      if (n < 1) {
        throw new IllegalArgumentException("a summary needs at least 1 sentence, not " + n);
      }
    }

    @Override
    public int sentencesFor(int[] wordCounts) {
      return Math.min(n, wordCounts.length);
    }
  }

  /** The fraction {@code r} of the eligible sentences, rounded to the nearest, at least one. */
  record Ratio(double r) implements SummaryLength {
    public Ratio {
      if (!(r > 0 && r <= 1)) {
        throw new IllegalArgumentException("a ratio is a fraction above 0 and at most 1, not " + r);
      }
    }

    @Override
    public int sentencesFor(int[] wordCounts) {
      return Math.min(wordCounts.length, Math.max(1, (int) Math.round(r * wordCounts.length)));
    }
  }

  /**
   * About {@code w} words: as many sentences as the budget holds when each chosen sentence is as
   * long as the article's average sentence, at least one. The chosen sentences stay whole, so the
   * summary may run over or under the budget by part of a sentence.
   */
  record Words(int w) implements SummaryLength {
    public Words {
      if (w < 1) {
        throw new IllegalArgumentException("a word budget is at least 1, not " + w);
      }
    }

    @Override
    public int sentencesFor(int[] wordCounts) {
      if (wordCounts.length == 0) {
        return 0;
      }
      long total = 0;
      for (int c : wordCounts) {
        total += c;
      }
      double average = Math.max(1.0, (double) total / wordCounts.length);
      return Math.min(wordCounts.length, Math.max(1, (int) Math.round(w / average)));
    }
  }
}
