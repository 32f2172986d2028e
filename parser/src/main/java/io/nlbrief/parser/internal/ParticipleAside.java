package io.nlbrief.parser.internal;

import io.nlbrief.parser.UPos;
import java.util.Set;

/**
 * A participle between commas after the subject ({@code De minister, gesteund door haar partij,
 * diende een voorstel in}; {@code De spelers, aangemoedigd door de fans, wonnen}) is an aside on
 * that noun phrase, not the clause's verb: with no auxiliary of its own and the finite verb after
 * it, the greedy parser makes the participle the root, its noun phrase a passive subject and the
 * real clause a {@code parataxis} or {@code conj} of it. Here the finite verb takes the participle's
 * place, the noun phrase becomes its subject (a second subject after the verb its object) and the
 * participle an {@code acl} on the noun. What stands between the participle and the finite verb
 * is the aside's; what stands after the finite verb is the clause's. Looks at most {@link
 * Trees#MAX_SCAN} words either side: linear.
 */
final class ParticipleAside {
  static final TreeRule RULE = TreeRule.of("participle-aside", t -> apply(t.pos(), t.feats(), t.heads(), t.rels()));

  private static final Set<String> CLAUSE_LINKS = Set.of("parataxis", "conj", "dep", "advcl", "ccomp");

  private ParticipleAside() {}

  static void apply(UPos[] pos, String[] feats, int[] heads, String[] rels) {
    int n = heads.length;
    for (int p = 2; p < n; p++) {
      if (pos[p] != UPos.VERB || !feats[p].contains("VerbForm=Part") || pos[p - 1] != UPos.PUNCT
          || TimePhrases.hasChild(heads, rels, p, "aux", "aux:pass", "cop", "mark")) {
        continue;
      }
      int subject = subjectBefore(pos, heads, rels, p);
      int finite = subject < 0 ? -1 : finiteAfter(pos, feats, heads, rels, p);
      if (finite < 0) {
        continue;
      }
      int comma = commaBefore(pos, p, finite);
      heads[finite] = heads[p];
      rels[finite] = rels[p];
      int low = Math.max(0, p - Trees.MAX_SCAN);
      int high = Math.min(n, finite + Trees.MAX_SCAN);
      for (int d = low; d < high; d++) {
        if (d == finite || d == p) {
          continue;
        }
        if (heads[d] == p && (d > finite || d < subject)) {
          heads[d] = finite; // after the finite verb: the clause's (and the sentence's full stop)
        } else if (heads[d] == finite && d > p && d < comma) {
          heads[d] = p; // inside the aside
        } else if (heads[d] == finite && d > finite && rels[d].startsWith("nsubj")) {
          rels[d] = "obj"; // one subject, the one before the verb
        }
      }
      heads[subject] = finite;
      rels[subject] = TimePhrases.hasChild(heads, rels, finite, "aux:pass") ? "nsubj:pass" : "nsubj";
      heads[p] = subject;
      rels[p] = "acl";
      if (comma < finite) {
        heads[comma] = p; // the comma closing the aside
        rels[comma] = "punct";
      }
      heads[p - 1] = p;
      rels[p - 1] = "punct";
    }
  }

  /** The noun phrase just before the comma before participle {@code p}, hung on it; -1 if none. */
  private static int subjectBefore(UPos[] pos, int[] heads, String[] rels, int p) {
    int last = p - 2;
    int s = last;
    for (int up = 0; up < Trees.MAX_SCAN && s >= 0 && heads[s] != p; up++) {
      s = heads[s]; // from the word before the comma up to the phrase hung on the participle
    }
    if (s < 0 || s > last || heads[s] != p || !(pos[s] == UPos.NOUN || pos[s] == UPos.PROPN || pos[s] == UPos.PRON)
        || !(rels[s].startsWith("nsubj") || rels[s].equals("obj"))) {
      return -1;
    }
    for (int d = Math.max(0, s - Trees.MAX_SCAN); d < s; d++) {
      if (pos[d] == UPos.VERB || pos[d] == UPos.AUX) {
        return -1; // a verb before the noun phrase: no subject opening the clause
      }
    }
    return s;
  }

  /**
   * The first finite verb after {@code p} and its phrase, hung on {@code p}, without a subject
   * before it; the comma that should close the aside is often missing.
   */
  private static int finiteAfter(UPos[] pos, String[] feats, int[] heads, String[] rels, int p) {
    int n = heads.length;
    for (int f = p + 2; f < Math.min(n, p + Trees.MAX_SCAN); f++) {
      if ((pos[f] == UPos.VERB || pos[f] == UPos.AUX) && feats[f].contains("VerbForm=Fin")) {
        return heads[f] == p && CLAUSE_LINKS.contains(rels[f]) && !hasSubjectBefore(heads, rels, p, f) ? f : -1;
      }
    }
    return -1;
  }

  private static boolean hasSubjectBefore(int[] heads, String[] rels, int p, int f) {
    for (int d = p + 1; d < f; d++) {
      if (heads[d] == f && rels[d].startsWith("nsubj")) {
        return true;
      }
    }
    return false;
  }

  /** The comma just before {@code f} that closes the aside, else {@code f}: where the aside ends. */
  private static int commaBefore(UPos[] pos, int p, int f) {
    return f - 1 > p && pos[f - 1] == UPos.PUNCT ? f - 1 : f;
  }
}
