package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.parser.Token;
import io.nlbrief.parser.UPos;
import java.util.Set;

/**
 * The perfect infinitive under a modal or {@code zullen}: infinitive {@code hebben} or {@code
 * zijn} beside a participle, in either Dutch order ({@code zou geweest zijn}, {@code zal het
 * hebben gedaan}, {@code moet erg moe geweest zijn}), is modal + have + participle in English
 * (would have been, will have done it, must have been very tired). With zijn only for a verb whose
 * perfect takes zijn: another verb's participle with zijn is as often a state as the perfect of
 * the passive ({@code zou vereist zijn} → would be required). The two go together right after the modal and the adverbs English puts after it,
 * whatever order the clause order left them in. Runs after the clause order.
 */
final class PerfectInfinitive implements Stage {
  static final String RULE = "perfect-infinitive";

  /** The forms of the modals and zullen, which a perfect infinitive stands under (the perfect stages share them). */
  static final Set<String> MODALS = Set.of(
      "zal", "zullen", "zou", "zouden", "kan", "kunnen", "kon", "konden", "moet", "moeten", "moest", "moesten",
      "mag", "mogen", "mocht", "mochten", "wil", "willen", "wilde", "wilden", "zul", "kun", "wou");

  private final EnglishForms forms;

  PerfectInfinitive(EnglishForms forms) {
    this.forms = forms;
  }

  @Override
  public String name() {
    return RULE;
  }

  @Override
  public void apply(Slots s) {
    for (int i = 1; i < s.size(); i++) {
      String w = s.lower(i);
      Token t = s.token(i);
      if (!(w.equals("zijn") || w.equals("hebben")) || t.tag() == null || !t.tag().startsWith("WKW:TGW:INF")
          || s.english[i] == null || s.english[i].isEmpty()) {
        continue;
      }
      int participle = participleBeside(s, i);
      int modal = participle < 0 ? -1 : modalBefore(s, Math.min(i, participle));
      if (modal < 0 || s.english[participle] == null || s.english[participle].isEmpty()
          || s.english[participle].contains(" ")) {
        continue;
      }
      if (w.equals("zijn") && !PerfectWithZijn.takesZijn(participleLemma(s, participle))) {
        continue; // zou vereist zijn → would be required: zijn with another verb's participle is as often a state
      }
      if (s.base[participle] != null) {
        s.english[participle] = forms.pastParticiple(s.base[participle]); // the tagger's present read as the participle
      }
      s.english[i] = "have";
      s.origin[i] = s.origin[i] + "+" + RULE;
      together(s, modal, i, participle);
    }
  }

  /** The participle right before or right after the infinitive, or -1. */
  private static int participleBeside(Slots s, int i) {
    for (int k : new int[] {i - 1, i + 1}) {
      if (k >= 0 && k < s.size() && isParticiple(s, k)) {
        return k;
      }
    }
    return -1;
  }

  private static boolean isParticiple(Slots s, int k) {
    Token t = s.token(k);
    if (t.tag() != null && t.tag().startsWith("WKW:VTD")) {
      return true;
    }
    return (t.upos() == UPos.VERB || t.upos() == UPos.AUX) && "Part".equals(t.morphology().feature("VerbForm"))
        && (t.tag() == null || !t.tag().startsWith("VRZ") || Readings.analysedParticiple(s, k) != null);
  }

  private static String participleLemma(Slots s, int k) {
    for (Token.Reading r : s.token(k).readings()) {
      if (r.tag().startsWith("WKW:VTD")) {
        return r.lemma().toLowerCase(java.util.Locale.ROOT);
      }
    }
    return s.token(k).morphology().lemma().toLowerCase(java.util.Locale.ROOT);
  }

  /** A modal or zullen with English before {@code i} in its stretch, or -1. */
  private static int modalBefore(Slots s, int i) {
    for (int k = i - 1; k >= 0; k--) {
      if (MODALS.contains(s.lower(k)) && s.english[k] != null && !s.english[k].isEmpty()) {
        return k;
      }
      if (s.endsStretch(k) || s.lower(k).equals("zijn") || s.lower(k).equals("hebben")) {
        return -1;
      }
    }
    return -1;
  }

  /** have, then the participle, right after the modal and the adverbs that follow it in English order. */
  private static void together(Slots s, int modal, int have, int participle) {
    s.order.remove(Integer.valueOf(have));
    s.order.remove(Integer.valueOf(participle));
    int at = s.order.indexOf(modal) + 1;
    while (at < s.order.size()) {
      int k = s.order.get(at);
      boolean silent = s.english[k] == null || s.english[k].isEmpty();
      if (!silent && s.token(k).upos() != UPos.ADV) {
        break;
      }
      at++;
    }
    s.order.add(at, participle);
    s.order.add(at, have);
    s.moved[have] = RULE;
    s.moved[participle] = RULE;
  }
}
