package io.nlbrief.parser.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PerceptronTest {
  private static final int LABELS = 40;

  /** Rows of every length, from one weight to all labels (so both the sparse and the dense form). */
  private static Map<Long, float[]> rows(Random random, int features) {
    Map<Long, float[]> rows = new HashMap<>();
    for (int i = 0; i < features; i++) {
      float[] row = new float[LABELS];
      int weights = 1 + random.nextInt(i % 5 == 0 ? LABELS : 6);
      for (int j = 0; j < weights; j++) {
        row[random.nextInt(LABELS)] = (random.nextInt(2000) - 1000) / 64f + random.nextFloat();
      }
      rows.put(random.nextLong(), row);
    }
    return rows;
  }

  @Test
  void scoresAreTheRowsSummedFeatureByFeatureInOrder() {
    Random random = new Random(13);
    Map<Long, float[]> rows = rows(random, 3000);
    Perceptron model = Perceptron.compact(LABELS, rows);
    Long[] known = rows.keySet().toArray(new Long[0]);
    for (int round = 0; round < 200; round++) {
      int n = 1 + random.nextInt(45);
      long[] features = new long[n];
      for (int f = 0; f < n; f++) {
        // Some features the model lacks, some it has, some twice.
        features[f] = random.nextInt(4) == 0 ? random.nextLong() : known[random.nextInt(known.length)];
      }
      float[] expected = new float[LABELS];
      for (long key : features) {
        float[] row = rows.get(key);
        for (int l = 0; row != null && l < LABELS; l++) {
          if (row[l] != 0) {
            expected[l] += row[l];
          }
        }
      }
      float[] actual = new float[LABELS];
      model.score(features, n, actual);
      for (int l = 0; l < LABELS; l++) {
        assertEquals(expected[l], actual[l], 0f, "round " + round + ", label " + l);
      }
    }
  }

  @Test
  void aModelReadBackWritesTheSameBytesAndScoresTheSame() throws IOException {
    Random random = new Random(5);
    Map<Long, float[]> rows = rows(random, 500);
    Perceptron model = Perceptron.compact(LABELS, rows);
    byte[] written = bytes(model);
    Perceptron read = Perceptron.read(new DataInputStream(new ByteArrayInputStream(written)));
    assertArrayEquals(written, bytes(read));
    long[] features = rows.keySet().stream().mapToLong(Long::longValue).limit(40).toArray();
    float[] a = new float[LABELS];
    float[] b = new float[LABELS];
    model.score(features, features.length, a);
    read.score(features, features.length, b);
    assertArrayEquals(a, b);
  }

  @Test
  void aFeatureTheModelLacksAddsNothing() {
    Map<Long, float[]> rows = new HashMap<>();
    float[] row = new float[LABELS];
    row[3] = 2.5f;
    rows.put(7L, row);
    Perceptron model = Perceptron.compact(LABELS, rows);
    float[] scores = new float[LABELS];
    model.score(new long[] {8L, 7L, 6L}, 3, scores);
    float[] expected = new float[LABELS];
    expected[3] = 2.5f;
    assertArrayEquals(expected, scores);
  }

  private static byte[] bytes(Perceptron model) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DataOutputStream data = new DataOutputStream(out)) {
      model.write(data);
    }
    return out.toByteArray();
  }
}
