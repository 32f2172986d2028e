package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.parser.DutchWords;
import io.nlbrief.parser.PartOfSpeech;
import io.nlbrief.parser.Token;
import io.nlbrief.summarizer.gloss.GlossEntry;

/**
 * When the tagger's chosen reading is not the one to gloss: participles tagged as adjectives, nouns
 * tagged as verbs after an article, and whether an infinitive-or-plural verb form is finite.
 */
final class Readings {
  private Readings() {}

  /**
   * The reading the parser's analysis confirms ({@link Token#analysedReading}) where its tree agrees
   * with it: not a verb that has a copula of its own (de soep is niet heet: heet is the predicate,
   * whatever its part of speech says), nor a noun for an infinitive form with nothing before it
   * that only a noun takes (blijft elke dag werken; but sommige wijken, haar plannen, in steden).
   */
  static Token.Reading analysedReading(Slots s, int i) {
    Token t = s.token(i);
    Token.Reading r = t.analysedReading();
    if (r == null) {
      return null;
    }
    if (r.tag().startsWith("WKW")) {
      for (int c : s.tree().children(i)) {
        if (s.token(c).dependency().relation().equals("cop")) {
          return null;
        }
      }
      return r;
    }
    if (t.tag().startsWith("WKW:TGW:INF")) {
      Token prev = i > 0 ? s.token(i - 1) : null;
      io.nlbrief.parser.UPos u = prev == null ? null : prev.upos();
      boolean nominal = u == io.nlbrief.parser.UPos.DET || u == io.nlbrief.parser.UPos.ADJ
          || u == io.nlbrief.parser.UPos.NUM || u == io.nlbrief.parser.UPos.ADP
          || prev != null && "Yes".equals(prev.morphology().feature("Poss"));
      return nominal ? r : null;
    }
    return r;
  }

  /** A numeral reading where the tagger chose a verb and a noun follows (vier punten). */
  static Token.Reading numeralReadingInstead(Slots s, int i) {
    Token t = s.token(i);
    if (t.tag() == null || !t.tag().startsWith("WKW") || i + 1 >= s.size()) {
      return null;
    }
    Token next = s.token(i + 1);
    boolean nounNext = next.pos() == PartOfSpeech.NOUN || next.pos() == PartOfSpeech.ADJECTIVE
        || next.readings().stream().anyMatch(r -> r.tag().startsWith("ZNW:MRV"));
    if (!nounNext) {
      return null;
    }
    for (Token.Reading r : t.readings()) {
      if (r.tag().startsWith("GET")) {
        return r;
      }
    }
    // the tagger may know only the verb (vier: vieren); the glossary decides whether the form is a numeral
    return new Token.Reading(t.text().toLowerCase(java.util.Locale.ROOT), "GET");
  }

  /**
   * A verb reading to use instead of the tagger's choice: a participle or past form tagged as an
   * adjective where a verb stands (Maandag besloten de VS …; … is … op een lager pitje gezet), and a
   * participle tagged as a present form after an auxiliary (hebben … verscherpt).
   */
  static Token.Reading verbReadingInstead(Slots s, int i) {
    Token t = s.token(i);
    if (t.tag() == null) {
      return null;
    }
    Token.Reading participle = analysedParticiple(s, i);
    if (participle != null) {
      return participle;
    }
    boolean adjective = t.tag().startsWith("BNW");
    boolean present = t.tag().startsWith("WKW:TGW:3EP");
    if (!adjective && !present) {
      return null;
    }
    Token next = i + 1 < s.size() ? s.token(i + 1) : null;
    boolean clauseEnd = next == null || s.endsStretch(i + 1) || next.pos() == PartOfSpeech.VERB;
    boolean auxBefore = auxiliaryBefore(s, i);
    for (Token.Reading r : t.readings()) {
      if (r.tag().startsWith("WKW:VTD") && clauseEnd && auxBefore) {
        return r;
      }
      if (adjective && r.tag().startsWith("WKW:VLT") && next != null && i > 0
          && (next.pos() == PartOfSpeech.DETERMINER || next.pos() == PartOfSpeech.PRONOUN
              || next.pos() == PartOfSpeech.PROPER_NOUN)
          && s.token(i - 1).pos() != PartOfSpeech.DETERMINER && s.token(i - 1).pos() != PartOfSpeech.ADJECTIVE) {
        return r;
      }
      if (adjective && r.tag().startsWith("WKW:VLT") && i > 0 && DutchWords.is(DutchWords.WordClass.SUBJECT_PRONOUN, s.lower(i - 1))) {
        return r; // hij vroeg: a subject pronoun before it
      }
    }
    return null;
  }

