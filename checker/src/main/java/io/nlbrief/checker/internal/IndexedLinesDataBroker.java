package io.nlbrief.checker.internal;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;
import org.languagetool.JLanguageTool;
import org.languagetool.broker.DefaultResourceDataBroker;
import org.languagetool.broker.ResourceDataBroker;

/**
 * LanguageTool's resource reader, except that the lines of {@code nl/multipartcompounds.txt} come
 * back in a list that finds a line by a hash lookup instead of a scan. LanguageTool's
 * {@code SpaceInCompoundRule} checks each of that file's 11,600 lines for duplicates with
 * {@code lines.indexOf(line) != lines.lastIndexOf(line)}, 270 million string comparisons: 1.4 s
 * of the 2 s its class initialisation took on the critical path of a cold {@code check}, before
 * the first pipeline could be built. Same lines, same order, same answers; the list is read-only,
 * as that rule (the file's only reader) only reads it.
 */
final class IndexedLinesDataBroker extends DefaultResourceDataBroker {
  /** The resource files read this way, as LanguageTool names them. */
  private static final Set<String> INDEXED = Set.of("/nl/multipartcompounds.txt");

  private IndexedLinesDataBroker(String resourceDir, String rulesDir) {
    super(resourceDir, rulesDir);
  }

  /**
   * Puts this reader in LanguageTool's place, once per process, when LanguageTool's is its plain
   * default (a broker someone else installed is left alone).
   */
  static void install() {
    synchronized (JLanguageTool.class) {
      ResourceDataBroker current = JLanguageTool.getDataBroker();
      if (current.getClass() == DefaultResourceDataBroker.class) {
        JLanguageTool.setDataBroker(new IndexedLinesDataBroker(current.getResourceDir(), current.getRulesDir()));
      }
    }
  }

  @Override
  public List<String> getFromResourceDirAsLines(String path) {
    List<String> lines = super.getFromResourceDirAsLines(path);
    return INDEXED.contains(path) ? new IndexedLines(lines) : lines;
  }

  /** A read-only list of lines with {@code indexOf} and {@code lastIndexOf} by hash. */
  static final class IndexedLines extends AbstractList<String> implements RandomAccess {
    private final String[] lines;
    /** Each line's first and last position. */
    private final Map<String, int[]> positions = new HashMap<>();

    IndexedLines(List<String> lines) {
      this.lines = lines.toArray(new String[0]);
      for (int i = 0; i < this.lines.length; i++) {
        int at = i;
        positions.computeIfAbsent(this.lines[i], k -> new int[] {at, at})[1] = i;
      }
    }

    @Override
    public String get(int index) {
      return lines[index];
    }

    @Override
    public int size() {
      return lines.length;
    }

    @Override
    public int indexOf(Object o) {
      if (!(o instanceof String) && o != null) {
        return super.indexOf(o); // equality decided by o itself: scan, as ArrayList does
      }
      int[] at = positions.get(o);
      return at == null ? -1 : at[0];
    }

    @Override
    public int lastIndexOf(Object o) {
      if (!(o instanceof String) && o != null) {
        return super.lastIndexOf(o);
      }
      int[] at = positions.get(o);
      return at == null ? -1 : at[1];
    }

    @Override
    public boolean contains(Object o) {
      return indexOf(o) >= 0;
    }
  }
}
