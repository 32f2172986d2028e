package io.nlbrief.checker.internal;

import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The stretches of text the candidate findings so far cover, to ask whether a new one overlaps
 * any of them in O(log n) instead of testing it against each (which made merging nlbrief's own
 * rules' matches into LanguageTool's quadratic on a long article).
 *
 * <p>Overlap is {@link #overlaps}'s test, {@code a.start < b.end && b.start < a.end}, exactly as
 * the pairwise test asked it. For spans of some length that is whether their interiors meet, so
 * the union of the interiors answers it: overlapping spans are merged into one (spans that only
 * touch are not). An empty span (an insertion point) has no interior and is kept apart.
 */
final class CoveredSpans {
  /** Disjoint merged interiors, start to end; touching ones stay apart. */
  private final TreeMap<Integer, Integer> merged = new TreeMap<>();
  /** The empty spans added. */
  private final TreeSet<Integer> points = new TreeSet<>();

  void add(int start, int end) {
    if (start == end) {
      points.add(start);
      return;
    }
    int from = start;
    int to = end;
    // Every merged span with start < end and end > start overlaps: they are contiguous in the map.
    Map.Entry<Integer, Integer> e = merged.lowerEntry(end);
    while (e != null && e.getValue() > start) {
      from = Math.min(from, e.getKey());
      to = Math.max(to, e.getValue());
      merged.remove(e.getKey());
      e = merged.lowerEntry(end);
    }
    merged.put(from, to);
  }

  /** Whether some span added so far, {@code a}, has {@code a.start < end && start < a.end}. */
  boolean overlaps(int start, int end) {
    // The merged span starting last before end reaches furthest of those starting before end.
    Map.Entry<Integer, Integer> e = merged.lowerEntry(end);
    if (e != null && e.getValue() > start) {
      return true;
    }
    // An empty span p overlaps when start < p < end.
    Integer p = points.higher(start);
    return p != null && p < end;
  }
}
