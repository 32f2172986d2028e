package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.parser.UPos;
import java.util.Set;

/**
 * The English of {@code moeten}. Present {@code moet}/{@code moeten} is an obligation English
 * says with "have to" far more than with "must", which reads as a command or a conclusion
 * ({@code we moeten nu vertrekken} → we have to leave now; {@code zij moet werken} → she has to
 * work); an adverb the clause order put after the modal then stands before it (she often has to
 * work). Negated it keeps "must" ({@code je moet niet liegen} → you must not lie: "do not have
 * to" would be {@code hoeven}), and so does a question or a conclusion from what happened (a perfect
 * infinitive: {@code moet moe geweest zijn} → must have been tired). {@code zou}/{@code zouden} with
 * {@code moeten} is "should" ({@code hij zou moeten stoppen} → he should stop). Runs after the
 * clause order; stateless.
 */
final class Obligation implements Stage {
  static final String RULE = "obligation";

  private static final Set<String> NEGATIONS = Set.of("niet", "geen", "nooit", "niemand", "niets", "nergens", "hoeft");

  @Override
  public String name() {
    return RULE;
  }

  @Override
  public void apply(Slots s) {
    for (int i = 0; i < s.size(); i++) {
      // by the form too: the tagger reads an infinitive moeten as the plural of the noun moet
      boolean moeten = s.lemmaLower(i).equals("moeten") || s.lower(i).equals("moeten") || s.lower(i).equals("moet");
      String e = s.english[i];
      boolean modal = e != null && (e.equals("must") || e.startsWith("have to") || e.startsWith("has to"));
      if (!moeten || !modal || s.origin[i] == null || !s.origin[i].startsWith("glossary:")) {
        continue;
      }
      int zou = wouldBefore(s, i);
      if (zou >= 0) {
        s.english[zou] = "should"; // hij zou moeten stoppen → he should stop
        s.origin[zou] = s.origin[zou] + "+" + RULE;
        s.english[i] = "";
        s.origin[i] = s.origin[i] + "+" + RULE;
        continue;
      }
      String tag = s.token(i).tag();
      if (!"must".equals(s.english[i]) || tag == null || !tag.startsWith("WKW:TGW") || negatedOrQuestion(s, i)
          || perfectAfter(s, i)) {
        continue;
      }
      boolean third = s.lower(i).equals("moet") && s.personal(i, DutchForm.of(tag)) == DutchForm.PRESENT_THIRD
          && !(i > 0 && s.lower(i - 1).equals("ik") || i + 1 < s.size() && s.lower(i + 1).equals("ik"));
      s.english[i] = third ? "has to" : "have to";
      s.origin[i] = s.origin[i] + "+" + RULE;
      adverbsBefore(s, i);
    }
  }

  /** zou or zouden before infinitive moeten in its stretch (hij zou eerder moeten gaan), or -1. */
  private static int wouldBefore(Slots s, int i) {
    for (int k = i - 1; k >= 0 && k >= i - 6; k--) {
      String w = s.lower(k);
      if ((w.equals("zou") || w.equals("zouden")) && "would".equals(s.english[k])) {
        return k;
      }
      if (s.isBreak(k) || s.token(k).upos() == UPos.SCONJ) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * A perfect infinitive follows: moeten with it is a conclusion, must ({@code zij moet moe geweest
   * zijn} → she must have been tired), not an obligation.
   */
  private static boolean perfectAfter(Slots s, int i) {
    for (int k = i + 1; k < s.size() && !s.endsStretch(k); k++) {
      if (s.origin[k] != null && s.origin[k].endsWith("+" + PerfectInfinitive.RULE)) {
        return true;
      }
    }
    return false;
  }

  private static boolean negatedOrQuestion(Slots s, int i) {
    if (s.isQuestion()) {
      return true;
    }
    for (int k = i - 1; k >= 0 && !s.endsStretch(k + 1); k--) {
      if (NEGATIONS.contains(s.lower(k))) {
        return true;
      }
    }
    for (int k = i + 1; k < s.size() && !s.endsStretch(k); k++) {
      if (NEGATIONS.contains(s.lower(k))) {
        return true;
      }
    }
    return false;
  }

  /** Adverbs right after the modal in English order move before it: has often to → often has to. */
  private static void adverbsBefore(Slots s, int i) {
    int p = s.order.indexOf(i);
    int q = p + 1;
    while (q < s.order.size()) {
      int k = s.order.get(q);
      if (s.english[k] == null || s.english[k].isEmpty()) {
        q++;
        continue;
      }
      boolean adverb = s.token(k).upos() == UPos.ADV
          || s.token(k).upos() == UPos.ADJ && s.token(k).dependency().baseRelation().equals("advmod");
      if (!adverb || s.isBreak(k) || NEGATIONS.contains(s.lower(k))) {
        break;
      }
      s.order.remove(q);
      s.order.add(p, k);
      s.moved[k] = RULE;
      p++;
      q++;
    }
  }
}
