package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.parser.Token;
import io.nlbrief.parser.UPos;

/**
 * {@code het} that the analysis makes the determiner of a noun after it is the article "the", not
 * the pronoun "it" that the word classes alone gave it ({@code het hoogste orgaan} → the
 * highest body, {@code het meest bevolkte eiland} → the most populous island, {@code tikte de
 * bal het net in} → the net). Only adjectives, adverbs, numbers and participles may stand between,
 * and the noun must be one to the tagger too (a reading as a noun): where the analysis hangs het
 * on a word that is no noun ({@code omdat het belangrijk is}) or on a name, het keeps "it". Before
 * {@code eigen} it is "its" (het eigen team → its own team). The other way round, a het the word
 * classes made an article that the analysis makes a pronoun of its own (a subject, an object, the
 * dummy: {@code dat het logisch is}) is "it".
 */
final class HetArticle implements Stage {
  static final String RULE = "het-article";
  /** Relations of a pronoun het of its own: subject, object, the dummy. */
  private static final java.util.Set<String> PRONOUN_RELATIONS = java.util.Set.of("nsubj", "obj", "expl");

  @Override
  public String name() {
    return RULE;
  }

  @Override
  public void apply(Slots s) {
    for (int i = 0; i + 1 < s.size(); i++) {
      if ((s.lower(i).equals("het") || s.lower(i).equals("'t")) && "the".equals(s.english[i])
          && s.token(i).upos() == UPos.PRON && PRONOUN_RELATIONS.contains(s.token(i).dependency().baseRelation())) {
        s.english[i] = "it"; // dat het logisch is: the analysis's subject, though the word classes said article
        s.origin[i] = s.origin[i] + "+" + RULE;
        continue;
      }
      if (!(s.lower(i).equals("het") || s.lower(i).equals("'t")) || !"it".equals(s.english[i])
          || !s.token(i).dependency().relation().equals("det")) {
        continue;
      }
      int noun = s.token(i).dependency().head();
      if (noun <= i || noun >= s.size() || s.token(noun).upos() != UPos.NOUN || !nounReading(s.token(noun))
          || !onlyModifiersBetween(s, i, noun)) {
        continue;
      }
      // het eigen team: English says own after a possessive, its own team
      s.english[i] = i + 1 < s.size() && s.lower(i + 1).equals("eigen") ? "its" : "the";
      s.origin[i] = s.origin[i] + "+" + RULE;
    }
  }

  private static boolean nounReading(Token t) {
    if (t.tag() != null && t.tag().startsWith("ZNW")) {
      return true;
    }
    for (Token.Reading r : t.readings()) {
      if (r.tag().startsWith("ZNW")) {
        return true;
      }
    }
    return false;
  }

  private static boolean onlyModifiersBetween(Slots s, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      UPos u = s.token(k).upos();
      String r = s.token(k).dependency().baseRelation();
      boolean modifier = u == UPos.ADJ || u == UPos.ADV || u == UPos.NUM
          || u == UPos.VERB && r.equals("amod") || u == UPos.PUNCT && !s.isBreak(k);
      if (!modifier) {
        return false;
      }
    }
    return true;
  }
}
