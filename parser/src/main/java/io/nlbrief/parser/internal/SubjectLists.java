package io.nlbrief.parser.internal;

import io.nlbrief.parser.UPos;
import java.util.List;
import java.util.Set;

/**
 * A list after a subject is the subject's: in {@code Maandag besloten de VS, Canada en een groot
 * aantal landen om …} the greedy parser, having closed the subject at {@code VS}, hangs
 * {@code Canada} on the verb as a {@code conj} and {@code aantal} on the next verb as an
 * {@code obl}. A noun or name without a preposition that follows the subject's phrase across
 * nothing but a comma or a coordinating conjunction of its own, hung on a verb, is the subject's
 * next conjunct ({@code conj}); so is the one after it once the first has joined. An apposition
 * ({@code de minister, Jan de Vries,}), a second subject and a noun phrase with a verb of its own
 * are left alone.
 * Each candidate looks back at most {@link Trees#MAX_SCAN} words: linear.
 */
final class SubjectLists {
  static final TreeRule RULE =
      TreeRule.of("subject-lists", t -> apply(t.words(), t.pos(), t.heads(), t.rels()));

  private static final Set<String> MISATTACHED = Set.of("conj", "obl", "obj", "dep");

  private SubjectLists() {}

  static void apply(List<UdTagger.Word> words, UPos[] pos, int[] heads, String[] rels) {
    int n = heads.length;
    for (int k = 1; k < n; k++) {
      int h = heads[k];
      if (!(pos[k] == UPos.NOUN || pos[k] == UPos.PROPN) || h < 0 || !pos[h].isVerbal()
          || !MISATTACHED.contains(rels[k]) || TimePhrases.hasChild(heads, rels, k, "case")) {
        continue;
      }
      int start = leftEdge(pos, heads, k);
      if (start < 1) {
        continue;
      }
      int p = start - 1;
      boolean ownConjunction = pos[p] == UPos.CCONJ && heads[p] == k;
      if (!(ownConjunction || pos[p] == UPos.PUNCT && words.get(p).lower().equals(","))) {
        continue;
      }
      if (ownConjunction && p > 0 && pos[p - 1] == UPos.PUNCT) {
        p--; // ", en"
      }
      int last = p - 1;
      if (last < 0) {
        continue;
      }
      int subject = subjectEndingAt(pos, heads, rels, last, k);
      if (subject < 0 || subject == k || verbInside(pos, heads, k, start)) {
        continue;
      }
      heads[k] = subject;
      rels[k] = "conj";
    }
  }

  /** The subject (or the first conjunct of a subject) whose phrase ends at {@code last}, or -1. */
  private static int subjectEndingAt(UPos[] pos, int[] heads, String[] rels, int last, int k) {
    // climb from the last word to the head of its phrase, no further than a subject or its conjunct
    int w = last;
    for (int steps = 0; steps < Trees.MAX_SCAN && w >= 0; steps++) {
      if (rels[w].startsWith("nsubj") && (pos[w] == UPos.NOUN || pos[w] == UPos.PROPN || pos[w] == UPos.PRON)) {
        return rightEdge(heads, w, k) == last ? w : -1;
      }
      if (rels[w].equals("conj") && heads[w] >= 0 && rels[heads[w]].startsWith("nsubj")) {
        return rightEdge(heads, w, k) == last ? heads[w] : -1;
      }
      if (heads[w] < 0 || pos[heads[w]].isVerbal() || heads[w] > last) {
        return -1;
      }
      w = heads[w];
    }
    return -1;
  }

  /** The leftmost word of {@code k}'s phrase (its dependents before it, transitively), a conjunction or comma not counted. */
  private static int leftEdge(UPos[] pos, int[] heads, int k) {
    int edge = k;
    for (int d = k - 1; d >= 0 && d >= k - Trees.MAX_SCAN; d--) {
      if (pos[d] != UPos.CCONJ && pos[d] != UPos.PUNCT && dominates(heads, k, d)) {
        edge = d;
      } else {
        break;
      }
    }
    return edge;
  }

  /** The rightmost word before {@code limit} of {@code w}'s phrase. */
  private static int rightEdge(int[] heads, int w, int limit) {
    int edge = w;
    for (int d = w + 1; d < limit && d <= w + Trees.MAX_SCAN; d++) {
      if (dominates(heads, w, d)) {
        edge = d;
      } else {
        break;
      }
    }
    return edge;
  }

  /** Whether {@code top} is {@code d} or one of its heads, at most {@link Trees#MAX_ANCESTORS} steps up. */
  static boolean dominates(int[] heads, int top, int d) {
    int w = d;
    for (int steps = 0; steps < Trees.MAX_ANCESTORS && w >= 0; steps++) {
      if (w == top) {
        return true;
      }
      w = heads[w];
    }
    return false;
  }

  private static boolean verbInside(UPos[] pos, int[] heads, int k, int start) {
    for (int d = start; d < heads.length && d <= k + Trees.MAX_SCAN; d++) {
      if (d != k && pos[d].isVerbal() && dominates(heads, k, d)) {
        return true;
      }
    }
    return false;
  }
}
