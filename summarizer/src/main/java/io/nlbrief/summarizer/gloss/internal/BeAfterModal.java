package io.nlbrief.summarizer.gloss.internal;

import java.util.Set;

/**
 * The infinitive {@code zijn} or {@code worden} under a modal or {@code zullen} earlier in its
 * clause is "be" ({@code zal blank zijn} → will be white, {@code kan worden uitgesteld} → can be
 * postponed), where the tagger, which gives the infinitive and the plural one tag, or the
 * analysis, which made it a finite verb, left "are"; {@code worden} without a participle is
 * "become" ({@code zal groter worden} → will become larger); with one, where the tagger read the
 * participle as an adjective and the glossary gave "become", "be" all the same ({@code zal gebouwd
 * worden} → will be built). Stateless.
 */
final class BeAfterModal implements Stage {
  static final String RULE = "be-after-modal";

  private static final Set<String> MODALS = Set.of(
      "zal", "zullen", "zou", "zouden", "kan", "kunnen", "kon", "konden", "moet", "moeten", "moest", "moesten",
      "mag", "mogen", "mocht", "mochten", "wil", "willen", "wilde", "wilden", "zul", "kun", "wou");
  private static final Set<String> FINITE_BE = Set.of("are", "is", "am", "were", "was");

  @Override
  public String name() {
    return RULE;
  }

  @Override
  public void apply(Slots s) {
    for (int i = 1; i < s.size(); i++) {
      String w = s.lower(i);
      String e = s.english[i];
      String tag = s.token(i).tag();
      if (!(w.equals("zijn") || w.equals("worden")) || e == null || tag == null || !tag.startsWith("WKW:TGW:INF")
          || !modalBefore(s, i)) {
        continue;
      }
      if (FINITE_BE.contains(e) || e.equals("be")) {
        s.english[i] = "be";
        if (s.token(i).dependency().baseRelation().equals("cop")) {
          nextToModal(s, i); // zal groot zijn → will be large: the predicate after be in English
        }
        if (e.equals("be")) {
          continue;
        }
      } else if (w.equals("worden") && e.startsWith("becom") && passiveAuxiliary(s, i)) {
        s.english[i] = "be"; // zal gebouwd worden → will be built, where the tagger read the participle as an adjective
      } else if (w.equals("worden") && (e.equals("becomes") || e.equals("becoming"))) {
        s.english[i] = "become";
      } else {
        continue;
      }
      s.origin[i] = s.origin[i] + "+" + RULE;
    }
  }

  /**
   * Moves copula {@code i} in English order to just after the modal it belongs to and the
   * adverbs that follow the modal (zal waarschijnlijk groot zijn → will probably be large).
   */
  private static void nextToModal(Slots s, int i) {
    int modal = -1;
    for (int k = i - 1; k >= 0; k--) {
      if (MODALS.contains(s.lower(k))) {
        modal = k;
        break;
      }
    }
    int from = s.order.indexOf(i);
    int p = modal < 0 ? -1 : s.order.indexOf(modal);
    if (p < 0 || p > from) {
      return;
    }
    int at = p + 1;
    while (at < from) {
      int k = s.order.get(at);
      boolean silent = s.english[k] == null || s.english[k].isEmpty();
      if (!silent && s.token(k).upos() != io.nlbrief.parser.UPos.ADV) {
        break;
      }
      at++;
    }
    if (at >= from) {
      return; // be already stands there
    }
    s.order.remove(from);
    s.order.add(at, i);
    s.moved[i] = RULE;
  }

  /**
   * {@code worden} is the auxiliary of the passive: the analysis says so ({@code aux:pass}), or a
   * word right beside it, or before the modals right before it, is a participle by the analysis or
   * the tagger ({@code gebouwd worden}, {@code worden vrijgelaten}, {@code gebouwd zal worden}). Not with an adjective ({@code groter worden} → become larger).
   */
  private static boolean passiveAuxiliary(Slots s, int i) {
    if (s.token(i).dependency().relation().equals("aux:pass")) {
      return true;
    }
    if (i + 1 < s.size() && isParticiple(s.token(i + 1))) {
      return true;
    }
    int k = i - 1;
    while (k > 0 && MODALS.contains(s.lower(k))) {
      k--; // gebouwd zal worden, gebouwd moet worden: the participle before the modal
    }
    return k >= 0 && isParticiple(s.token(k));
  }

  private static boolean isParticiple(io.nlbrief.parser.Token t) {
    boolean verb = t.upos() == io.nlbrief.parser.UPos.VERB && "Part".equals(t.morphology().feature("VerbForm"));
    return verb || t.tag() != null && t.tag().startsWith("WKW:VTD");
  }

  /** A modal or zullen before {@code i} in its stretch, with no other zijn or worden between. */
  private static boolean modalBefore(Slots s, int i) {
    for (int k = i - 1; k >= 0; k--) {
      String w = s.lower(k);
      if (MODALS.contains(w) && s.english[k] != null && !s.english[k].isEmpty()) {
        return true;
      }
      if (s.endsStretch(k + 1) && k + 1 < i || s.isBreak(k) || w.equals("zijn") || w.equals("worden")) {
        return false;
      }
    }
    return false;
  }
}
