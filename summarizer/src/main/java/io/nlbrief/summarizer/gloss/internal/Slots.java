package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.parser.Clause;
import io.nlbrief.parser.Sentence;
import io.nlbrief.parser.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The glosses of one sentence's tokens while the stages fill them in, and the English order the
 * ordering stages give them; one instance per call.
 */
final class Slots {
  final List<Token> tokens;
  final String[] english;
  final String[] origin;
  /** A verb's English base form where a stage set one (the do-support stage puts it back). */
  final String[] base;
  /** The ordering rule that moved each token, or null. */
  final String[] moved;
  /** Token indices in English order; the identity until an ordering stage moves them. */
  final List<Integer> order;
  /** The clauses of the analysis, empty for a sentence that was not analysed. */
  final List<Clause> clauses;
  /** Why the rendering may be wrong (an analysis the ordering could not use), in the order found. */
  final List<String> doubts = new ArrayList<>();
  private final String[] lower;
  private final String[] lemmaLower;
  /** The dependency tree as child lists, made when a stage first asks for it. */
  private ClauseTree tree;
  private boolean[] opensClause;

  Slots(Sentence sentence) {
    this(sentence.tokens(), sentence.clauses());
  }

  Slots(List<Token> tokens, List<Clause> clauses) {
    this.tokens = tokens;
    this.clauses = clauses;
    int n = tokens.size();
    this.english = new String[n];
    this.origin = new String[n];
    this.base = new String[n];
    this.moved = new String[n];
    this.order = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    this.lower = new String[n];
    this.lemmaLower = new String[n];
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      lower[i] = t.text().toLowerCase(Locale.ROOT);
      lemmaLower[i] = t.lemma().equals(t.text()) ? lower[i] : t.lemma().toLowerCase(Locale.ROOT);
    }
  }

  int size() {
    return tokens.size();
  }

  /** The analysis's dependency tree. */
  ClauseTree tree() {
    if (tree == null) {
      tree = new ClauseTree(tokens);
    }
    return tree;
  }

  /**
   * Whether token {@code k} ends the stretch of words a stage may look through from a word of the
   * same clause: punctuation (a hyphen aside), or a word with which the analysis opens a clause
   * ({@link #opensClause}). The gloss has no clause analysis of its own.
   */
  boolean endsStretch(int k) {
    return isBreak(k) || opensClause(k);
  }

  /**
   * Whether the analysis opens a clause at token {@code k}: the clause's marker ({@code dat},
   * {@code omdat}, a relative pronoun, {@code om}), a coordinator before a coordinated clause, or
   * a word the analysis reads as a subordinator (SCONJ) or relative pronoun (PronType=Rel).
   */
  boolean opensClause(int k) {
    if (opensClause == null) {
      opensClause = ClauseTree.clauseOpenings(tokens, clauses);
    }
    return opensClause[k];
  }

  /** Punctuation other than a hyphen. */
  boolean isBreak(int k) {
    Token t = tokens.get(k);
    return t.pos() == io.nlbrief.parser.PartOfSpeech.PUNCTUATION && !t.text().equals("-");
  }

  boolean free(int i) {
    return origin[i] == null;
  }

  void set(int i, String english, String origin) {
    this.english[i] = english;
    this.origin[i] = origin;
  }

  /** A verb's gloss with its English base form, for the stages that re-inflect it. */
  void setVerb(int i, String english, String base, String origin) {
    set(i, english, origin);
    this.base[i] = base;
  }

  void doubt(String why) {
    if (!doubts.contains(why)) {
      doubts.add(why);
    }
  }

  private static final java.util.Set<String> SECOND_PERSON = java.util.Set.of("jij", "je", "u", "jullie");

  /**
   * The form to inflect a verb in: a present form tagged third person next to jij, je, u or jullie
   * is second person in English (u komt → you come); so is the stem before je or jij (ben je → are you).
   */
  DutchForm personal(int i, DutchForm form) {
    if (form == DutchForm.PRESENT_OTHER && i + 1 < size() && (lower[i + 1].equals("je") || lower[i + 1].equals("jij"))) {
      return DutchForm.PRESENT_SECOND; // inverted, the stem goes with jij as with ik: ben je → are you
    }
    if (form != DutchForm.PRESENT_THIRD) {
      return form;
    }
    boolean second = i > 0 && SECOND_PERSON.contains(lower[i - 1]) || i + 1 < size() && SECOND_PERSON.contains(lower[i + 1]);
    return second ? DutchForm.PRESENT_SECOND : form;
  }

  /** Whether the sentence is a question (ends in ?): the stages that reorder leave its order alone. */
  boolean isQuestion() {
    return !tokens.isEmpty() && tokens.get(tokens.size() - 1).text().equals("?");
  }

  /** The next token with English after token {@code k} in English order, or -1. */
  int nextInEnglish(int k) {
    int p = order.indexOf(k);
    for (int q = p + 1; q < order.size(); q++) {
      int t = order.get(q);
      if (english[t] != null && !english[t].isEmpty()) {
        return t;
      }
    }
    return -1;
  }

  Token token(int i) {
    return tokens.get(i);
  }

  String lower(int i) {
    return lower[i];
  }

  String lemmaLower(int i) {
    return lemmaLower[i];
  }
}
