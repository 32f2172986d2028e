package io.nlbrief.summarizer.internal;

import java.util.Arrays;

/** A vector stored as its non-zero entries, term ids ascending; immutable once built. */
public final class SparseVector {
  static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);

  private final int[] ids;
  private final float[] weights;

  SparseVector(int[] ids, float[] weights) {
    this.ids = ids;
    this.weights = weights;
  }

  /** From parallel arrays in any order; ids must be distinct. Scaled to unit length. */
  static SparseVector normalised(int[] ids, float[] weights, int size) {
    Integer[] order = new Integer[size];
    for (int i = 0; i < size; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Integer.compare(ids[a], ids[b]));
    int[] sortedIds = new int[size];
    float[] sortedWeights = new float[size];
    double norm = 0;
    for (int i = 0; i < size; i++) {
      sortedIds[i] = ids[order[i]];
      sortedWeights[i] = weights[order[i]];
      norm += (double) sortedWeights[i] * sortedWeights[i];
    }
    if (norm == 0) {
      return EMPTY;
    }
    float scale = (float) (1 / Math.sqrt(norm));
    for (int i = 0; i < size; i++) {
      sortedWeights[i] *= scale;
    }
    return new SparseVector(sortedIds, sortedWeights);
  }

  public boolean isEmpty() {
    return ids.length == 0;
  }

  public int size() {
    return ids.length;
  }

  int id(int i) {
    return ids[i];
  }

  float weight(int i) {
    return weights[i];
  }

  /** The dot product: the cosine similarity when both vectors have unit length. */
  public double dot(SparseVector other) {
    int i = 0;
    int j = 0;
    double sum = 0;
    int[] a = ids;
    int[] b = other.ids;
    while (i < a.length && j < b.length) {
      int x = a[i];
      int y = b[j];
      if (x == y) {
        sum += (double) weights[i++] * other.weights[j++];
      } else if (x < y) {
        i++;
      } else {
        j++;
      }
    }
    return sum;
  }
}
