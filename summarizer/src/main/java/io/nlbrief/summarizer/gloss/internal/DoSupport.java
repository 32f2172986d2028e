package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.parser.Clause;
import io.nlbrief.parser.Token;
import io.nlbrief.parser.UPos;

/**
 * Negation of a lone lexical verb with do-support: {@code hij kwam niet} → he did not come,
 * {@code dat zij het niet weet} → that she does not know it. The auxiliary goes on {@code niet}
 * (did not, does not, do not, after the verb's tense and person), the verb takes its base form
 * and stands after it. Be, auxiliaries and modals are negated as they are (is not, can not).
 */
final class DoSupport implements Stage {
  static final String RULE = "do-support";

  @Override
  public String name() {
    return RULE;
  }

  @Override
  public void apply(Slots s) {
    boolean question = s.isQuestion();
    for (Clause c : s.clauses) {
      boolean finiteType = c.type() == Clause.Type.SUBORDINATE || c.type() == Clause.Type.RELATIVE
          || c.type() == Clause.Type.MAIN && !question;
      int f = c.finiteVerb();
      if (!finiteType || f < 0 || f >= s.size() || s.base[f] == null || s.english[f] == null || s.english[f].isEmpty()) {
        continue;
      }
      if (hasOtherVerb(c, f)) {
        continue;
      }
      int niet = negation(s, c, f);
      if (niet >= 0 && s.base[f].startsWith("be ") && s.english[f].indexOf(' ') > 0 && s.nextInEnglish(f) == niet) {
        // be + predicate in one gloss (klopt niet: is not right): not goes after be
        int space = s.english[f].indexOf(' ');
        s.english[f] = s.english[f].substring(0, space) + " not" + s.english[f].substring(space);
        s.english[niet] = "";
        s.origin[niet] = s.origin[niet] + "+" + RULE;
        continue;
      }
      if (niet < 0 || auxiliaryLike(s, f)) {
        continue;
      }
      DutchForm form = s.personal(f, DutchForm.of(s.token(f).tag()));
      String auxiliary = switch (form) {
        case PAST_SINGULAR, PAST_PLURAL -> "did";
        case PRESENT_THIRD -> "does";
        default -> "do";
      };
      s.english[niet] = auxiliary + " not";
      s.origin[niet] = s.origin[niet] + "+" + RULE;
      s.english[f] = s.base[f];
      s.moved[niet] = RULE;
      s.order.remove(Integer.valueOf(niet));
      s.order.add(s.order.indexOf(f), niet);
    }
  }

  private static boolean hasOtherVerb(Clause c, int f) {
    for (int v : c.verbCluster()) {
      if (v != f) {
        return true;
      }
    }
    return false;
  }

  /** The niet of clause {@code c} (on its finite verb or head) whose English is "not", or -1. */
  private static int negation(Slots s, Clause c, int f) {
    for (int k = 0; k < s.size(); k++) {
      Token t = s.token(k);
      if (s.lower(k).equals("niet") && t.dependency().baseRelation().equals("advmod")
          && (t.dependency().head() == f || t.dependency().head() == c.head() || inPhraseOf(s, t.dependency().head(), f))) {
        return "not".equals(s.english[k]) ? k : -1;
      }
    }
    return -1;
  }

  /** Whether word {@code h} belongs to the verb phrase {@code f} heads (het niet eens zijn: niet on eens). */
  private static boolean inPhraseOf(Slots s, int h, int f) {
    return h >= 0 && h < s.size() && s.origin[f] != null && s.origin[f].startsWith("phrase:") && s.origin[f].equals(s.origin[h]);
  }

  private static boolean auxiliaryLike(Slots s, int f) {
    Token t = s.token(f);
    String lemma = s.lemmaLower(f);
    String base = s.base[f];
    // an English be (klopt: is right) is negated as it is; a phrase's verb (het eens zijn: agree) by its English
    if (s.origin[f] != null && s.origin[f].startsWith("phrase:")) {
      return base.equals("be") || base.startsWith("be ") || base.startsWith("have ") || base.equals("have");
    }
    return t.upos() == UPos.AUX || base.equals("be") || base.startsWith("be ") || lemma.equals("zijn") || lemma.equals("worden") || lemma.equals("kunnen")
        || lemma.equals("moeten") || lemma.equals("zullen") || lemma.equals("mogen") || lemma.equals("willen")
        || lemma.equals("blijken") || lemma.equals("lijken") || lemma.equals("blijven");
  }
}
