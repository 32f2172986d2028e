package io.nlbrief.parser.internal;

import io.nlbrief.parser.UPos;
import java.util.Set;

/**
 * A clause has one finite verb. A subordinate clause ends on its verbs, so the greedy parser, coming
 * out of {@code De man die door de politie werd gezocht heeft de stad verlaten}, hangs the main
 * clause's {@code heeft} on the relative clause's participle as a second auxiliary. A finite
 * auxiliary after the participle or infinitive of a subordinate clause that already has a finite
 * auxiliary belongs to the next verb form after it, the main clause's ({@code verlaten}). Each
 * auxiliary looks at most {@link Trees#MAX_SCAN} words ahead: linear.
 */
final class OneFiniteVerb {
  static final TreeRule RULE =
      TreeRule.of("one-finite-verb", t -> apply(t.pos(), t.feats(), t.heads(), t.rels()));

  private static final Set<String> SUBORDINATE = Set.of("acl", "advcl", "ccomp", "csubj");

  private OneFiniteVerb() {}

  static void apply(UPos[] pos, String[] feats, int[] heads, String[] rels) {
    int n = heads.length;
    for (int a = 1; a < n; a++) {
      int h = heads[a];
      if (h < 0 || h >= a || !rels[a].startsWith("aux") || !feats[a].contains("VerbForm=Fin")
          || !SUBORDINATE.contains(rels[h].split(":")[0]) || !hasFiniteAuxiliaryBefore(feats, heads, rels, h, a)) {
        continue;
      }
      for (int v = a + 1; v < n && v <= a + Trees.MAX_SCAN; v++) {
        if (pos[v] == UPos.PUNCT) {
          break;
        }
        if (pos[v].isVerbal() && !feats[v].contains("VerbForm=Fin") && !SubjectLists.dominates(heads, h, v)) {
          heads[a] = v;
          rels[a] = "aux";
          break;
        }
      }
    }
  }

  private static boolean hasFiniteAuxiliaryBefore(String[] feats, int[] heads, String[] rels, int h, int a) {
    for (int d = Math.max(0, h - Trees.MAX_SCAN); d < a; d++) {
      if (heads[d] == h && (rels[d].startsWith("aux") || rels[d].equals("cop")) && feats[d].contains("VerbForm=Fin")) {
        return true;
      }
    }
    return false;
  }
}
