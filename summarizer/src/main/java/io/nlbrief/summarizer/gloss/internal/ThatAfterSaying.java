package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.parser.Token;
import io.nlbrief.parser.UPos;
import java.util.Set;

/**
 * The complementiser {@code dat} of a clause a verb of saying or thinking takes: English leaves
 * "that" out where the clause follows the verb (and its subject or the person told) straight away
 * ({@code hij zei dat de trein laat was} → he said the train was late; {@code vertelde de
 * journalisten dat} → told the journalists he …), and keeps it after anything else ({@code zei in
 * een verklaring dat} → said in a statement that …). {@code vinden} with such a clause is an
 * opinion: think, not find ({@code ze vindt dat} → she thinks). The clause and its verb are the
 * parser's analysis (the clause a ccomp of the verb, dat its mark); a dat straight after a verb
 * of saying counts too where the analysis hangs the clause elsewhere.
 */
final class ThatAfterSaying implements Stage {
  static final String RULE = "that-after-saying";
  static final String OPINION = "vinden-dat";

  /** Verbs after which English readily drops that: say, tell, think, believe, hope, know, expect. */
  private static final Set<String> SAYING = Set.of(
      "zeggen", "vertellen", "denken", "geloven", "vinden", "menen", "hopen", "weten", "verwachten", "vermoeden");

  private final Inflector inflector;

  ThatAfterSaying(Inflector inflector) {
    this.inflector = inflector;
  }

  @Override
  public String name() {
    return RULE;
  }

  @Override
  public void apply(Slots s) {
    for (int m = 1; m < s.size(); m++) {
      if (!s.lower(m).equals("dat") || s.token(m).upos() != UPos.SCONJ || !"that".equals(s.english[m])) {
        continue;
      }
      int verb = sayingVerbOf(s, m);
      if (verb < 0 || !onlyNounPhrasesBetween(s, verb, m)) {
        continue;
      }
      s.english[m] = "";
      s.origin[m] = s.origin[m] + "+" + RULE;
      if (s.lemmaLower(verb).equals("vinden") && "find".equals(s.base[verb])) {
        Token v = s.token(verb);
        DutchForm form = s.personal(verb, DutchForm.of(v.tag()));
        boolean finite = form != DutchForm.INFINITIVE_OR_PLURAL || Readings.finite(s, verb);
        s.setVerb(verb, inflector.verb("think", form, finite), "think", s.origin[verb] + "+" + OPINION);
      }
    }
  }

  /** The verb of saying whose clause dat opens, before it: by the analysis, or the word straight before it. */
  private static int sayingVerbOf(Slots s, int m) {
    int clauseHead = s.token(m).dependency().head();
    if (s.token(m).dependency().relation().equals("mark") && clauseHead >= 0 && clauseHead < s.size()
        && s.token(clauseHead).dependency().baseRelation().equals("ccomp")) {
      int verb = s.token(clauseHead).dependency().head();
      if (verb >= 0 && verb < m && isSayingVerb(s, verb)) {
        return verb;
      }
    }
    return isSayingVerb(s, m - 1) ? m - 1 : -1;
  }

  private static boolean isSayingVerb(Slots s, int k) {
    Token t = s.token(k);
    return (t.upos() == UPos.VERB || t.tag() != null && t.tag().startsWith("WKW")) && SAYING.contains(s.lemmaLower(k));
  }

  /**
   * Between the verb and dat only the words of noun phrases: its subject after it (zei hij dat),
   * the person told (vertelde de journalisten dat); no preposition, adverb or punctuation.
   */
  private static boolean onlyNounPhrasesBetween(Slots s, int verb, int m) {
    for (int k = verb + 1; k < m; k++) {
      UPos u = s.token(k).upos();
      if (!(u == UPos.PRON || u == UPos.PROPN || u == UPos.NOUN || u == UPos.DET || u == UPos.ADJ || u == UPos.NUM)) {
        return false;
      }
    }
    return true;
  }
}
