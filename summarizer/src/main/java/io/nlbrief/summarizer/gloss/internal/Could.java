package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.parser.UPos;

/**
 * {@code zou}/{@code zouden} with the infinitive {@code kunnen} is English "could", not "would be
 * able to" ({@code de brug zou kunnen instorten} → the bridge could collapse; {@code zij zouden
 * niet kunnen komen} → they could not come). {@code kunnen} under another verb keeps "be able to"
 * ({@code zal kunnen komen} → will be able to come). The finite verb takes "could", the
 * infinitive says nothing; both keep the rule's name. A plural kunnen that the tagger read as the
 * infinitive but the analysis makes the finite verb of its clause is "can" ({@code zodat ze kunnen
 * blijven} → so that they can stay; rule {@code finite-can}). Runs after the clause order.
 */
final class Could implements Stage {
  static final String RULE = "could";
  static final String CAN = "finite-can";

  @Override
  public String name() {
    return RULE;
  }

  @Override
  public void apply(Slots s) {
    for (int i = 1; i < s.size(); i++) {
      String e = s.english[i];
      if (!(s.lower(i).equals("kunnen") && e != null && e.startsWith("be able to") && s.origin[i] != null
          && s.origin[i].startsWith("glossary:"))) {
        continue;
      }
      int zou = wouldBefore(s, i);
      if (zou < 0) {
        if (finiteInClause(s, i)) {
          s.english[i] = "can" + e.substring("be able to".length()); // dat ze kunnen komen → that they can come
          s.origin[i] = s.origin[i] + "+" + CAN;
        }
        continue;
      }
      s.english[zou] = "could";
      s.origin[zou] = s.origin[zou] + "+" + RULE;
      s.english[i] = e.substring("be able to".length()).trim();
      s.origin[i] = s.origin[i] + "+" + RULE;
    }
  }

  /** Whether the analysis makes {@code kunnen} the finite verb of its clause (the plural present: dat ze kunnen komen). */
  private static boolean finiteInClause(Slots s, int i) {
    for (io.nlbrief.parser.Clause c : s.clauses) {
      if (c.finiteVerb() == i) {
        return true;
      }
    }
    return false;
  }

  /** zou or zouden glossed "would" before the infinitive, in its stretch, no subordinator between; or -1. */
  private static int wouldBefore(Slots s, int i) {
    for (int k = i - 1; k >= 0 && k >= i - 8; k--) {
      String w = s.lower(k);
      if ((w.equals("zou") || w.equals("zouden")) && "would".equals(s.english[k])) {
        return k;
      }
      if (s.isBreak(k) || s.token(k).upos() == UPos.SCONJ || s.opensClause(k)) {
        return -1;
      }
    }
    return -1;
  }
}
