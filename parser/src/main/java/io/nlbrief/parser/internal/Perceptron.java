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
  private final int labels;
  private final long[] keys;
  private final int[] starts;
  private final int[] ends;
  private final short[] rowLabels;
  private final float[] rowWeights;
  private final int mask;

  private Perceptron(int labels, long[] keys, int[] starts, int[] ends, short[] rowLabels, float[] rowWeights) {
    this.labels = labels;
    this.keys = keys;
    this.starts = starts;
    this.ends = ends;
    this.rowLabels = rowLabels;
    this.rowWeights = rowWeights;
    this.mask = keys.length - 1;
  }

  int labels() {
    return labels;
  }

  /** Adds the weights of {@code n} features to {@code scores} (which the caller zeroes). */
  void score(long[] features, int n, float[] scores) {
    for (int f = 0; f < n; f++) {
      long key = features[f];
      int slot = (int) (mix(key) & mask);
      while (true) {
        long k = keys[slot];
        if (k == key && ends[slot] > 0) {
          for (int j = starts[slot], e = ends[slot]; j < e; j++) {
            scores[rowLabels[j]] += rowWeights[j];
          }
          break;
        }
        if (ends[slot] == 0) {
          break;
        }
        slot = (slot + 1) & mask;
      }
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
    for (int e : ends) {
      n += e > 0 ? 1 : 0;
    }
    out.writeInt(n);
    out.writeInt(rowWeights.length);
    // In key order, so that the same model always gives the same bytes.
    Integer[] slots = new Integer[n];
    int at = 0;
    for (int s = 0; s < keys.length; s++) {
      if (ends[s] > 0) {
        slots[at++] = s;
      }
    }
    Arrays.sort(slots, (a, b) -> Long.compare(keys[a], keys[b]));
    for (int s : slots) {
      out.writeLong(keys[s]);
      out.writeShort(ends[s] - starts[s]);
      for (int j = starts[s]; j < ends[s]; j++) {
        out.writeShort(rowLabels[j]);
        out.writeFloat(rowWeights[j]);
      }
    }
  }

  /** Reads a model straight into its compact form (no per-feature objects). */
  static Perceptron read(DataInputStream in) throws IOException {
    int labels = in.readInt();
    int n = in.readInt();
    int total = in.readInt();
    int size = Integer.highestOneBit(Math.max(16, n * 2 + 1)) * 2;
    long[] keys = new long[size];
    int[] starts = new int[size];
    int[] ends = new int[size];
    short[] rowLabels = new short[total];
    float[] rowWeights = new float[total];
    int at = 0;
    for (int i = 0; i < n; i++) {
      long key = in.readLong();
      int m = in.readShort();
      int start = at;
      for (int j = 0; j < m; j++) {
        rowLabels[at] = in.readShort();
        rowWeights[at] = in.readFloat();
        at++;
      }
      int slot = (int) (mix(key) & (size - 1));
      while (ends[slot] > 0) {
        slot = (slot + 1) & (size - 1);
      }
      keys[slot] = key;
      starts[slot] = start;
      ends[slot] = at;
    }
    return new Perceptron(labels, keys, starts, ends, rowLabels, rowWeights);
  }

  private static Perceptron compact(int labels, Map<Long, float[]> rows) {
    int size = Integer.highestOneBit(Math.max(16, rows.size() * 2 + 1)) * 2;
    long[] keys = new long[size];
    int[] starts = new int[size];
    int[] ends = new int[size];
    int total = 0;
    for (float[] row : rows.values()) {
      for (float w : row) {
        total += w != 0 ? 1 : 0;
      }
    }
    short[] rowLabels = new short[total];
    float[] rowWeights = new float[total];
    int at = 0;
    // Sorted keys: the same model gives the same table, whatever the map's order.
    Long[] sorted = rows.keySet().toArray(new Long[0]);
    Arrays.sort(sorted);
    for (Long key : sorted) {
      float[] row = rows.get(key);
      int start = at;
      for (int l = 0; l < labels; l++) {
        if (row[l] != 0) {
          rowLabels[at] = (short) l;
          rowWeights[at] = row[l];
          at++;
        }
      }
      if (at == start) {
        continue;
      }
      int slot = (int) (mix(key) & (size - 1));
      while (ends[slot] > 0) {
        slot = (slot + 1) & (size - 1);
      }
      keys[slot] = key;
      starts[slot] = start;
      ends[slot] = at;
    }
    return new Perceptron(labels, keys, starts, ends, rowLabels, rowWeights);
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
