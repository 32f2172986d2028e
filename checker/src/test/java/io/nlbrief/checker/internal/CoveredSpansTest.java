package io.nlbrief.checker.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The merged index answers exactly what testing a span against every span added would. */
class CoveredSpansTest {
  private static boolean pairwise(List<int[]> added, int start, int end) {
    return added.stream().anyMatch(a -> a[0] < end && start < a[1]);
  }

  @Test
  void agreesWithThePairwiseTestOnRandomSpans() {
    Random random = new Random(11);
    for (int round = 0; round < 200; round++) {
      CoveredSpans covered = new CoveredSpans();
      List<int[]> added = new ArrayList<>();
      for (int i = 0; i < 60; i++) {
        int start = random.nextInt(100);
        int end = start + (random.nextInt(4) == 0 ? 0 : random.nextInt(8));
        assertEquals(pairwise(added, start, end), covered.overlaps(start, end), () -> start + "-" + end);
        if (random.nextBoolean()) {
          covered.add(start, end);
          added.add(new int[] {start, end});
        }
      }
    }
  }

  @Test
  void touchingIsNotOverlapping() {
    CoveredSpans covered = new CoveredSpans();
    covered.add(2, 5);
    covered.add(5, 9);
    assertFalse(covered.overlaps(0, 2));
    assertFalse(covered.overlaps(9, 12));
    // The point between two touching spans is inside neither.
    assertFalse(covered.overlaps(5, 5));
    assertTrue(covered.overlaps(4, 6));
    // An insertion point inside a span overlaps it; two insertion points never overlap.
    assertTrue(covered.overlaps(7, 7));
    covered.add(20, 20);
    assertTrue(covered.overlaps(19, 21));
    assertFalse(covered.overlaps(20, 20));
    assertFalse(covered.overlaps(20, 22));
  }
}
