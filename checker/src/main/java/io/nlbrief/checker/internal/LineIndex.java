package io.nlbrief.checker.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** 1-based line and column of an offset; a line ends at \n, \r\n or a lone \r. */
public final class LineIndex {
  private final int[] starts;

  public LineIndex(String text) {
    List<Integer> s = new ArrayList<>();
    s.add(0);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        s.add(i + 1);
      }
    }
    starts = s.stream().mapToInt(Integer::intValue).toArray();
  }

  public int line(int offset) {
    int i = Arrays.binarySearch(starts, offset);
    return (i >= 0 ? i : -i - 2) + 1;
  }

  public int column(int offset) {
    return offset - starts[line(offset) - 1] + 1;
  }

  /** Where line {@code line} (1-based) starts. */
  public int lineStart(int line) {
    return starts[line - 1];
  }
}
