package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.parser.UPos;

/**
 * {@code om … te} + infinitive is one "to" in English ({@code om de regels te veranderen} → to
 * change the rules). Where the context rules could not see the infinitive (a quotation or a long
 * phrase between) om kept "in order to" and te its own "to", which reads "in order to … to
 * change". After the clause order: if te's "to" follows om in English order om says nothing,
 * else om says "to" and te nothing; both keep the rule's name.
 */
final class OmTe implements Stage {
  static final String RULE = "om-te";

  @Override
  public String name() {
    return RULE;
  }

  @Override
  public void apply(Slots s) {
    for (int om = 0; om + 1 < s.size(); om++) {
      if (!s.lower(om).equals("om") || !"in order to".equals(s.english[om]) || s.origin[om] == null
          || !s.origin[om].startsWith("glossary:")) {
        continue;
      }
      int te = te(s, om);
      if (te < 0 || !"to".equals(s.english[te])) {
        continue;
      }
      if (s.nextInEnglish(om) == te) {
        s.english[om] = "";
      } else {
        s.english[om] = "to";
        s.english[te] = "";
      }
      s.origin[om] = s.origin[om] + "+" + RULE;
      s.origin[te] = s.origin[te] + "+" + RULE;
    }
  }

  /** Whether a te + infinitive follows om in its clause. */
  static boolean infinitiveFollows(Slots s, int om) {
    return te(s, om) >= 0;
  }

  /**
   * The te of the infinitive om opens: the analysis's (om and te both marks of one verb), else the
   * next te before the sentence or clause ends (a full stop, comma, colon or semicolon; quotation
   * marks and a relative clause between do not end it), with an infinitive after it; or -1.
   */
  private static int te(Slots s, int om) {
    int verb = s.token(om).dependency().head();
    if (s.token(om).dependency().relation().equals("mark") && verb > om && verb < s.size()) {
      for (int c : s.tree().children(verb)) {
        if (c > om && s.lower(c).equals("te")) {
          return c;
        }
      }
    }
    for (int k = om + 1; k + 1 < s.size() && k <= om + 15; k++) {
      String w = s.token(k).text();
      if (w.equals(".") || w.equals(",") || w.equals(";") || w.equals(":") || w.equals("?") || w.equals("!")) {
        return -1;
      }
      if (s.lower(k).equals("te") && (s.token(k + 1).upos() == UPos.VERB || s.token(k + 1).upos() == UPos.AUX)) {
        return k;
      }
    }
    return -1;
  }

}