  /**
   * The tagger's participle reading of a word it took for a preposition where the parser's analysis
   * reads a participle ({@code heb haar gezien} → have seen her; {@code gezien de kosten} stays
   * given: the analysis reads a preposition there). {@link Token#analysedReading} crosses only from
   * a noun, verb or adjective reading.
   */
  static Token.Reading analysedParticiple(Slots s, int i) {
    Token t = s.token(i);
    if (!t.tag().startsWith("VRZ") || t.upos() != io.nlbrief.parser.UPos.VERB && t.upos() != io.nlbrief.parser.UPos.AUX
        || !"Part".equals(t.morphology().feature("VerbForm"))) {
      return null;
    }
    io.nlbrief.parser.UPos next = i + 1 < s.size() ? s.token(i + 1).upos() : null;
    if (next == io.nlbrief.parser.UPos.DET || next == io.nlbrief.parser.UPos.NOUN || next == io.nlbrief.parser.UPos.ADJ
        || next == io.nlbrief.parser.UPos.NUM) {
      return null; // gezien de kosten, gezien alle andere zaken: a noun phrase after it makes it the preposition
    }
    for (Token.Reading r : t.readings()) {
      if (r.tag().startsWith("WKW:VTD")) {
        return r;
      }
    }
    return null;
  }

  /**
   * A noun reading where the tagger chose a verb but an article, a number or an adjective stands
   * right before it (het overleg, 25 landen): no finite verb follows those.
   */
  static Token.Reading nounReadingInstead(Slots s, int i) {
    Token t = s.token(i);
    if (i == 0 || t.tag() == null || !t.tag().startsWith("WKW")) {
      return null;
    }
    Token prev = s.token(i - 1);
    String p = s.lower(i - 1);
    boolean nominal = prev.pos() == PartOfSpeech.DETERMINER || prev.pos() == PartOfSpeech.NUMBER
        || prev.pos() == PartOfSpeech.NUMERAL && !p.equals("een")
        || p.equals("de") || p.equals("het") || p.equals("een") || p.equals("deze") || p.equals("dit")
        || prev.pos() == PartOfSpeech.ADJECTIVE && (prev.text().endsWith("e") || prev.text().endsWith("en"));
    // coordinated with a noun: er zitten kosten en gevolgen aan
    nominal |= i + 2 < s.size() && (s.lower(i + 1).equals("en") || s.lower(i + 1).equals("of"))
        && s.token(i + 2).pos() == PartOfSpeech.NOUN && DutchForm.of(t.tag()) == DutchForm.INFINITIVE_OR_PLURAL;
    if (!nominal) {
      return null;
    }
    for (Token.Reading r : t.readings()) {
      if (r.tag().startsWith("ZNW")) {
        return r;
      }
    }
    return null;
  }

  static boolean auxiliaryBefore(Slots s, int i) {
    for (int k = i - 1; k >= 0 && !s.endsStretch(k); k--) {
      String l = s.lemmaLower(k);
      if ((l.equals("hebben") || l.equals("zijn") || l.equals("worden")) && s.token(k).pos() == PartOfSpeech.VERB) {
        return true;
      }
    }
    return false;
  }

  /**
   * A verb in the infinitive-or-plural form used as the finite verb (they are), not after te or a
   * modal: as the analysis's morphology says (VerbForm=Fin or Inf), else when no finite verb stands
   * before it in its clause.
   */
  static boolean finite(Slots s, int i) {
    if (i > 0 && s.lower(i - 1).equals("te")) {
      return false;
    }
    for (int k = i - 1; k >= 0 && !s.endsStretch(k); k--) {
      Token t = s.token(k);
      if (t.tag() != null && t.tag().startsWith("WKW") && DutchForm.of(t.tag()).isFiniteVerb()) {
        return false;
      }
    }
    return true;
  }

  /** The form of the tagger's reading that the entry came from (was: noun laundry, or past of zijn). */
  static DutchForm formOfReading(Token t, GlossEntry e, DutchForm form) {
    if (t.tag() != null && PosMapping.ofTag(t.tag()) == e.pos()) {
      return form;
    }
    for (Token.Reading r : t.readings()) {
      if (r.lemma().equalsIgnoreCase(e.dutch()) && PosMapping.ofTag(r.tag()) == e.pos()) {
        return DutchForm.of(r.tag());
      }
    }
    return form;
  }

}
