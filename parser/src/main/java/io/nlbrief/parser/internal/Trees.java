package io.nlbrief.parser.internal;

import io.nlbrief.parser.UPos;
import java.util.Locale;

/**
 * What the tree rules share: how far they look, attaching a word without closing a cycle, a few
 * word classes and agreement facts. Each rule scans a bounded stretch of the sentence (one
 * clause), so the whole is linear in practice and never worse than {@link #MAX_SCAN} steps per
 * word.
 */
final class Trees {
  private Trees() {}

  /** How far a rule looks for a clause's verbs, in words. */
  static final int MAX_SCAN = 40;

  /** How far {@link #attach} follows heads up to make sure a new attachment closes no cycle. */
  static final int MAX_ANCESTORS = 4 * MAX_SCAN;

  static final java.util.Set<String> POINTER_WORDS =
      io.nlbrief.parser.DutchWords.of(io.nlbrief.parser.DutchWords.WordClass.POINTER_WORD);

  /** The R-pronouns, which stand for a preposition's object before it: er op, daar mee, waar over. */
  static final java.util.Set<String> R_PRONOUNS = java.util.Set.of("er", "daar", "hier", "waar");

  /** The prepositions an R-pronoun takes (erop, daarmee, ertoe, waarvandaan). */
  static final java.util.Set<String> R_PREPOSITIONS = java.util.Set.of("aan", "achter", "af", "bij",
      "binnen", "boven", "buiten", "door", "doorheen", "heen", "in", "langs", "mee", "na", "naar", "naast", "om",
      "omheen", "onder", "op", "over", "tegen", "tegenaan", "tegenover", "toe", "tussen", "uit", "van", "vandaan",
      "vanaf", "vanuit", "voor", "zonder");

  static boolean hasSubject(int[] heads, String[] rels, int g, int except) {
    for (int k = Math.max(0, g - MAX_SCAN); k < heads.length && k <= g + MAX_SCAN; k++) {
      if (k != except && heads[k] == g && rels[k].startsWith("nsubj")) {
        return true;
      }
    }
    return false;
  }

  static boolean isPersonal(UPos[] pos, String[] feats, int i) {
    return pos[i] == UPos.PRON && feats[i].contains("PronType=Prs");
  }

  /** The number of the finite verb of the clause {@code h} heads, or null. */
  static String finiteNumber(UPos[] pos, String[] feats, int[] heads, String[] rels, int h) {
    int f = finiteOf(feats, heads, rels, h);
    return f < 0 ? null : number(feats[f]);
  }

  /**
   * The finite verb of the clause {@code h} heads: {@code h} itself, or its finite auxiliary or
   * copula within {@link #MAX_SCAN} words; -1 if none.
   */
  static int finiteOf(String[] feats, int[] heads, String[] rels, int h) {
    if (feats[h].contains("VerbForm=Fin")) {
      return h;
    }
    for (int k = Math.max(0, h - MAX_SCAN); k < Math.min(heads.length, h + MAX_SCAN); k++) {
      if (heads[k] == h && (rels[k].startsWith("aux") || rels[k].equals("cop")) && feats[k].contains("VerbForm=Fin")) {
        return k;
      }
    }
    return -1;
  }

  /** Whether {@code h} has a dependent of {@code relation} within {@link #MAX_SCAN} words of it. */
  static boolean hasChild(int[] heads, String[] rels, int h, String relation) {
    for (int d = Math.max(0, h - MAX_SCAN); d < Math.min(heads.length, h + MAX_SCAN); d++) {
      if (heads[d] == h && rels[d].equals(relation)) {
        return true;
      }
    }
    return false;
  }

  static String number(String feats) {
    int at = feats.indexOf("Number=");
    return at < 0 ? null : feats.substring(at + 7, Math.min(feats.length(), at + 11));
  }

  static boolean isFunctionRelation(String r) {
    return r.equals("aux") || r.equals("aux:pass") || r.equals("cop") || r.equals("mark") || r.equals("case")
        || r.equals("det");
  }

  static boolean isBoundary(UdTagger.Word w, UPos p) {
    String f = w.form();
    return p == UPos.PUNCT && (f.equals(",") || f.equals(":") || f.equals(";") || f.equals("(") || f.equals(")")
        || f.equals("-") || f.equals("–") || f.equals("\"") || f.equals("''") || f.equals(",,"));
  }

  /** Verbs whose infinitive or participle, not they, heads the clause (UD's auxiliaries of Dutch). */
  static final java.util.Set<String> NOT_HEADS_OF_INFINITIVES =
      io.nlbrief.parser.DutchWords.of(io.nlbrief.parser.DutchWords.WordClass.UD_AUXILIARY);

  /** Whether the conjunction at {@code k} joins two nominal words ({@code de man en het kind}). */
  static boolean betweenNominals(UPos[] pos, int k) {
    return k > 0 && k + 1 < pos.length && betweenNominals(pos[k - 1], pos[k + 1]);
  }

  /**
   * Whether a conjunction between words of these classes joins two noun phrases ({@code het kaf en
   * andere resten}, {@code de man en zijn vrouw}) rather than two clauses.
   */
  static boolean betweenNominals(UPos before, UPos after) {
    return (before == UPos.NOUN || before == UPos.PROPN || before == UPos.ADJ || before == UPos.NUM)
        && (after == UPos.NOUN || after == UPos.PROPN || after == UPos.ADJ || after == UPos.DET || after == UPos.NUM
        || after == UPos.PRON);
  }

  /**
   * Hangs {@code dependent} on {@code head} unless {@code head} lies in the dependent's own subtree
   * (the greedy parser may have given a particle or a complementiser dependents of its own, the
   * verb among them): that would close a cycle of heads and leave no tree. The walk up from
   * {@code head} is bounded, so the rules stay linear; a chain longer than that is left as the
   * parser built it.
   */
  static boolean attach(int[] heads, int dependent, int head) {
    int steps = 0;
    for (int h = head; h >= 0; h = heads[h]) {
      if (h == dependent || ++steps > MAX_ANCESTORS) {
        return false;
      }
    }
    heads[dependent] = head;
    return true;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
