package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.parser.Clause;

/**
 * A finite {@code zijn} the tagger read as an infinitive is a present plural when the analysis
 * makes it a clause's finite verb ({@code beide kerken zijn gebouwd} → both churches are built, not
 * be built); with {@code ik} it is "am".
 */
final class FiniteBe implements Stage {
  static final String RULE = "finite-be";

  @Override
  public String name() {
    return RULE;
  }

  @Override
  public void apply(Slots s) {
    for (Clause c : s.clauses) {
      int f = c.finiteVerb();
      if (f < 0 || f >= s.size() || !"be".equals(s.english[f]) || !s.lemmaLower(f).equals("zijn")) {
        continue;
      }
      boolean first = c.subject() >= 0 && c.subject() < s.size() && s.lower(c.subject()).equals("ik");
      s.english[f] = first ? "am" : "are";
      s.origin[f] = s.origin[f] + "+" + RULE;
    }
  }
}
