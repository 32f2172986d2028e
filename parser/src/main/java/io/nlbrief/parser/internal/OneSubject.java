package io.nlbrief.parser.internal;

import io.nlbrief.parser.UPos;
import java.util.List;
import java.util.Set;

/**
 * A clause has one subject. Where the greedy parser gives a verb two, one before it and one after
 * ({@code De burgemeester opent zaterdag officieel het nieuwe zwembad} with both noun phrases
 * {@code nsubj}), the other is its object. Which is the subject: a personal pronoun in the
 * nominative ({@code Dit boek las ik}), else the one alone agreeing in number with the finite verb,
 * else the one before the verb (the order of most clauses), except after a verb of saying or
 * thinking, whose object (what was said) often comes first. Verbs that take a predicate rather than
 * an object ({@code zijn}, {@code worden}, {@code blijven}: {@code hij werd voorzitter}) and
 * passives are left alone. Each verb looks at most {@link Trees#MAX_SCAN} words either side: linear.
 */
final class OneSubject {
  static final TreeRule RULE =
      TreeRule.of("one-subject", t -> apply(t.words(), t.pos(), t.feats(), t.lemmas(), t.heads(), t.rels()));

  private static final Set<String> PREDICATE_VERBS = Set.of("zijn", "worden", "blijven", "lijken", "blijken", "heten", "noemen");

  /** Verbs of saying and thinking, whose object (what was said or thought) often opens the clause: {@code Een prima plan, vond de buurman}. */
  private static final Set<String> REPORTING = Set.of("vinden", "zeggen", "denken", "schrijven", "melden", "stellen", "verklaren", "vragen", "antwoorden");

  private OneSubject() {}

  static void apply(List<UdTagger.Word> words, UPos[] pos, String[] feats, String[] lemmas, int[] heads, String[] rels) {
    passiveSubjectOfAnActiveClause(lemmas, heads, rels);
    twoSides(pos, feats, lemmas, heads, rels);
    subjectRightAfterTheVerb(words, pos, feats, lemmas, heads, rels);
  }

  /**
   * In a main clause opened by something other than its subject, the subject stands right after the
   * finite verb, before the objects ({@code Intussen heeft Nederland vorige week zijn plan
   * gepresenteerd}). Where the parser made a later noun phrase the subject and left the noun or name
   * right after the verb an object or oblique, the two change places, if the one after the verb
   * agrees with it. Not for pronouns (an object pronoun may stand first: {@code gisteren zag hem
   * niemand}), times, passives and copulas.
   */
  private static void subjectRightAfterTheVerb(List<UdTagger.Word> words, UPos[] pos, String[] feats,
      String[] lemmas, int[] heads, String[] rels) {
    int n = heads.length;
    for (int f = 1; f + 1 < n; f++) {
      if (!pos[f].isVerbal() || !feats[f].contains("VerbForm=Fin")) {
        continue;
      }
      int h = rels[f].startsWith("aux") ? heads[f] : f;
      if (h < 0 || pos[h] != UPos.VERB || PREDICATE_VERBS.contains(Trees.lower(lemmas[h]))
          || TimePhrases.hasChild(heads, rels, h, "cop", "aux:pass") || heads[h] >= 0 && !rels[h].equals("root")) {
        continue;
      }
      int x = phraseHeadAt(pos, heads, f + 1, h);
      int s = -1;
      for (int k = x + 1; x > 0 && k < Math.min(n, h + Trees.MAX_SCAN); k++) {
        if (heads[k] == h && rels[k].equals("nsubj")) {
          s = k;
          break;
        }
      }
      if (x < 0 || s < 0 || !(pos[x] == UPos.NOUN || pos[x] == UPos.PROPN) || !(pos[s] == UPos.NOUN || pos[s] == UPos.PROPN)
          || !(rels[x].equals("obj") || rels[x].equals("obl") || rels[x].equals("dep"))
          || TimePhrases.hasChild(heads, rels, x, "case") || TimePhrases.isTimePhrase(words, lemmas, heads, rels, x)
          || subjectBefore(heads, rels, h, f)) {
        continue;
      }
      String verb = Trees.number(feats[f]);
      String noun = Trees.number(feats[x]);
      if (verb != null && noun != null && !verb.equals(noun) && pos[x] != UPos.PROPN) {
        continue;
      }
      rels[x] = "nsubj";
      rels[s] = "obj";
    }
  }

