package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.parser.UPos;

/**
 * {@code zou}/{@code zouden} with the infinitive {@code kunnen} is English "could", not "would be
 * able to" ({@code de brug zou kunnen instorten} → the bridge could collapse; {@code zij zouden
 * niet kunnen komen} → they could not come). {@code kunnen} under another verb keeps "be able to"
 * ({@code zal kunnen komen} → will be able to come). The finite verb takes "could", the
 * infinitive says nothing; both keep the rule's name. Runs after the clause order.
 */
final class Could implements Stage {
  static final String RULE = "could";

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
        continue;
      }
      s.english[zou] = "could";
      s.origin[zou] = s.origin[zou] + "+" + RULE;
      s.english[i] = e.substring("be able to".length()).trim();
      s.origin[i] = s.origin[i] + "+" + RULE;
    }
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
