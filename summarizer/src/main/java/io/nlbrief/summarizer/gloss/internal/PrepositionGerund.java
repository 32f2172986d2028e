package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.parser.Clause;
import io.nlbrief.parser.UPos;

/**
 * An er + preposition word that points ahead to a te-infinitive is the preposition with a gerund
 * in English ({@code beschuldigt hem ervan de regels te breken} → accuses him of breaking the
 * rules; {@code denkt erover te verhuizen} → thinks about moving), where the word by word gloss
 * gives "of it … to break"; {@code ertoe} before one is just the to-infinitive. Runs after the
 * clause order, which has put the infinitive before its objects.
 */
final class PrepositionGerund implements Stage {
  static final String RULE = "preposition-gerund";

  private final EnglishForms forms;

  PrepositionGerund(EnglishForms forms) {
    this.forms = forms;
  }

  @Override
  public String name() {
    return RULE;
  }

  @Override
  public void apply(Slots s) {
    for (Clause c : s.clauses) {
      if (c.type() != Clause.Type.TE_INFINITIVE) {
        continue;
      }
      int head = c.head();
      if (head < 0 || head >= s.size()) {
        continue;
      }
      int te = -1;
      for (int k : s.tree().children(head)) {
        if (s.lower(k).equals("te")) {
          te = k;
        }
      }
      int pointer = te < 0 ? -1 : pointerBefore(s, te);
      if (pointer < 0 || s.english[head] == null || s.english[head].isEmpty() || s.english[te] == null
          || s.tree().subtree(head).contains(pointer)) {
        continue; // mensen ervan te overtuigen: the infinitive that governs the word is not the one it points to
      }
      String e = s.english[pointer];
      boolean adjacent = s.nextInEnglish(pointer) == te;
      if (!e.startsWith("to ") && !adjacent) {
        continue; // the infinitive's words do not follow the preposition in English order: "of it … to" stays
      }
      if (e.startsWith("to ")) {
        s.english[pointer] = ""; // ertoe … te vertrekken → to leave
      } else {
        s.english[pointer] = e.substring(0, e.length() - " it".length());
        s.english[te] = "";
        s.english[head] = forms.presentParticiple(s.english[head]); // the first word: put under pressure → putting …
        s.origin[head] = s.origin[head] + "+" + RULE;
        s.origin[te] = s.origin[te] + "+" + RULE;
      }
      s.origin[pointer] = s.origin[pointer] + "+" + RULE;
    }
  }


  /**
   * The er + preposition word before {@code te} in the same stretch (no punctuation or other
   * verb between), glossed as a preposition with "it"; -1 if none.
   */
  private static int pointerBefore(Slots s, int te) {
    for (int k = te - 1; k >= 0; k--) {
      if (s.isBreak(k) || s.token(k).upos() == UPos.VERB && k < te - 1 && s.token(k).dependency().head() != te) {
        return -1;
      }
      String w = s.lower(k);
      String e = s.english[k];
      if (w.length() > 3 && w.startsWith("er") && e != null && e.endsWith(" it") && e.indexOf(' ') == e.lastIndexOf(' ')) {
        return k;
      }
    }
    return -1;
  }
}
