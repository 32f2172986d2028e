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
  /** Two longs per slot: the feature key, then (start << 32 | end) into {@link #rows}; end 0 = empty. */
  private final long[] table;
  /** One long per weight: (label << 32 | float bits), a feature's weights side by side. */
  private final long[] rows;
  private final int mask;

  private Perceptron(int labels, long[] table, long[] rows) {
    this.labels = labels;
    this.table = table;
    this.rows = rows;
    this.mask = table.length / 2 - 1;
  }

  int labels() {
    return labels;
  }

  /**
   * Adds the weights of {@code n} features to {@code scores} (which the caller zeroes). A feature
   * costs one probe of the table and one run along its row: two cache lines, the whole cost of a
   * parse, hence the packed layout.
   */
  void score(long[] features, int n, float[] scores) {
    final long[] t = table;
    final long[] r = rows;
    for (int f = 0; f < n; f++) {
      long key = features[f];
      int slot = (int) (mix(key) & mask);
      while (true) {
        long meta = t[2 * slot + 1];
        if (meta == 0) {
          break;
        }
        if (t[2 * slot] == key) {
          for (int j = (int) (meta >>> 32), e = (int) meta; j < e; j++) {
            long w = r[j];
            scores[(int) (w >>> 32)] += Float.intBitsToFloat((int) w);
          }
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
    int slots = table.length / 2;
    int n = 0;
    for (int s = 0; s < slots; s++) {
      n += table[2 * s + 1] != 0 ? 1 : 0;
    }
    out.writeInt(n);
    out.writeInt(rows.length);
    // In key order, so that the same model always gives the same bytes.
    Integer[] filled = new Integer[n];
    int at = 0;
    for (int s = 0; s < slots; s++) {
      if (table[2 * s + 1] != 0) {
        filled[at++] = s;
      }
    }
    Arrays.sort(filled, (a, b) -> Long.compare(table[2 * a], table[2 * b]));
    for (int s : filled) {
      long meta = table[2 * s + 1];
      int from = (int) (meta >>> 32);
      int to = (int) meta;
      out.writeLong(table[2 * s]);
      out.writeShort(to - from);
      for (int j = from; j < to; j++) {
        out.writeShort((int) (rows[j] >>> 32));
        out.writeFloat(Float.intBitsToFloat((int) rows[j]));
      }
    }
  }

  /** Reads a model straight into its compact form (no per-feature objects). */
  static Perceptron read(DataInputStream in) throws IOException {
    int labels = in.readInt();
    int n = in.readInt();
    int total = in.readInt();
    byte[] body = in.readNBytes(n * 10 + total * 6);
    java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(body);
    int size = Integer.highestOneBit(Math.max(16, n * 2 + 1)) * 2;
    long[] table = new long[2 * size];
    long[] rows = new long[total];
    int at = 0;
    for (int i = 0; i < n; i++) {
      long key = b.getLong();
      int m = b.getShort();
      int start = at;
      for (int j = 0; j < m; j++) {
        int label = b.getShort();
        rows[at++] = ((long) label << 32) | (Float.floatToRawIntBits(b.getFloat()) & 0xffffffffL);
      }
      insert(table, size, key, start, at);
    }
    return new Perceptron(labels, table, rows);
  }

  private static void insert(long[] table, int size, long key, int start, int end) {
    int slot = (int) (mix(key) & (size - 1));
    while (table[2 * slot + 1] != 0) {
      slot = (slot + 1) & (size - 1);
    }
    table[2 * slot] = key;
    table[2 * slot + 1] = ((long) start << 32) | end;
  }

  private static Perceptron compact(int labels, Map<Long, float[]> rowsByKey) {
    int size = Integer.highestOneBit(Math.max(16, rowsByKey.size() * 2 + 1)) * 2;
    int total = 0;
    for (float[] row : rowsByKey.values()) {
      for (float w : row) {
        total += w != 0 ? 1 : 0;
      }
    }
    long[] table = new long[2 * size];
    long[] rows = new long[total];
    int at = 0;
    Long[] sorted = rowsByKey.keySet().toArray(new Long[0]);
    Arrays.sort(sorted);
    for (Long key : sorted) {
      float[] row = rowsByKey.get(key);
      int start = at;
      for (int l = 0; l < labels; l++) {
        if (row[l] != 0) {
          rows[at++] = ((long) l << 32) | (Float.floatToRawIntBits(row[l]) & 0xffffffffL);
        }
      }
      if (at > start) {
        insert(table, size, key, start, at);
      }
    }
    return new Perceptron(labels, table, rows);
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
