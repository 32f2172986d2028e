package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.parser.Token;
import io.nlbrief.parser.UPos;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The subject of a clause the analysis found none for, guessed from the word classes the way a
 * reader of Dutch finds it: in a main clause, a noun phrase that is the whole first part before the
 * finite verb ({@code De permanente missie van Rusland mag …}), else the noun phrase or personal
 * pronoun right after the finite verb ({@code Volgens de krant zal het nieuwe plan …}); in a
 * subordinate clause, the one right after its opening word ({@code omdat de winter koud wordt}).
 * A noun phrase here is a determiner or possessive, adjectives and numbers, then nouns or names,
 * with a {@code van} phrase after them. Empty when there is no such phrase.
 */
final class SubjectGuess {
  private static final Set<String> PERSONAL = Set.of(
      "ik", "jij", "je", "hij", "zij", "ze", "het", "wij", "we", "u", "jullie", "men", "dit", "dat", "die");

  private SubjectGuess() {}

  /** {@code marker}: the subordinate clause's opening word, or -1. */
  static List<Integer> of(Slots s, int marker, int f, boolean main) {
    if (main) {
      List<Integer> before = wholeFirstPart(s, f);
      return before.isEmpty() ? phraseAt(s, f + 1, s.size()) : before;
    }
    if (marker < 0 || marker >= f || s.token(marker).upos() == UPos.PRON) {
      return List.of(); // a relative clause's subject is its pronoun or nothing the word classes show
    }
    return phraseAt(s, marker + 1, f);
  }

  /** The words before the finite verb when they are one noun phrase from the clause's start. */
  private static List<Integer> wholeFirstPart(Slots s, int f) {
    int start = f;
    while (start > 0 && !opensFirstPart(s, start - 1)) {
      start--;
    }
    if (start == f) {
      return List.of();
    }
    List<Integer> phrase = phraseAt(s, start, f);
    return !phrase.isEmpty() && phrase.get(phrase.size() - 1) == f - 1 ? phrase : List.of();
  }

  /** Punctuation, a quotation mark or a coordinator before the first part of a clause. */
  private static boolean opensFirstPart(Slots s, int k) {
    Token t = s.token(k);
    return t.upos() == UPos.PUNCT || t.upos() == UPos.CCONJ || t.upos() == UPos.SCONJ;
  }

  /** The noun phrase or personal pronoun starting at {@code from}, ending before {@code end}; empty if none. */
  private static List<Integer> phraseAt(Slots s, int from, int end) {
    if (from >= end || from >= s.size()) {
      return List.of();
    }
    if (PERSONAL.contains(s.lower(from)) && (from + 1 >= end || !isNominal(s.token(from + 1))
        && (s.token(from + 1).upos() != UPos.ADJ || from + 2 >= end))) {
      // het moeilijk is: a lone adjective before the verb is what the pronoun is, not its noun
      return List.of(from);
    }
    int k = nounPhraseEnd(s, from, end);
    if (k < 0) {
      return List.of();
    }
    if (k + 1 < end && s.lower(k + 1).equals("van")) {
      int more = nounPhraseEnd(s, k + 2, end);
      if (more > 0) {
        k = more;
      }
    }
    List<Integer> out = new ArrayList<>(k - from + 1);
    for (int i = from; i <= k; i++) {
      out.add(i);
    }
    return out;
  }

  /** The last noun or name of a determiner-adjective-noun phrase at {@code from}, or -1. */
  private static int nounPhraseEnd(Slots s, int from, int end) {
    int k = from;
    if (k < end && (s.token(k).upos() == UPos.DET || s.token(k).upos() == UPos.PRON && !PERSONAL.contains(s.lower(k)))) {
      k++;
    }
    while (k < end && (s.token(k).upos() == UPos.ADJ || s.token(k).upos() == UPos.NUM)) {
      k++;
    }
    int last = -1;
    while (k < end && (isNominal(s.token(k)) || s.lower(k).equals("-") && last >= 0)) {
      if (isNominal(s.token(k))) {
        last = k;
      }
      k++;
    }
    return last;
  }

  private static boolean isNominal(Token t) {
    return t.upos() == UPos.NOUN || t.upos() == UPos.PROPN;
  }
}
