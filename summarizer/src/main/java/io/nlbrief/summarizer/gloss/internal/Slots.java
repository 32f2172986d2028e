package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.parser.Token;
import java.util.List;
import java.util.Locale;

/** The glosses of one sentence's tokens while the rules fill them in; one instance per call. */
final class Slots {
  final List<Token> tokens;
  final String[] english;
  final String[] origin;

  Slots(List<Token> tokens) {
    this.tokens = tokens;
    this.english = new String[tokens.size()];
    this.origin = new String[tokens.size()];
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

  Token token(int i) {
    return tokens.get(i);
  }

  String lower(int i) {
    return tokens.get(i).text().toLowerCase(Locale.ROOT);
  }

  String lemmaLower(int i) {
    return tokens.get(i).lemma().toLowerCase(Locale.ROOT);
  }
}