  /**
   * A passive subject ({@code nsubj:pass}) belongs to a clause with a passive auxiliary. Where the
   * parser gave one to a verb whose auxiliary is {@code hebben} ({@code Hackers hebben de schijven
   * vernietigd}, {@code het paard heeft alles gegeven}) and none of {@code worden} or {@code zijn}
   * as {@code aux:pass}, the clause is active: beside a subject of its own the phrase is the object,
   * alone it is the subject.
   */
  private static void passiveSubjectOfAnActiveClause(String[] lemmas, int[] heads, String[] rels) {
    int n = heads.length;
    for (int d = 0; d < n; d++) {
      int h = heads[d];
      if (h < 0 || !rels[d].equals("nsubj:pass") || TimePhrases.hasChild(heads, rels, h, "aux:pass")
          || !hasAuxiliary(lemmas, heads, rels, h, "hebben")) {
        continue;
      }
      rels[d] = TimePhrases.hasChild(heads, rels, h, "nsubj") ? "obj" : "nsubj";
    }
  }

  private static boolean hasAuxiliary(String[] lemmas, int[] heads, String[] rels, int h, String lemma) {
    for (int a = Math.max(0, h - Trees.MAX_SCAN); a < Math.min(heads.length, h + Trees.MAX_SCAN); a++) {
      if (heads[a] == h && rels[a].equals("aux") && lemmas[a].equals(lemma)) {
        return true;
      }
    }
    return false;
  }

  /** The word heading the phrase that starts at {@code start}: the first word there hung, directly or not, on {@code h}. */
  private static int phraseHeadAt(UPos[] pos, int[] heads, int start, int h) {
    int w = start;
    for (int steps = 0; steps < 4 && w >= 0; steps++) {
      if (heads[w] == h) {
        return w;
      }
      if (heads[w] < start) {
        return -1;
      }
      w = heads[w];
    }
    return -1;
  }

  private static boolean subjectBefore(int[] heads, String[] rels, int h, int f) {
    for (int k = Math.max(0, f - Trees.MAX_SCAN); k < f; k++) {
      if (heads[k] == h && rels[k].startsWith("nsubj")) {
        return true;
      }
    }
    return false;
  }

  private static void twoSides(UPos[] pos, String[] feats, String[] lemmas, int[] heads, String[] rels) {
    int n = heads.length;
    for (int h = 0; h < n; h++) {
      if (!(pos[h] == UPos.VERB) || PREDICATE_VERBS.contains(Trees.lower(lemmas[h]))
          || TimePhrases.hasChild(heads, rels, h, "cop", "aux:pass")) {
        continue;
      }
      int finite = finiteOf(feats, heads, rels, h);
      int pivot = finite >= 0 ? finite : h;
      int before = -1;
      int after = -1;
      for (int k = Math.max(0, h - Trees.MAX_SCAN); k < Math.min(n, h + Trees.MAX_SCAN); k++) {
        if (heads[k] != h || !rels[k].equals("nsubj")) {
          continue;
        }
        if (k < pivot && before < 0) {
          before = k;
        } else if (k > pivot && after < 0) {
          after = k;
        }
      }
      if (before < 0 || after < 0) {
        continue; // one subject, or two on one side of the finite verb (a list the parser split)
      }
      int subject = REPORTING.contains(Trees.lower(lemmas[h])) && !nominative(pos, feats, before)
          ? after : subjectOf(pos, feats, finite, before, after);
      int object = subject == before ? after : before;
      rels[object] = "obj";
    }
  }

  private static int subjectOf(UPos[] pos, String[] feats, int finite, int before, int after) {
    boolean nomBefore = nominative(pos, feats, before);
    boolean nomAfter = nominative(pos, feats, after);
    if (nomBefore != nomAfter) {
      return nomBefore ? before : after;
    }
    String verb = finite < 0 ? null : Trees.number(feats[finite]);
    String b = Trees.number(feats[before]);
    String a = Trees.number(feats[after]);
    if (verb != null && b != null && a != null && !b.equals(a)) {
      return verb.equals(b) ? before : after;
    }
    return before;
  }

  private static boolean nominative(UPos[] pos, String[] feats, int k) {
    return pos[k] == UPos.PRON && feats[k].contains("Case=Nom");
  }

  /** The finite verb of the clause {@code h} heads: {@code h} itself or its finite auxiliary; -1 if none. */
  private static int finiteOf(String[] feats, int[] heads, String[] rels, int h) {
    if (feats[h].contains("VerbForm=Fin")) {
      return h;
    }
    for (int a = Math.max(0, h - Trees.MAX_SCAN); a < Math.min(heads.length, h + Trees.MAX_SCAN); a++) {
      if (heads[a] == h && rels[a].startsWith("aux") && feats[a].contains("VerbForm=Fin")) {
        return a;
      }
    }
    return -1;
  }
}
