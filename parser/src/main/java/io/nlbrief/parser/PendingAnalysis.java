package io.nlbrief.parser;

/**
 * A sentence's syntactic analysis, computed on first demand, once, whichever thread asks first
 * (double-checked on a volatile field); later calls read the stored result.
 */
final class PendingAnalysis {
  private Sentence tagged;
  private DutchAnalyzer analyser;
  private volatile Sentence result;

  PendingAnalysis(Sentence tagged, DutchAnalyzer analyser) {
    this.tagged = tagged;
    this.analyser = analyser;
  }

  Sentence result() {
    Sentence r = result;
    if (r == null) {
      synchronized (this) {
        r = result;
        if (r == null) {
          r = analyser.analyse(tagged);
          result = r;
          tagged = null; // no longer needed: the analysed sentence holds everything
          analyser = null;
        }
      }
    }
    return r;
  }
}
