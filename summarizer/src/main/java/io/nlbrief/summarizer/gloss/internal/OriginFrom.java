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
 * those verbs. {@code om} that the gloss took for the om of om … te but that opens no te-infinitive
 * is the preposition: before reasons "for" ({@code om persoonlijke redenen} → for personal
 * reasons; rule {@code om-reason}), before a time "at" ({@code om ongeveer vier uur};
 * {@code om-time}); with no te-infinitive after it in the sentence, "about" after a word of caring
 * or worry, or gaan (het gaat vooral om geld → it is mainly about money) ({@code bezorgd om wat hij doet} → worried about what he does; {@code om-about}), else
 * "for" ({@code een verzoek om hulp} → a request for help; {@code om-for}).
 */
final class OriginFrom implements Stage {
  static final String RULE = "uit-from";
  static final String REASON = "om-reason";
  static final String TIME = "om-time";
  static final String ABOUT = "om-about";
  static final String FOR = "om-for";

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
      }
    }
    for (int p = 0; p + 1 < s.size(); p++) {
      if (s.lower(p).equals("om") && "in order to".equals(s.english[p]) && s.origin[p] != null
          && s.origin[p].startsWith("glossary:") && !s.origin[p].contains("+") && !OmTe.infinitiveFollows(s, p)) {
        omSense(s, p);
      }
    }
  }

  /**
   * om that opens no te-infinitive is the preposition: at before a time (om ongeveer vier uur),
   * for before reasons (om persoonlijke redenen, om ‘emotionele redenen’), about after a word of
   * caring or worry (bezorgd om wat hij doet, geeft om zijn land), else for (een verzoek om hulp,
   * bekend om zijn humor, vechten om de titel).
   */
  private static void omSense(Slots s, int p) {
    int first = p + 1;
    while (first < s.size() && APPROXIMATELY.contains(s.lower(first))) {
      first++;
    }
    if (first < s.size() && (s.token(first).upos() == UPos.NUM || "time".equals(s.origin[first])) && first > p + 1
        || first + 1 < s.size() && s.token(first).upos() == UPos.NUM && s.lower(first + 1).equals("uur")) {
      set(s, p, "at", TIME); // om ongeveer vier uur (om de zoveel jaar is no time of day)
      return;
    }
    int k = p + 1;
    while (k < s.size() && (isQuote(s, k) || s.token(k).upos() == UPos.ADJ || s.token(k).upos() == UPos.DET)) {
      k++;
    }
    if (k >= s.size() || s.isBreak(k)) {
      return;
    }
    if (s.lemmaLower(k).equals("reden") || s.lower(k).startsWith("reden")) {
      set(s, p, "for", REASON);
    } else if (teInfinitiveLater(s, p)) {
      return; // with a te-infinitive anywhere after it, om may still open it (after a list)
    } else if (ABOUT_HEADS.contains(headLemma(s, p)) || ABOUT_HEADS.contains(verbBefore(s, p))
        || p > 0 && (ABOUT_HEADS.contains(s.lemmaLower(p - 1)) || ABOUT_HEADS.contains(s.lower(p - 1)))) {
      set(s, p, "about", ABOUT);
    } else {
      set(s, p, "for", FOR);
    }
  }

  /** Words of caring and worry whose om is about (bezorgd om, geven om, zich zorgen maken om), and het gaat om, draait om. */
  private static final Set<String> ABOUT_HEADS = Set.of(
      "bezorgd", "ongerust", "verontrust", "zorgen", "geven", "treuren", "rouwen", "piekeren", "verdrietig", "boos",
      "kwaad", "maken", "gaan", "draaien");

  /** The lemma of the nearest verb before om in its stretch (het ging niet om geld), or "". */
  private static String verbBefore(Slots s, int p) {
    for (int k = p - 1; k >= 0 && !s.endsStretch(k + 1); k--) {
      if (s.token(k).upos() == UPos.VERB) {
        return s.lemmaLower(k);
      }
    }
    return "";
  }

  /** The lemma of the word om's phrase hangs on: the head of the noun om is the case of, or of om itself. */
  private static String headLemma(Slots s, int p) {
    int h = s.token(p).dependency().head();
    if (h > p && h < s.size() && s.token(p).dependency().relation().equals("case")) {
      h = s.token(h).dependency().head();
    }
    return h >= 0 && h < s.size() ? s.lemmaLower(h) : "";
  }

  private static boolean teInfinitiveLater(Slots s, int p) {
    for (int k = p + 1; k + 1 < s.size(); k++) {
      if (s.lower(k).equals("te") && (s.token(k + 1).upos() == UPos.VERB || s.token(k + 1).upos() == UPos.AUX)) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> APPROXIMATELY = Set.of("ongeveer", "rond", "circa", "zo'n", "zo’n", "omstreeks");

  private static boolean isQuote(Slots s, int k) {
    String t = s.token(k).text();
    return t.equals("‘") || t.equals("'") || t.equals("\"") || t.equals("“") || t.equals("„");
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
