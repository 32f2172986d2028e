package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.parser.UPos;

/**
 * A participle aside that a comma opens after its noun ({@code De ministers, aangevuld met hun
 * ambtgenoten bespraken …}) is closed by a comma in English before the clause goes on, which Dutch
 * writers often leave out: The ministers, joined by their counterparts, discussed. The aside is the
 * analysis's: a participle hung on a noun as {@code acl}, with the comma before it. Nothing is added
 * where the Dutch closes the aside itself or where it runs to the end of the sentence.
 */
final class AsideComma implements Stage {
  static final String RULE = "aside-comma";

  @Override
  public String name() {
    return RULE;
  }

  @Override
  public void apply(Slots s) {
    int n = s.size();
    for (int p = 1; p < n; p++) {
      if (s.token(p).upos() != UPos.VERB || !s.token(p).dependency().relation().equals("acl")
          || !s.token(p - 1).text().equals(",") || s.token(p - 1).dependency().head() != p) {
        continue;
      }
      int noun = s.token(p).dependency().head();
      int last = lastOfPhrase(s, p);
      if (noun < 0 || noun >= p || last + 1 >= n || s.token(last + 1).upos() == UPos.PUNCT) {
        continue;
      }
      int said = last;
      while (said > p && (s.english[said] == null || s.english[said].isEmpty())) {
        said--; // de Europese Unie: the phrase's English stands on its first word
      }
      int verb = s.token(noun).dependency().head();
      if (verb == last + 1 || verb > last && s.token(verb).upos() == UPos.VERB && startsTheClauseAfter(s, last + 1, verb)) {
        s.english[said] = s.english[said] + ",";
        s.origin[said] = s.origin[said] + "+" + RULE;
      }
    }
  }

  /** The last word of the phrase headed by {@code p} (its subtree), read off the heads. */
  private static int lastOfPhrase(Slots s, int p) {
    int last = p;
    for (int k = p + 1; k < s.size() && k < p + 60; k++) {
      if (s.token(k).upos() != UPos.PUNCT && under(s, k, p)) {
        last = k;
      }
    }
    return last;
  }

  private static boolean under(Slots s, int k, int top) {
    int h = k;
    for (int up = 0; up < 60 && h >= 0; up++) {
      if (h == top) {
        return true;
      }
      h = s.token(h).dependency().head();
    }
    return false;
  }

  /** Whether the words from {@code from} up to the verb all hang on it (the clause goes straight on). */
  private static boolean startsTheClauseAfter(Slots s, int from, int verb) {
    for (int k = from; k < verb; k++) {
      if (!under(s, k, verb)) {
        return false;
      }
    }
    return true;
  }
}
