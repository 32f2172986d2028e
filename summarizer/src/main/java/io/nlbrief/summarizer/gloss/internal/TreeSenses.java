package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.parser.Token;
import io.nlbrief.parser.UPos;
import java.util.Set;

/**
 * Senses that the analysis's tree decides, where the word alone cannot:
 * <ul>
 *   <li>{@code vinden} with a clause, its own (ik vind dat het kan) or as the reporting clause
 *       after one (het plan is goed, vindt hij), is an opinion: think, not find;
 *   <li>{@code kloppen} with no object and no {@code op}/{@code aan} phrase is "be right" (dat
 *       klopt, het klopt niet), not knock (hij klopt op de deur);
 *   <li>{@code vragen} with a thing for its object and no one asked is "ask for" (vroeg de
 *       vrijlating van de gevangenen → asked for the release), with a person "ask" (vroeg de
 *       minister), and so with a clause (vroeg of het kon);
 *   <li>{@code anderen}, the adjective as a plural noun (drie anderen), is "others";
 *   <li>{@code verschillende} before a plural noun is "various" (verschillende landen, de
 *       verschillende partijen), but "different" after a number (twee verschillende landen) and as
 *       a predicate (de meningen zijn verschillend).
 * </ul>
 */
final class TreeSenses implements Stage {
  static final String RULE = "tree-senses";

  /** Relations of a clause that a verb takes as its content, or that a reporting clause has to the one it reports. */
  private static final Set<String> CLAUSE_RELATIONS = Set.of("ccomp", "parataxis", "dep");

  /** The glossary's ask in its forms: a phrase or another rule's English is left alone. */
  private static final Set<String> ASK = Set.of("ask", "asks", "asked", "asking");

  private final Inflector inflector;

  TreeSenses(Inflector inflector) {
    this.inflector = inflector;
  }

  @Override
  public String name() {
    return RULE;
  }

  @Override
  public void apply(Slots s) {
    for (int i = 0; i < s.size(); i++) {
      if (s.english[i] == null || s.english[i].isEmpty()) {
        continue;
      }
      Token t = s.token(i);
      // the analysis's lemma: the tagger's may be another word's (vroeg: early, for vragen)
      String analysed = t.morphology().lemma();
      String lemma = analysed == null || analysed.equals("_") ? s.lemmaLower(i) : analysed.toLowerCase(java.util.Locale.ROOT);
      if (t.upos() == UPos.VERB && lemma.equals("vinden") && opinion(s, i)) {
        verb(s, i, "think");
      } else if (t.upos() == UPos.VERB && lemma.equals("kloppen") && isRight(s, i)) {
        verb(s, i, "be right");
      } else if (t.upos() == UPos.VERB && lemma.equals("vragen") && ASK.contains(s.english[i])
          && askFor(s, i)) {
        verb(s, i, "ask for");
      } else if (lemma.equals("ander") && (t.upos() == UPos.ADJ || t.upos() == UPos.NOUN) && t.tag() != null
          && t.tag().startsWith("BNW") && t.tag().contains(":MRV")
          && "other".equals(s.english[i])) {
        s.set(i, "others", s.origin[i] + "+" + RULE); // de anderen, drie anderen: the adjective as a plural noun
      } else if (lemma.equals("verschillend") && t.upos() == UPos.ADJ && various(s, i)) {
        s.set(i, "various", s.origin[i] + "+" + RULE);
      }
    }
  }

  private void verb(Slots s, int i, String base) {
    Token t = s.token(i);
    boolean finite = t.morphology().isFinite();
    Token.Reading analysed = t.analysedReading(); // the verb reading where the tagger chose another (vroeg)
    String tag = analysed != null ? analysed.tag() : t.tag();
    String english = inflector.verb(base, s.personal(i, DutchForm.of(tag)), finite);
    s.setVerb(i, english, base, s.origin[i] + "+" + RULE);
  }

  /** vinden with a clause of its own, or reporting the clause it hangs on after a comma. */
  private static boolean opinion(Slots s, int i) {
    for (int c : s.tree().children(i)) {
      String r = s.token(c).dependency().baseRelation();
      if (r.equals("ccomp") || r.equals("parataxis") && s.token(c).upos().isVerbal()) {
        return true;
      }
    }
    Token t = s.token(i);
    int head = t.dependency().head();
    return head >= 0 && head < i && CLAUSE_RELATIONS.contains(t.dependency().baseRelation()) && i > 0
        && s.lower(i - 1).equals(",");
  }

  /** kloppen with nothing to knock on: no object, no op/aan phrase, no particle. */
  private static boolean isRight(Slots s, int i) {
    for (int c : s.tree().children(i)) {
      String r = s.token(c).dependency().baseRelation();
      if (r.equals("obj") || r.equals("compound") || r.equals("iobj")) {
        return false;
      }
      if (r.equals("obl")) {
        for (int g : s.tree().children(c)) {
          String w = s.lower(g);
          if (s.token(g).dependency().baseRelation().equals("case") && (w.equals("op") || w.equals("aan"))) {
            return false;
          }
        }
      }
    }
    return true;
  }

  /** vragen with a noun for a thing as its object, no indirect object and no clause. */
  private static boolean askFor(Slots s, int i) {
    boolean thing = false;
    for (int c : s.tree().children(i)) {
      Token d = s.token(c);
      String r = d.dependency().baseRelation();
      if (r.equals("iobj") || r.equals("ccomp") || r.equals("xcomp") || r.equals("compound")) {
        return false;
      }
      if (r.equals("obj")) {
        thing = d.upos() == UPos.NOUN && d.entity() == null
            && !RelativePronouns.PERSON_NOUNS.contains(s.lemmaLower(c)) && !RelativePronouns.PERSON_NOUNS.contains(s.lower(c));
      }
    }
    return thing;
  }

  /** verschillende modifying a plural noun, with no number of its own before it. */
  private static boolean various(Slots s, int i) {
    Token t = s.token(i);
    int noun = t.dependency().head();
    if (!t.dependency().baseRelation().equals("amod") || noun <= i || noun >= s.size()
        || !"Plur".equals(s.token(noun).morphology().feature("Number"))) {
      return false;
    }
    for (int c : s.tree().children(noun)) {
      if (c < i && (s.token(c).upos() == UPos.NUM || s.token(c).dependency().baseRelation().equals("nummod"))) {
        return false;
      }
    }
    return !(i > 0 && s.token(i - 1).upos() == UPos.NUM);
  }
}
