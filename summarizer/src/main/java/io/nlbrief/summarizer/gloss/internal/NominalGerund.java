package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.parser.UPos;

/**
 * An infinitive used as a noun with its object after van is an English gerund with its object:
 * {@code het verhogen van de belastingen} → raising the taxes, not "the raising of the taxes";
 * {@code na het bekijken van de beelden} → after watching the images. The word glossing stage has
 * made the infinitive an -ing form; this stage drops het before it and van after it. Not when an
 * adjective or another word stands between het and the infinitive (het eindeloze wachten → the
 * endless waiting), nor when the gloss is a noun rather than an -ing form (het herstel van → the
 * recovery of), nor where the van-phrase may be the one who does it: after a verb without an object
 * (het zingen van de vogels → the singing of the birds) or when it names a person or a body of
 * them (het ontslaan van de directeur, het handelen van het bestuur). Dropped words keep the rule's name.
 */
final class NominalGerund implements Stage {
  static final String RULE = "gerund-object";

  @Override
  public String name() {
    return RULE;
  }

  @Override
  public void apply(Slots s) {
    for (int v = 1; v + 2 < s.size(); v++) {
      String e = s.english[v];
      int article = v - 1;
      if (e == null || !firstWord(e).endsWith("ing") || s.token(v).upos() != UPos.VERB
          || !Articles.isDefiniteArticle(s, article) || !s.lower(article).equals("het")
          || s.token(article).dependency().head() != v) {
        continue;
      }
      int van = v + 1;
      if (!s.lower(van).equals("van") || !"of".equals(s.english[van]) || !objectOf(s, van, v)
          || INTRANSITIVE.contains(s.lemmaLower(v)) || INTRANSITIVE.contains(s.lower(v)) || doerAfter(s, van)) {
        continue;
      }
      drop(s, article);
      drop(s, van);
    }
  }

  /**
   * van governs a phrase after it that the analysis hangs on the infinitive, or on a word that is
   * no noun (a verb of the clause): not on a noun, where the van-phrase belongs to that noun.
   */
  private static boolean objectOf(Slots s, int van, int verb) {
    int noun = s.token(van).dependency().head();
    if (noun <= van || noun >= s.size()) {
      return false;
    }
    int head = s.token(noun).dependency().head();
    return head == verb || head < 0 || head >= s.size() || s.token(head).upos() != UPos.NOUN;
  }

  /** Verbs without an object, whose van-phrase is the one who does it: het optreden van de zanger. */
  private static final java.util.Set<String> INTRANSITIVE = java.util.Set.of(
      "zingen", "lachen", "huilen", "blaffen", "slapen", "lopen", "vallen", "sterven", "overlijden", "optreden",
      "aftreden", "vertrekken", "aankomen", "verdwijnen", "ontstaan", "groeien", "stijgen", "dalen", "bestaan",
      "werken", "spreken", "praten", "wachten", "zwijgen", "klagen", "reageren", "functioneren", "gebeuren",
      "komen", "gaan", "staan", "zitten", "liggen", "leven", "spelen", "stemmen", "protesteren", "staken", "handelen",
      "ingrijpen", "falen", "samenwerken", "onderhandelen");
  /** Bodies of people, who are as often the ones who do it: het handelen van het bestuur. */
  private static final java.util.Set<String> BODIES = java.util.Set.of(
      "bestuur", "regering", "kabinet", "politie", "overheid", "leiding", "schoolleiding", "directie", "bedrijf",
      "gemeente", "partij", "leger", "justitie", "rechter", "rechtbank");

  /**
   * The van-phrase names a person (a noun of person-nouns.txt, a name the entities call a person,
   * or a pronoun), who is as often the one who does it as the one it is done to (het ontslaan van
   * de directeur): the of stays.
   */
  private static boolean doerAfter(Slots s, int van) {
    int noun = s.token(van).dependency().head();
    if (noun <= van || noun >= s.size()) {
      return true;
    }
    io.nlbrief.parser.Token t = s.token(noun);
    return t.upos() == UPos.PRON || t.upos() == UPos.PROPN || t.entity() == io.nlbrief.parser.EntityType.PERSON
        || BODIES.contains(s.lemmaLower(noun)) || BODIES.contains(s.lower(noun))
        || RelativePronouns.PERSON_NOUNS.contains(s.lemmaLower(noun)) || RelativePronouns.PERSON_NOUNS.contains(s.lower(noun));
  }

  private static String firstWord(String e) {
    int sp = e.indexOf(' ');
    return sp < 0 ? e : e.substring(0, sp);
  }

  private static void drop(Slots s, int i) {
    s.english[i] = "";
    s.origin[i] = s.origin[i] + "+" + RULE;
  }
}
