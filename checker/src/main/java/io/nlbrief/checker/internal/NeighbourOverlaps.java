package io.nlbrief.checker.internal;

import java.util.ArrayList;
import java.util.List;
import org.languagetool.Language;
import org.languagetool.rules.CleanOverlappingFilter;
import org.languagetool.rules.RuleMatch;

/**
 * LanguageTool's overlap filter, run only on the matches it can change: groups of matches that
 * overlap or lie at most one character apart. LanguageTool runs it over every match of a check,
 * and it asks each one for its first suggestion before it looks at positions (to join neighbours
 * such as {@code "a ," + ", b"}); for the speller that is the whole suggestion search, on every
 * word the speller reports, including the ones nlbrief's filters then drop. The filter only ever
 * compares a match with the one before it, and uses the suggestions only when the two overlap,
 * touch or are one character apart, so running it per such group gives the same matches in the
 * same order, and a match alone keeps its suggestions uncomputed until someone reads them.
 */
final class NeighbourOverlaps {
  private final CleanOverlappingFilter filter;

  NeighbourOverlaps(Language language) {
    // As JLanguageTool builds it, with a default UserConfig (premium matches not hidden).
    this.filter = new CleanOverlappingFilter(language, false);
  }

  /** The matches LanguageTool's filter keeps, of {@code sorted} (ordered by start, as it wants). */
  List<RuleMatch> clean(List<RuleMatch> sorted) {
    List<RuleMatch> out = new ArrayList<>(sorted.size());
    List<RuleMatch> group = new ArrayList<>();
    int groupEnd = Integer.MIN_VALUE;
    for (RuleMatch m : sorted) {
      if (!group.isEmpty() && m.getFromPos() > groupEnd + 1) {
        flush(group, out);
      }
      group.add(m);
      groupEnd = group.size() == 1 ? m.getToPos() : Math.max(groupEnd, m.getToPos());
    }
    flush(group, out);
    return out;
  }

  private void flush(List<RuleMatch> group, List<RuleMatch> out) {
    if (group.size() == 1) {
      out.add(group.get(0));
    } else if (!group.isEmpty()) {
      out.addAll(filter.filter(List.copyOf(group)));
    }
    group.clear();
  }
}
