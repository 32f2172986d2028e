package io.nlbrief.parser.internal;

import io.nlbrief.parser.UPos;
import java.util.Set;

/**
 * A relative clause between commas after a noun phrase ({@code Jan, die gisteren ziek was, kwam
 * niet}; {@code Anna, die ook 31 is, woont hier}) is one stretch: the relative pronoun, then the
 * clause, then its verb last before the closing comma. The greedy parser, seeing a copula, often
 * makes its predicate the root and the main clause's verb a dependent of it, or hangs the
 * pronoun and the predicate on the main verb. Here the stretch is rebuilt: its verb (or, for a
 * copula, the word before it, the predicate) heads it as {@code acl:relcl} of the noun, the words
 * inside hang on that head where the parser sent them outside, and the finite verb after the
 * closing comma heads the main clause with the noun as its subject where the parser put the root
 * inside the stretch. A stretch whose tree is already a relative clause of the noun is left alone.
 * Bounded by {@link Trees#MAX_SCAN}: linear.
 */
final class RelativeBetweenCommas {
  static final TreeRule RULE =
      TreeRule.of("relative-between-commas", t -> apply(t.words(), t.pos(), t.feats(), t.heads(), t.rels()));

  private static final Set<String> PRONOUNS = Set.of("die", "dat");
  private static final Set<UPos> PREDICATES = Set.of(UPos.ADJ, UPos.NOUN, UPos.NUM, UPos.PROPN, UPos.ADV);

  private RelativeBetweenCommas() {}

  static void apply(java.util.List<UdTagger.Word> words, UPos[] pos, String[] feats, int[] heads, String[] rels) {
    int n = heads.length;
    for (int r = 2; r < n; r++) {
      int noun = r - 2;
      if (!PRONOUNS.contains(words.get(r).lower()) || !words.get(r - 1).lower().equals(",")
          || !(pos[noun] == UPos.NOUN || pos[noun] == UPos.PROPN)) {
        continue;
      }
      int close = -1;
      for (int k = r + 1; k < Math.min(n, r + Trees.MAX_SCAN); k++) {
        if (pos[k] == UPos.PUNCT) {
          close = words.get(k).lower().equals(",") ? k : -1;
          break;
        }
      }
      if (close < r + 2 || close + 1 >= n) {
        continue;
      }
      int verb = close - 1;
      if (!(pos[verb] == UPos.AUX || pos[verb] == UPos.VERB) || !feats[verb].contains("VerbForm=Fin")) {
        continue;
      }
      int main = -1;
      for (int k = close + 1; k < Math.min(n, close + Trees.MAX_SCAN); k++) {
        if ((pos[k] == UPos.VERB || pos[k] == UPos.AUX) && feats[k].contains("VerbForm=Fin")) {
          main = k;
          break;
        }
        if (pos[k] == UPos.PUNCT) {
          break;
        }
      }
      if (main < 0) {
        continue;
      }
      int head = clauseHead(pos, heads, rels, r, verb);
      if (head < 0 || heads[head] == noun && rels[head].equals("acl:relcl") && heads[main] != head && !inside(heads[main], r, close)) {
        continue; // already the noun's relative clause, and the main verb outside it
      }
      rebuild(pos, heads, rels, noun, r, close, verb, head, main);
    }
  }

  /** The stretch's head: the verb, or for a copula the predicate just before it; -1 if none fits. */
  private static int clauseHead(UPos[] pos, int[] heads, String[] rels, int r, int verb) {
    if (!rels[verb].equals("cop") && !rels[verb].startsWith("aux")) {
      return verb;
    }
    if (inside(heads[verb], r + 1, verb)) {
      return heads[verb];
    }
    int predicate = verb - 1;
    return predicate > r && rels[verb].equals("cop") && PREDICATES.contains(pos[predicate]) ? predicate : -1;
  }

  private static boolean inside(int k, int from, int to) {
    return k >= from && k <= to;
  }

  private static void rebuild(UPos[] pos, int[] heads, String[] rels, int noun, int r, int close, int verb, int head,
      int main) {
    int n = heads.length;
    boolean rootInside = false;
    for (int k = 0; k < n; k++) {
      if (heads[k] < 0 && inside(k, r, close)) {
        rootInside = true;
      }
    }
    int oldHeadOfMain = heads[main];
    // the main clause: its finite verb heads it where the parser put the root inside the stretch
    if (rootInside || inside(heads[main], r, close)) {
      for (int k = Math.max(0, main - Trees.MAX_SCAN); k < Math.min(n, main + Trees.MAX_SCAN); k++) {
        if (!inside(k, r - 1, close) && k != main && inside(heads[k], r, close)) {
          heads[k] = main; // what the parser hung on the stretch from outside it is the main clause's
        }
      }
      heads[main] = rootInside ? -1 : oldHeadOfMain;
      if (rootInside) {
        rels[main] = "root";
      }
      if (inside(oldHeadOfMain, r, close) && !rootInside) {
        heads[main] = heads[head] >= 0 && !inside(heads[head], r, close) ? heads[head] : -1;
        rels[main] = heads[main] < 0 ? "root" : rels[main];
      }
    }
    for (int k = r; k <= close; k++) {
      if (k != head && !inside(heads[k], r, close)) {
        heads[k] = head;
        if (rels[k].equals("root") || rels[k].equals("dep")) {
          rels[k] = "dep";
        }
      }
    }
    if (head != verb && rels[verb].equals("cop")) {
      heads[verb] = head;
    }
    if (!rels[r].startsWith("nsubj") && !rels[r].equals("obj")) {
      rels[r] = "nsubj";
    }
    if (rels[r].equals("obj") && rels[verb].equals("cop")) {
      rels[r] = "nsubj"; // die ook 31 is: a copula's pronoun is its subject
    }
    heads[r] = head;
    heads[head] = noun;
    rels[head] = "acl:relcl";
    heads[r - 1] = head;
    rels[r - 1] = "punct";
    heads[close] = head;
    rels[close] = "punct";
    if (heads[noun] < 0 || inside(heads[noun], r, close)) {
      heads[noun] = main;
      rels[noun] = "nsubj";
    }
  }
}
