package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.parser.UPos;
import java.util.Set;

/**
 * {@code uit} of where someone or something comes from is "from", not "out of": after a noun
 * ({@code een kerk uit de buurt} → a church from the neighbourhood, {@code investeerders uit de
 * industrie} → investors from industry) and with the verbs of learning and receiving ({@code uit
 * het onderzoek blijkt} → from the study it appears, {@code ontving een brief uit Parijs}). With
 * a verb of motion it stays "out of" ({@code sprong uit het raam} → jumped out of the window).
 * The phrase is the analysis's: uit the case of a noun, which hangs on a noun (nmod) or on one of
 * those verbs. The rule {@code om-reason}: {@code om} before reasons is "for" ({@code om
 * persoonlijke redenen} → for personal reasons), where the gloss took it for the om of om … te.
 */
final class OriginFrom implements Stage {
  static final String RULE = "uit-from";
  static final String REASON = "om-reason";

  /** Verbs of learning or receiving something from a source. */
  private static final Set<String> SOURCE_VERBS = Set.of(
      "blijken", "ontvangen", "krijgen", "vernemen", "horen", "afleiden", "concluderen", "citeren", "opmaken",
      "weten", "leren", "komen");

  @Override
  public String name() {
    return RULE;
  }

  @Override
  public void apply(Slots s) {
    for (int p = 0; p + 1 < s.size(); p++) {
      if (s.token(p).upos() != UPos.ADP || !s.token(p).dependency().relation().equals("case") || s.origin[p] == null
          || !s.origin[p].startsWith("glossary:") || s.origin[p].contains("+")) {
        continue;
      }
      int noun = s.token(p).dependency().head();
      if (noun <= p || noun >= s.size()) {
        continue;
      }
      if (s.lower(p).equals("uit") && "out of".equals(s.english[p]) && fromSource(s, noun)) {
        set(s, p, "from", RULE);
      } else if (s.lower(p).equals("om") && "in order to".equals(s.english[p]) && s.lemmaLower(noun).equals("reden")) {
        set(s, p, "for", REASON);
      }
    }
  }

  /** The noun after uit hangs on a noun, or on a verb of learning or receiving (komen only with a name). */
  private static boolean fromSource(Slots s, int noun) {
    int head = s.token(noun).dependency().head();
    if (head < 0 || head >= s.size()) {
      return false;
    }
    UPos u = s.token(head).upos();
    if ((u == UPos.NOUN || u == UPos.PROPN) && s.token(noun).dependency().baseRelation().equals("nmod")) {
      return true;
    }
    String lemma = s.lemmaLower(head);
    if (lemma.equals("komen")) {
      return s.token(noun).upos() == UPos.PROPN; // komt uit Duitsland → comes from Germany; kwam uit het huis → out of
    }
    return u == UPos.VERB && SOURCE_VERBS.contains(lemma);
  }

  private static void set(Slots s, int i, String english, String rule) {
    s.english[i] = english;
    s.origin[i] = s.origin[i] + "+" + rule;
  }
}
