package io.nlbrief.checker.internal;

import io.nlbrief.parser.Clause;
import io.nlbrief.parser.Sentence;
import io.nlbrief.parser.Token;
import java.util.List;
import java.util.Locale;

/**
 * The parser's clause analysis of one sentence ({@link Sentence#clauses()}, the tokens' UD
 * morphology and dependencies) read the way the checker asks: which clause a verb belongs to, its
 * subject, whether it has another finite verb, whether {@code je} after it is its object. The
 * checker keeps no clause or subject logic of its own: it reads this.
 */
final class ClauseView {
  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  private final Sentence sentence;
  private final List<Token> words;
  /**
   * For each token, the clause whose head or verb cluster it is in, or null; made on first use,
   * because reading the clauses runs the sentence's analysis (and loads the syntax model on the
   * process's first), which a rule that finds no candidate in the sentence never needs.
   */
  private Clause[] clauseOf;

  private ClauseView(Sentence sentence) {
    this.sentence = sentence;
    this.words = sentence.tokens();
  }

  private Clause[] clauses() {
    if (clauseOf == null) {
      Clause[] of = new Clause[words.size()];
      for (Clause c : sentence.clauses()) {
        for (int v : c.verbCluster()) {
          if (v >= 0 && v < of.length && of[v] == null) {
            of[v] = c;
          }
        }
        if (c.head() >= 0 && c.head() < of.length && of[c.head()] == null) {
          of[c.head()] = c;
        }
      }
      clauseOf = of;
    }
    return clauseOf;
  }

  /** Reads no analysis until one of its questions needs it: cheap to make for every sentence. Not thread-safe. */
  static ClauseView of(Sentence sentence) {
    return new ClauseView(sentence);
  }

  List<Token> words() {
    return words;
  }

  /** The clause whose head or verb cluster holds the token at {@code i}, or null. */
  Clause clauseOf(int i) {
    return i >= 0 && i < words.size() ? clauses()[i] : null;
  }

  /** Whether the analysis reads the token at {@code i} as a finite verb. */
  boolean isFiniteVerb(int i) {
    Token t = words.get(i);
    return t.upos().isVerbal() && t.morphology().isFinite();
  }

  /**
   * The subject of the clause the token at {@code i} is the finite verb (or the head) of, or
   * {@code -1}: the clause's own subject, or for a coordinated clause without one that opens with
   * its verb ({@code dat ik het baantje behoud en de kans krijg}) the subject of the clause it is
   * coordinated with. A coordinated main clause with a first constituent of its own ({@code … en
   * daar word positief op gereageerd}) has its own subject or none.
   */
  int subjectOf(int i) {
    Clause c = clauseOf(i);
    for (int steps = 0; c != null && steps < 4; steps++) {
      if (c.hasSubject()) {
        return c.subject();
      }
      if (!words.get(c.head()).dependency().relation().equals("conj") || c.parent() < 0 || !opensWithVerb(c)) {
        return -1;
      }
      c = sentence.clauses().get(c.parent());
    }
    return -1;
  }

  /** The clause's first verb stands right after a coordinator or punctuation: its subject is shared. */
  private boolean opensWithVerb(Clause c) {
    int verb = c.finiteVerb() >= 0 ? c.finiteVerb() : c.head();
    return verb > 0 && opensClause(words.get(verb - 1));
  }

  /** The subject's text in lower case, or null when the clause has none. */
  String subjectWord(int i) {
    int s = subjectOf(i);
    return s < 0 ? null : words.get(s).text().toLowerCase(DUTCH);
  }

