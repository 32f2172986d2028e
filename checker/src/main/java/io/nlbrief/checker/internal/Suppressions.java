package io.nlbrief.checker.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markers in the text that silence findings, in the manner of ESLint's and Vale's comments. A
 * marker may stand in any comment the format has ({@code <!-- … -->}, {@code % …}, {@code // …}) or
 * bare on a line; it is followed by rule or category ids (upper case, separated by commas or
 * spaces; none means every rule), then optionally {@code --} and a reason:
 *
 * <ul>
 *   <li>{@code nlbrief-disable-line [IDS]}: the line the marker is on;
 *   <li>{@code nlbrief-disable-next-line [IDS]}: the line after it;
 *   <li>{@code nlbrief-disable [IDS]} … {@code nlbrief-enable}: from the marker to the next
 *       {@code nlbrief-enable} (or the end of the text);
 *   <li>{@code nlbrief-ignore-word WORD …}: the findings on exactly these words (the flagged text,
 *       case-sensitive), anywhere in the text.
 * </ul>
 *
 * A finding on the marker itself is always silenced, so the marker's words are not reported.
 */
public final class Suppressions {
  private static final Pattern MARKER = Pattern.compile(
      "nlbrief-(disable-next-line|disable-line|disable|enable|ignore-word)\\b([^\\n\\r]*?)(?=-->|\\*/|$)", Pattern.MULTILINE);
  private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9_]*");

  /** A silenced stretch of the text, for the given ids (empty: every rule). */
  private record Region(int start, int end, Set<String> ids) {}

  private final List<Region> regions;
  private final Set<String> words;

  private Suppressions(List<Region> regions, Set<String> words) {
    this.regions = regions;
    this.words = words;
  }

  /** The markers of {@code text}. Cheap when there are none. */
  public static Suppressions of(String text) {
    if (!text.contains("nlbrief-")) {
      return new Suppressions(List.of(), Set.of());
    }
    LineIndex lines = new LineIndex(text);
    List<Region> regions = new ArrayList<>();
    Set<String> words = new LinkedHashSet<>();
    Matcher m = MARKER.matcher(text);
    Region open = null;
    while (m.find()) {
      String kind = m.group(1);
      String rest = m.group(2);
      int dashes = rest.indexOf("--");
      String args = (dashes >= 0 ? rest.substring(0, dashes) : rest).strip();
      regions.add(new Region(commentStart(text, m.start()), commentEnd(text, m.end()), Set.of()));
      int line = lines.line(m.start());
      switch (kind) {
        case "disable-line" -> regions.add(new Region(lines.lineStart(line), lineEnd(text, m.start()), ids(args)));
        case "disable-next-line" -> {
          int next = lineEnd(text, m.start());
          if (next < text.length()) {
            int start = lines.lineStart(lines.line(skipBreak(text, next)));
            regions.add(new Region(start, lineEnd(text, start), ids(args)));
          }
        }
        case "disable" -> {
          if (open == null) {
            open = new Region(m.end(), text.length(), ids(args));
          }
        }
        case "enable" -> {
          if (open != null) {
            regions.add(new Region(open.start(), m.start(), open.ids()));
            open = null;
          }
        }
        default -> {
          for (String w : args.split("[\\s,]+")) {
            if (!w.isEmpty()) {
              words.add(w);
            }
          }
        }
      }
    }
    if (open != null) {
      regions.add(open);
    }
    return new Suppressions(List.copyOf(regions), Set.copyOf(words));
  }

  /** True when a marker silences the match. */
  public boolean silences(Match m, String text) {
    if (regions.isEmpty()) {
      return false;
    }
    if (words.contains(m.covered(text))) {
      return true;
    }
    for (Region r : regions) {
      if (m.start() < r.end() && r.start() < m.end()
          && (r.ids().isEmpty() || r.ids().contains(m.ruleId().toUpperCase(Locale.ROOT))
              || r.ids().contains(m.categoryId().toUpperCase(Locale.ROOT)))) {
        return true;
      }
    }
    return false;
  }

  /** The ids of a marker: upper-case words up to the first that is not one. */
  private static Set<String> ids(String args) {
    Set<String> ids = new LinkedHashSet<>();
    for (String w : args.split("[\\s,]+")) {
      if (w.isEmpty()) {
        continue;
      }
      if (!ID.matcher(w).matches()) {
        break;
      }
      ids.add(w);
    }
    return Set.copyOf(ids);
  }

  /** Back over the comment's opener ({@code <!--}, {@code //}, {@code %}, {@code #}, a slash and a star). */
  private static int commentStart(String text, int at) {
    int i = at;
    while (i > 0 && "<!-/%#* \t".indexOf(text.charAt(i - 1)) >= 0) {
      i--;
    }
    return i;
  }

  /** On over the comment's closer ({@code -->}, or a star and a slash). */
  private static int commentEnd(String text, int at) {
    int i = at;
    while (i < text.length() && "->*/ \t".indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    return i;
  }

  private static int lineEnd(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
      i++;
    }
    return i;
  }

  private static int skipBreak(String text, int at) {
    if (at < text.length() && text.charAt(at) == '\r' && at + 1 < text.length() && text.charAt(at + 1) == '\n') {
      return at + 2;
    }
    return Math.min(text.length(), at + 1);
  }
}
