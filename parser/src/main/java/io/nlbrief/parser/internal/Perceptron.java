package io.nlbrief.parser.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A multi-class linear model over hashed features (64-bit keys), trained as an averaged
 * perceptron. Inference uses a compact read-only form: an open-addressing table from feature key
 * to the feature's non-zero weights, so scoring a token costs one probe and a few additions per
 * feature, and the model loads in a few milliseconds. Immutable once built; thread-safe.
 */
final class Perceptron {
  /**
   * A feature with weights for at least one label in this many keeps them all, zeros too, in
   * {@link #dense}: the frequent features (the bias, the common tag pairs) have tens of weights,
   * and adding a dense row is a vector loop instead of a scattered add per weight. One in two, not
   * one in four: the launcher's C1 makes no vector loop, and paired passes measured one in two
   * about 4 % faster than one in four with C1 and with C2 alike (all rows dense: half the speed).
   */
  private static final int DENSE_SHARE = 2;

  private final int labels;
  /**
   * One long per slot: (fingerprint << 32 | offset into {@link #data}), 0 = empty; the fingerprint
   * is the upper half of the key's hash, the slot its lower bits. Eight bytes a slot keep the table
   * at a quarter to a half of a 16-byte-slot table's size, so more of it stays in cache.
   */
  private final long[] table;
  /**
   * The rows, each: the key (two ints), then either the number of weights and (label, float bits)
   * pairs, or, for a dense row, {@code -1 - i} where {@code i} is the row's index in {@link
   * #dense}. A fingerprint match is confirmed against the key on the row's own cache line.
   */
  private final int[] data;
  /**
   * The dense rows, {@link #labels} floats each, an array each: C2 (JDK 17) makes a vector loop of
   * {@code scores[l] += row[l]} but not of an add from an offset into one shared array.
   */
  private final float[][] dense;
  private final int mask;

  private Perceptron(int labels, long[] table, int[] data, float[][] dense) {
    this.labels = labels;
    this.table = table;
    this.data = data;
    this.dense = dense;
    this.mask = table.length - 1;
  }

  int labels() {
    return labels;
  }

  /**
   * Adds the weights of {@code n} features to {@code scores} (which the caller zeroes), feature by
   * feature in order (so the float sums are the same whatever the layout). The table's slots are
   * read first for all features, then the rows they point to, each in a loop without branches, so
   * that the processor fetches them from memory in parallel rather than one miss after another:
   * in a whole article's analysis the misses are the cost of a parse.
   */
  void score(long[] features, int n, float[] scores) {
    score(features, n, scores, new long[2 * n + 1]);
  }

  /**
   * The same, with {@code scratch} (at least {@code 2 n} long) as working space, to allocate
   * nothing. Three passes: the features' first slots, the rows those slots point to (an empty slot
   * or another key's row costs a wasted load, no more), then the sums. Touching the rows first
   * measured 7-12 % faster on a whole article (paired passes in one process), where the rows are
   * mostly out of cache.
   */
  void score(long[] features, int n, float[] scores, long[] scratch) {
    final long[] t = table;
    final int[] d = data;
    final int m = mask;
    for (int f = 0; f < n; f++) {
      long h = mix(features[f]);
      scratch[2 * f] = h;
      scratch[2 * f + 1] = t[(int) h & m];
    }
    int touched = 0;
    for (int f = 0; f < n; f++) {
      touched += d[(int) scratch[2 * f + 1]];
    }
    if (scratch.length > 2 * n) {
      scratch[2 * n] = touched; // a use of the loads, so that the compiler keeps them
    }
    for (int f = 0; f < n; f++) {
      long e = scratch[2 * f + 1];
      if (e == 0) {
        continue;
      }
      long key = features[f];
      long h = scratch[2 * f];
      int fingerprint = (int) (h >>> 32);
      int slot = (int) h & m;
      while (e != 0) {
        int at = (int) e;
        if ((int) (e >>> 32) == fingerprint && d[at] == (int) (key >>> 32) && d[at + 1] == (int) key) {
          int count = d[at + 2];
          if (count >= 0) {
            for (int j = at + 3, end = at + 3 + 2 * count; j < end; j += 2) {
              scores[d[j]] += Float.intBitsToFloat(d[j + 1]);
            }
          } else {
            // Adding the zeros changes no sum: x + 0 is x (and -0 + 0 is 0, equal to -0).
            addDense(scores, dense[-1 - count]);
          }
          break;
        }
        slot = (slot + 1) & m;
        e = t[slot];
      }
    }
  }

