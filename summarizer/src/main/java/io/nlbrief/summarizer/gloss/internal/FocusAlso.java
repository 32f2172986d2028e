package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.parser.Clause;
import java.util.List;
import java.util.Set;

/**
 * {@code ook} before the subject that opens a main clause is said of that subject, and English says
 * it in the middle of the clause: after the first auxiliary or be, else before the lone verb
 * ({@code Ook de buren werden gewaarschuwd} → the neighbours were also warned; {@code Maar ook de
 * prijzen stijgen} → but the prices also rise, the phrase maar ook → but also split again). English "also the neighbours were …" keeps the
 * Dutch word order and reads as a foreign one. Not in a question, and not where ook stands
 * anywhere else (Hij komt ook; Ook in Gent regent het: there it opens a phrase of its own).
 */
final class FocusAlso implements Stage {
  static final String RULE = "order:also-in-the-middle";

  /** English words after which also goes (is also, were also, has also, can also). */
  private static final Set<String> AUXILIARIES = Set.of(
      "is", "are", "was", "were", "am", "has", "have", "had", "will", "would", "can", "could", "may", "might",
      "must", "should", "shall");

  @Override
  public String name() {
    return "also-in-the-middle";
  }

  @Override
  public void apply(Slots s) {
    if (s.isQuestion()) {
      return;
    }
    for (Clause c : s.clauses) {
      if (beforeAPhrase(s, c)) {
        continue;
      }
      int subject = c.subject();
      int f = c.finiteVerb();
      if (c.type() != Clause.Type.MAIN || subject < 1 || f <= subject || f >= s.size()) {
        continue;
      }
      List<Integer> phrase = new java.util.ArrayList<>(s.tree().subtree(subject));
      while (phrase.size() > 1 && s.token(phrase.get(0)).upos() == io.nlbrief.parser.UPos.CCONJ) {
        phrase.remove(0); // Maar hung on the subject's noun
      }
      int first = phrase.get(0);
      // the analysis may hang ook on the subject's noun or leave it before the phrase
      int ook = s.lower(first).equals("ook") ? first : first - 1;
      phrase.remove(Integer.valueOf(ook));
      // maar ook opening the sentence: the phrase's "but also" gives its also back to ook
      boolean butAlso = ook > 0 && s.lower(ook - 1).equals("maar") && "but also".equalsIgnoreCase(s.english[ook - 1])
          && (s.english[ook] == null || s.english[ook].isEmpty());
      if (ook < 0 || !s.lower(ook).equals("ook") || !(butAlso || "also".equalsIgnoreCase(s.english[ook])) || !opens(s, ook)
          || phrase.contains(f) || phrase.get(phrase.size() - 1) >= f || !ClauseTree.contiguous(phrase)) {
        continue;
      }
      String verb = s.english[f];
      if (verb == null || verb.isEmpty()) {
        continue;
      }
      String firstWord = verb.split(" ")[0];
      s.order.remove(Integer.valueOf(ook));
      int at = s.order.indexOf(f);
      if (at < 0) {
        continue;
      }
      if (AUXILIARIES.contains(firstWord) && !verb.contains(" ")) {
        s.order.add(at + 1, ook); // were also warned
      } else {
        s.order.add(at, ook); // also rise, also have to leave
      }
      if (butAlso) {
        s.english[ook - 1] = s.english[ook - 1].substring(0, 3);
      }
      s.english[ook] = "also";
      s.moved[ook] = RULE;
    }
  }

  /**
   * ook before a prepositional phrase that opens a main clause, the finite verb right after the
   * phrase ({@code Ook in Gent regent het}, {@code Ook in de stad wordt gebouwd}): the phrase stays
   * first and also goes into the middle of the English clause, after be or an auxiliary (or "there
   * is"), else before the lone verb (In Ghent it also rains; In the city there is also building).
   */
  private static boolean beforeAPhrase(Slots s, Clause c) {
    int f = c.finiteVerb();
    if (c.type() != Clause.Type.MAIN || f < 3 || f >= s.size()) {
      return false;
    }
    int ook = -1;
    for (int k = 0; k < f; k++) {
      if (s.lower(k).equals("ook") && opens(s, k)) {
        ook = k;
        break;
      }
    }
    if (ook < 0 || !"also".equalsIgnoreCase(s.english[ook]) || s.token(ook + 1).upos() != io.nlbrief.parser.UPos.ADP
        || !s.token(ook + 1).dependency().baseRelation().equals("case")) {
      return false;
    }
    int noun = s.token(ook + 1).dependency().head();
    if (noun <= ook + 1 || noun >= f) {
      return false;
    }
    List<Integer> phrase = new java.util.ArrayList<>(s.tree().subtree(noun));
    phrase.remove(Integer.valueOf(ook));
    if (!ClauseTree.contiguous(phrase) || phrase.get(0) != ook + 1 || phrase.get(phrase.size() - 1) != f - 1) {
      return false;
    }
    String verb = s.english[f];
    if (verb == null || verb.isEmpty()) {
      return false;
    }
    if (!s.order.contains(f)) {
      return false;
    }
    s.order.remove(Integer.valueOf(ook));
    int at = s.order.indexOf(f);
    String firstWord = verb.split(" ")[0];
    boolean after = verb.startsWith("there ") && verb.split(" ").length == 2
        || AUXILIARIES.contains(firstWord) && !verb.contains(" ");
    s.order.add(after ? at + 1 : at, ook);
    s.english[ook] = "also";
    s.moved[ook] = RULE;
    return true;
  }

  /** Whether {@code ook} opens its sentence: nothing before it but a conjunction or punctuation. */
  private static boolean opens(Slots s, int ook) {
    for (int k = 0; k < ook; k++) {
      io.nlbrief.parser.UPos u = s.token(k).upos();
      if (u != io.nlbrief.parser.UPos.CCONJ && u != io.nlbrief.parser.UPos.PUNCT) {
        return false;
      }
    }
    return true;
  }
}
