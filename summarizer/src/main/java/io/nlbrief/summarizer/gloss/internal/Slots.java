package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.parser.Token;
import java.util.List;
import java.util.Locale;

/** The glosses of one sentence's tokens while the rules fill them in; one instance per call. */
final class Slots {
  final List<Token> tokens;
  final String[] english;
  final String[] origin;
  private final String[] lower;
  private final String[] lemmaLower;

  Slots(List<Token> tokens) {
    this.tokens = tokens;
    int n = tokens.size();
    this.english = new String[n];
    this.origin = new String[n];
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

  boolean free(int i) {
    return origin[i] == null;
  }

  void set(int i, String english, String origin) {
    this.english[i] = english;
    this.origin[i] = origin;
  }

  private static final java.util.Set<String> SECOND_PERSON = java.util.Set.of("jij", "je", "u", "jullie");

  /**
   * The form to inflect a verb in: a present form tagged third person next to jij, je, u or jullie
   * is second person in English (u komt → you come).
   */
  DutchForm personal(int i, DutchForm form) {
    if (form != DutchForm.PRESENT_THIRD) {
      return form;
    }
    boolean second = i > 0 && SECOND_PERSON.contains(lower[i - 1]) || i + 1 < size() && SECOND_PERSON.contains(lower[i + 1]);
    return second ? DutchForm.PRESENT_SECOND : form;
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
