package io.nlbrief.cli.pipeline;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One briefer per settings and JVM, whatever the number of DoFn instances; a bounded number kept. */
class WorkerBriefersTest {
  private static BriefSettings settings(int sentences) {
    return new BriefSettings(false, "nl-BE", Set.of(), List.of(), "sentences", sentences, 1_000_000, null, null, "t");
  }

  @Test
  void instancesWithEqualSettingsShareOneBriefer() throws Exception {
    Briefer first = WorkerBriefers.of(settings(3));
    // Settings arrive deserialized, a new object per DoFn instance: equal, not the same.
    assertSame(first, WorkerBriefers.of(settings(3)));
    assertNotSame(first, WorkerBriefers.of(settings(4)));
  }

  @Test
  void onlyTheLastSettingsAreKept() throws Exception {
    Briefer oldest = WorkerBriefers.of(settings(10));
    for (int i = 1; i <= WorkerBriefers.KEPT; i++) {
      WorkerBriefers.of(settings(10 + i));
    }
    assertNotSame(oldest, WorkerBriefers.of(settings(10)), "dropped after KEPT newer settings, built again");
  }
}
