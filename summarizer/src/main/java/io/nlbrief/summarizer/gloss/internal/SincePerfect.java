package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.parser.Clause;
import io.nlbrief.parser.Token;
import io.nlbrief.parser.UPos;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * A Dutch present with {@code sinds} (since) is the English present perfect: Dutch counts the
 * state from then to now in the present tense, English in the perfect ({@code zij werkt sinds 2015
 * bij de bank} → she has worked at the bank since 2015; {@code hij is sinds maart voorzitter} → he
 * has been chairman since March; {@code sindsdien wonen ze in Gent} → since then they have lived in
 * Gent); so does a length of time with al ({@code hij woont al tien jaar in Gent} → he has lived
 * for ten years in Gent). The time is a phrase of the clause's own (not of a clause or noun inside it:
 * {@code het land dat sinds 2010 bestaat} is that clause's). Only a lone present verb, the
 * lexical verb or the copula, is changed: a cluster (kan sinds, wordt sinds … geleid) keeps its
 * tense, and so do a negated clause (do-support says it) and a question.
 */
final class SincePerfect implements Stage {
  static final String RULE = "since-perfect";

  /** Relations under which a clause of its own begins (on a verb: the analysis gives a lone time parataxis at times): its times are not this clause's. */
  private static final Set<String> CLAUSAL = Set.of("ccomp", "acl", "conj", "parataxis", "xcomp", "csubj");
  /** Words of the clause that negate it: the do-support stage renders those. */
  private static final Set<String> NEGATIONS = Set.of("niet", "geen", "nooit", "niets", "niemand");

  private final EnglishForms forms;

  SincePerfect(EnglishForms forms) {
    this.forms = forms;
  }

  @Override
  public String name() {
    return RULE;
  }

  @Override
  public void apply(Slots s) {
    if (s.isQuestion()) {
      return;
    }
    for (Clause c : s.clauses) {
      int f = c.finiteVerb();
      if (f >= 0 && f < s.size() && c.verbCluster().size() == 2 && passiveSince(s, c, f)) {
        continue;
      }
      if (f < 0 || f >= s.size() || c.verbCluster().size() > 1 || s.english[f] == null || s.english[f].isEmpty()) {
        continue;
      }
      Token verb = s.token(f);
      if (!"Pres".equals(verb.morphology().feature("Tense")) || !verb.morphology().isFinite()) {
        continue;
      }
      boolean copula = s.lemmaLower(f).equals("zijn");
      if (copula && (!verb.dependency().baseRelation().equals("cop") || participleAfter(s, f))) {
        continue; // zijn as an auxiliary the analysis did not join to its participle (is … gezet) says no state
      }
      if (!copula && (verb.upos() != UPos.VERB || s.base[f] == null || s.base[f].isBlank())) {
        continue;
      }
      int head = c.head() >= 0 && c.head() < s.size() ? c.head() : f;
      if (!since(s, head, f)) {
        continue;
      }
      DutchForm form = s.personal(f, DutchForm.of(verb.tag()));
      boolean third = form == DutchForm.PRESENT_THIRD || "Sing".equals(verb.morphology().feature("Number"))
          && "3".equals(verb.morphology().feature("Person")) && form != DutchForm.PRESENT_SECOND;
      String have = third ? "has" : "have";
      String participle = copula ? "been" : forms.pastParticiple(s.base[f]);
      s.english[f] = have + " " + participle;
      s.origin[f] = s.origin[f] + "+" + RULE;
    }
  }

  /**
   * The present passive with worden counts to now as well: {@code worden al twee jaar niet
   * beantwoord} → have not been answered for two years, {@code wordt sinds 2019 geleid door} → has
   * been led since 2019 by. A negation stays (not before been): be needs no do-support.
   */
  private static boolean passiveSince(Slots s, Clause c, int f) {
    int participle = -1;
    for (int v : c.verbCluster()) {
      if (v != f && v >= 0 && v < s.size() && "Part".equals(s.token(v).morphology().feature("VerbForm"))) {
        participle = v;
      }
    }
    String be = s.english[f];
    if (participle < 0 || !s.lemmaLower(f).equals("worden") || !("is".equals(be) || "are".equals(be))
        || s.english[participle] == null || s.english[participle].isEmpty() || s.english[participle].contains(" ")
        || !"Pres".equals(s.token(f).morphology().feature("Tense"))) {
      return false;
    }
    int head = c.head() >= 0 && c.head() < s.size() ? c.head() : participle;
    if (!since(s, head, f, false)) {
      return false;
    }
    s.english[f] = be.equals("is") ? "has" : "have";
    s.origin[f] = s.origin[f] + "+" + RULE;
    s.english[participle] = "been " + s.english[participle];
    s.origin[participle] = s.origin[participle] + "+" + RULE;
    return true;
  }

  /** A participle after {@code f} before the next punctuation: zijn is its auxiliary, whatever the tree says. */
  private static boolean participleAfter(Slots s, int f) {
    for (int k = f + 1; k < s.size() && !s.isBreak(k) && s.token(k).upos() != UPos.PUNCT; k++) {
      Token t = s.token(k);
      if (t.upos() == UPos.VERB && "Part".equals(t.morphology().feature("VerbForm"))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the clause of {@code head} (finite verb {@code f}) has a since-phrase and no negation. */
  private static boolean since(Slots s, int head, int f) {
    return since(s, head, f, true);
  }

  /** As above; {@code negationStops}: whether a negation of the clause rules it out (do-support's, for a lexical verb). */
  private static boolean since(Slots s, int head, int f, boolean negationStops) {
    boolean since = false;
    Deque<Integer> todo = new ArrayDeque<>(s.tree().children(head));
    if (f != head) {
      todo.addAll(s.tree().children(f));
    }
    while (!todo.isEmpty()) {
      int k = todo.pop();
      Token word = s.token(k);
      boolean clause = CLAUSAL.contains(word.dependency().baseRelation()) && word.upos().isVerbal();
      if (k == f || k == head || clause) {
        continue;
      }
      String w = s.lower(k);
      int up = s.token(k).dependency().head();
      int upper = up >= 0 && up < s.size() ? s.token(up).dependency().head() : -1;
      // a word of the clause's own: on its verb, or on one of the verb's dependents (sinds 2015)
      boolean ofTheClause = up == head || up == f || upper == head || upper == f;
      if (negationStops && NEGATIONS.contains(w) && ofTheClause) {
        return false;
      }
      // al drie jaar (for three years): how long it has gone on counts to now like sinds
      boolean duration = s.origin[k] != null && s.origin[k].endsWith("+" + ContextRules.DURATION);
      since |= (w.equals("sinds") || w.equals("sindsdien") || duration) && ofTheClause;
      todo.addAll(s.tree().children(k));
    }
    return since;
  }
}
