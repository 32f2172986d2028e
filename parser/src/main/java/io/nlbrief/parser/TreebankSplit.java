package io.nlbrief.parser;

/**
 * The fixed split of a Universal Dependencies file into a held-apart part and a tuning part.
 *
 * <p>The rule: the sentences of one CoNLL-U file are numbered 0, 1, 2, … in file order; every
 * sentence whose number is divisible by three ({@code n % 3 == 0}) is held apart: nothing is
 * trained or tuned on it, and the reported figures count on it. The others ({@code n % 3 != 0})
 * may be used for training and tuning. The rule depends on nothing but the order of the file, so
 * every tool (the trainer, {@code nlbrief eval syntax}, the proofreading error set) draws the same line.
 */
public enum TreebankSplit {
  /** Sentences numbered 0, 3, 6, …: figures are reported on these. */
  HELDOUT,
  /** Sentences numbered 1, 2, 4, 5, …: training and tuning. */
  TUNE,
  /** Every sentence. */
  ALL;

  /** Whether the sentence numbered {@code n} (from 0, in file order) belongs to this part. */
  public boolean contains(int n) {
    return switch (this) {
      case HELDOUT -> n % 3 == 0;
      case TUNE -> n % 3 != 0;
      case ALL -> true;
    };
  }
}