  /**
   * Whether the stretch of the token at {@code i} between the analysis's clause boundaries
   * (punctuation, a coordinator, a complementiser, a relative or interrogative word) holds another word the
   * analysis reads as a finite verb ({@code dat het gebeurd is}: the participle belongs to
   * {@code is}).
   */
  boolean hasOtherFiniteVerb(int i) {
    int[] range = stretch(i);
    for (int j = range[0]; j <= range[1]; j++) {
      if (j != i && mayBeFiniteVerb(j)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A finite verb by the analysis, or by the tagger's chosen reading where the analysis found no
   * part of speech ({@code X}: Hou in a quoted imperative) and every reading is a verb's — not
   * {@code niet}, which the tagger may take for a form of {@code nieten}.
   */
  private boolean mayBeFiniteVerb(int j) {
    if (isFiniteVerb(j)) {
      return true;
    }
    Token t = words.get(j);
    String tag = t.tag() == null ? "" : t.tag();
    return t.upos() == io.nlbrief.parser.UPos.X && (tag.startsWith("WKW:TGW") || tag.startsWith("WKW:VLT"))
        && !tag.equals("WKW:TGW:INF")
        && t.readings().stream().allMatch(r -> r.tag() != null && r.tag().startsWith("WKW"));
  }

  /** Whether the tokens at {@code a} and {@code b} stand in the same stretch between clause boundaries. */
  boolean sameStretch(int a, int b) {
    int[] range = stretch(a);
    return range[0] <= b && b <= range[1];
  }

  /** Whether {@code word} (lower case) stands in the stretch of the token at {@code i}, other than at {@code i}. */
  boolean stretchHas(int i, String word) {
    int[] range = stretch(i);
    for (int j = range[0]; j <= range[1]; j++) {
      if (j != i && words.get(j).text().toLowerCase(DUTCH).equals(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first and last token of the stretch around {@code i} that no clause boundary of the
   * analysis interrupts: punctuation, a coordinator, a complementiser, a relative or interrogative word.
   */
  private int[] stretch(int i) {
    int from = i;
    while (from > 0 && !opensClause(words.get(from - 1)) && !isRelative(words.get(from - 1))) {
      from--;
    }
    int to = i;
    while (to + 1 < words.size() && !opensClause(words.get(to + 1)) && !isRelative(words.get(to + 1))) {
      to++;
    }
    return new int[] {from, to};
  }

  /** A relative or interrogative word, which opens a relative clause or an indirect question. */
  private static boolean isRelative(Token t) {
    String type = t.morphology().feature("PronType");
    return "Rel".equals(type) || "Int".equals(type);
  }

  /**
   * Whether {@code je} right after the verb at {@code verb} is its indirect object, not its
   * subject: a form of {@code worden} whose clause has a participle after it and a subject of its
   * own before it, or whose {@code je} the analysis attaches as an object ({@code Het pakje wordt
   * je morgen geleverd}, {@code Wat wordt je aangedaan?}; but {@code Hoe word je gevraagd?}).
   */
  boolean jeIsIndirectObject(int verb) {
    if (verb + 1 >= words.size() || !words.get(verb + 1).text().equalsIgnoreCase("je")) {
      return false;
    }
    String form = words.get(verb).text().toLowerCase(DUTCH);
    if (!form.equals("word") && !form.equals("wordt") && !form.equals("werd")) {
      return false;
    }
    // Not je's relation in the tree: the analysis reads the verb's person and picks the subject
    // to agree with it, so on a wrong form (Wat word je aangedaan?) it makes je the subject.
    return participleAfter(verb + 2) && firstConstituentIsNominal(verb);
  }

  /**
   * Whether the clause opens with the verb or with an adverbial ({@code Hoe}, {@code Daarna},
   * {@code In de zaal}), so that a pronoun right after it is the subject.
   */
  boolean noSubjectBefore(int verb) {
    return !firstConstituentIsNominal(verb);
  }

  /**
   * Whether what stands before the finite verb at {@code verb} in its clause (the first
   * constituent of a main clause) is a noun phrase or pronoun that can be its subject, or the
   * dummy {@code er} of a passive: its head in the tree is a noun, name, pronoun or number that
   * takes no preposition. The clause starts after the punctuation, coordinator or complementiser
   * before it.
   */
  boolean firstConstituentIsNominal(int verb) {
    int start = verb;
    while (start > 0 && !opensClause(words.get(start - 1)) && verb - start < 7) {
      start--;
    }
    if (start == verb || verb - start >= 7) {
      return false;
    }
    int head = -1;
    for (int j = start; j < verb; j++) {
      int h = words.get(j).dependency().head();
      if (h < start || h >= verb) {
        if (head >= 0) {
          return false;
        }
        head = j;
      }
      if (words.get(j).dependency().relation().equals("case")) {
        return false;
      }
    }
    if (head < 0) {
      return false;
    }
    Token t = words.get(head);
    return t.upos().isNominal() || t.upos() == io.nlbrief.parser.UPos.NUM || t.text().equalsIgnoreCase("er");
  }

  /** Punctuation other than quotes, a coordinator or a complementiser (by relation or part of speech): what a clause starts after. */
  private static boolean opensClause(Token t) {
    if (t.upos() == io.nlbrief.parser.UPos.PUNCT || !t.isWord()) {
      String x = t.text();
      return !(x.equals("\"") || x.equals("'") || x.equals("„") || x.equals("“") || x.equals("‘") || x.equals(",,"));
    }
    String r = t.dependency().relation();
    return r.equals("cc") || r.equals("mark") || t.upos() == io.nlbrief.parser.UPos.CCONJ
        || t.upos() == io.nlbrief.parser.UPos.SCONJ;
  }

  private boolean participleAfter(int from) {
    for (int j = from; j < words.size(); j++) {
      Token t = words.get(j);
      String text = t.text();
      if (text.equals(",") || text.equals(";") || text.equals(":") || text.equals(".") || text.equals("?")) {
        return false;
      }
      // The analysis's participle, or any participle reading of the tagger's (the analysis may
      // read an adjectival participle as an adjective).
      if ("Part".equals(t.morphology().feature("VerbForm"))
          || t.readings().stream().anyMatch(r -> r.tag() != null && r.tag().startsWith("WKW:VTD"))) {
        return true;
      }
    }
    return false;
  }
}