  private static void addDense(float[] scores, float[] row) {
    for (int l = 0; l < row.length; l++) {
      scores[l] += row[l];
    }
  }

  static int argmax(float[] scores, boolean[] allowed) {
    int best = -1;
    for (int i = 0; i < scores.length; i++) {
      if ((allowed == null || allowed[i]) && (best < 0 || scores[i] > scores[best])) {
        best = i;
      }
    }
    return best;
  }

  static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }

  /** A feature key from a template number and up to two values. */
  static long key(int template, int a) {
    return (template * 0x9E3779B97F4A7C15L + a) * 0xC2B2AE3D27D4EB4FL + 0x165667B19E3779F9L;
  }

  static long key(int template, int a, int b) {
    return key(template, a) * 0x9E3779B97F4A7C15L + b;
  }

  static long key(int template, int a, int b, int c) {
    return key(template, a, b) * 0x9E3779B97F4A7C15L + c;
  }

  static long key(int template, int a, int b, int c, int d) {
    return key(template, a, b, c) * 0x9E3779B97F4A7C15L + d;
  }

  void write(DataOutputStream out) throws IOException {
    out.writeInt(labels);
    int n = 0;
    int total = 0;
    int[] rowLabels = new int[labels];
    int[] rowBits = new int[labels];
    for (long e : table) {
      if (e != 0) {
        n++;
        total += row((int) e, rowLabels, rowBits);
      }
    }
    out.writeInt(n);
    out.writeInt(total);
    // In key order, so that the same model always gives the same bytes.
    long[] keys = new long[n];
    int[] at = new int[n];
    int k = 0;
    for (long e : table) {
      if (e != 0) {
        at[k++] = (int) e;
      }
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      keys[i] = ((long) data[at[i]] << 32) | (data[at[i] + 1] & 0xffffffffL);
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Long.compare(keys[a], keys[b]));
    for (int i : order) {
      int m = row(at[i], rowLabels, rowBits);
      out.writeLong(keys[i]);
      out.writeShort(m);
      for (int j = 0; j < m; j++) {
        out.writeShort(rowLabels[j]);
        out.writeFloat(Float.intBitsToFloat(rowBits[j]));
      }
    }
  }

  /** The non-zero weights of the row at {@code at}, in label order; returns how many. */
  private int row(int at, int[] rowLabels, int[] rowBits) {
    int m = data[at + 2];
    if (m >= 0) {
      for (int j = 0; j < m; j++) {
        rowLabels[j] = data[at + 3 + 2 * j];
        rowBits[j] = data[at + 4 + 2 * j];
      }
      return m;
    }
    float[] row = dense[-1 - m];
    int nz = 0;
    for (int l = 0; l < labels; l++) {
      if (row[l] != 0) {
        rowLabels[nz] = l;
        rowBits[nz++] = Float.floatToRawIntBits(row[l]);
      }
    }
    return nz;
  }

  /** Reads a model straight into its compact form (no per-feature objects). */
  static Perceptron read(DataInputStream in) throws IOException {
    int labels = in.readInt();
    int n = in.readInt();
    int total = in.readInt();
    byte[] body = in.readNBytes(n * 10 + total * 6);
    java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(body);
    Builder out = new Builder(labels, n, total);
    int[] rowLabels = new int[labels];
    int[] rowBits = new int[labels];
    for (int i = 0; i < n; i++) {
      long key = b.getLong();
      int m = b.getShort();
      for (int j = 0; j < m; j++) {
        rowLabels[j] = b.getShort();
        rowBits[j] = b.getInt();
      }
      out.add(key, m, rowLabels, rowBits);
    }
    return out.build();
  }

  /** A power of two at least 1.25 times the number of features (load at most four fifths; a half measured slower). */
  private static int tableSize(int n) {
    int size = 16;
    while (size < n + n / 4 + 1) {
      size <<= 1;
    }
    return size;
  }

  /** Lays out the rows, given in key order, and fills the table. */
  private static final class Builder {
    private final int labels;
    private final long[] table;
    private final int[] data;
    private final java.util.List<float[]> dense = new java.util.ArrayList<>();
    private int at = 1; // offsets start at 1, so that no filled slot reads as the empty 0

    Builder(int labels, int features, int weights) {
      this.labels = labels;
      this.table = new long[tableSize(features)];
      this.data = new int[1 + 3 * features + 2 * weights];
    }

    /** One feature's {@code m} non-zero weights, in label order. */
    void add(long key, int m, int[] rowLabels, int[] rowBits) {
      insert(key, at);
      data[at++] = (int) (key >>> 32);
      data[at++] = (int) key;
      if (m * DENSE_SHARE < labels) {
        data[at++] = m;
        for (int j = 0; j < m; j++) {
          data[at++] = rowLabels[j];
          data[at++] = rowBits[j];
        }
        return;
      }
      float[] row = new float[labels];
      for (int j = 0; j < m; j++) {
        row[rowLabels[j]] = Float.intBitsToFloat(rowBits[j]);
      }
      data[at++] = -1 - dense.size();
      dense.add(row);
    }

    private void insert(long key, int offset) {
      long h = mix(key);
      int mask = table.length - 1;
      int slot = (int) h & mask;
      while (table[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      table[slot] = ((h >>> 32) << 32) | (offset & 0xffffffffL);
    }

    Perceptron build() {
      return new Perceptron(labels, table, Arrays.copyOf(data, at), dense.toArray(new float[0][]));
    }
  }

  /** A model from full rows of weights by key (the zeros left out). */
  static Perceptron compact(int labels, Map<Long, float[]> rowsByKey) {
    int n = 0;
    int total = 0;
    for (float[] row : rowsByKey.values()) {
      int nz = 0;
      for (float w : row) {
        nz += w != 0 ? 1 : 0;
      }
      if (nz > 0) {
        n++;
        total += nz;
      }
    }
    Builder out = new Builder(labels, n, total);
    int[] rowLabels = new int[labels];
    int[] rowBits = new int[labels];
    Long[] sorted = rowsByKey.keySet().toArray(new Long[0]);
    Arrays.sort(sorted);
    for (Long key : sorted) {
      float[] row = rowsByKey.get(key);
      int nz = 0;
      for (int l = 0; l < labels; l++) {
        if (row[l] != 0) {
          rowLabels[nz] = l;
          rowBits[nz++] = Float.floatToRawIntBits(row[l]);
        }
      }
      if (nz > 0) {
        out.add(key, nz, rowLabels, rowBits);
      }
    }
    return out.build();
  }

  /** Averaged-perceptron training with lazy averaging. Not thread-safe. */
  static final class Trainer {
    private final int labels;
    private final Map<Long, float[]> weights = new HashMap<>();
    private final Map<Long, float[]> totals = new HashMap<>();
    private final Map<Long, int[]> stamps = new HashMap<>();
    private int step;

    Trainer(int labels) {
      this.labels = labels;
    }

    void score(long[] features, int n, float[] scores) {
      Arrays.fill(scores, 0);
      for (int f = 0; f < n; f++) {
        float[] w = weights.get(features[f]);
        if (w != null) {
          for (int l = 0; l < labels; l++) {
            scores[l] += w[l];
          }
        }
      }
    }

    /** One example: moves weight from the predicted to the gold label when they differ. */
    void update(long[] features, int n, int gold, int predicted) {
      step++;
      if (gold == predicted) {
        return;
      }
      for (int f = 0; f < n; f++) {
        long k = features[f];
        float[] w = weights.computeIfAbsent(k, x -> new float[labels]);
        float[] t = totals.computeIfAbsent(k, x -> new float[labels]);
        int[] s = stamps.computeIfAbsent(k, x -> new int[labels]);
        bump(w, t, s, gold, 1);
        bump(w, t, s, predicted, -1);
      }
    }

    private void bump(float[] w, float[] t, int[] s, int label, float by) {
      t[label] += (step - s[label]) * w[label];
      s[label] = step;
      w[label] += by;
    }

    /** The averaged model, weights below {@code prune} in magnitude dropped. */
    Perceptron average(float prune) {
      Map<Long, float[]> out = new HashMap<>();
      for (Map.Entry<Long, float[]> e : weights.entrySet()) {
        float[] w = e.getValue();
        float[] t = totals.get(e.getKey());
        int[] s = stamps.get(e.getKey());
        float[] avg = new float[labels];
        boolean any = false;
        for (int l = 0; l < labels; l++) {
          float total = t[l] + (step - s[l]) * w[l];
          float a = total / Math.max(step, 1);
          if (Math.abs(a) >= prune) {
            avg[l] = a;
            any = true;
          }
        }
        if (any) {
          out.put(e.getKey(), avg);
        }
      }
      return compact(labels, out);
    }
  }
}
