package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.parser.UPos;

/**
 * {@code , waardoor} opening a clause says what the clause before caused: English says ", so"
 * ({@code de brug stortte in, waardoor de weg dicht is} → the bridge collapsed, so the road is
 * closed), not ", through which". After a noun without a comma waardoor is the relative adverb
 * and keeps its gloss ({@code de deur waardoor hij binnenkwam} → the door through which he came
 * in). The clause's words are put in English order by the clause order, as after any subordinator.
 */
final class ResultClause implements Stage {
  static final String RULE = "waardoor-so";

  @Override
  public String name() {
    return RULE;
  }

  @Override
  public void apply(Slots s) {
    for (int i = 1; i + 1 < s.size(); i++) {
      if (!s.lower(i).equals("waardoor") || !s.token(i - 1).text().equals(",") || s.english[i] == null
          || !s.english[i].contains("which") || s.origin[i] == null || !s.origin[i].startsWith("glossary:")) {
        continue;
      }
      int head = s.token(i).dependency().head();
      if (head <= i || head >= s.size() || s.token(head).upos() == UPos.NOUN) {
        continue; // the analysis hangs it on a noun: the relative adverb
      }
      s.english[i] = "so";
      s.origin[i] = s.origin[i] + "+" + RULE;
    }
  }
}
