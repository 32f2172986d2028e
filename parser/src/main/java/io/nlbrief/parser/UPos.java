package io.nlbrief.parser;

/** The seventeen Universal Dependencies (v2) parts of speech. */
public enum UPos {
  ADJ, ADP, ADV, AUX, CCONJ, DET, INTJ, NOUN, NUM, PART, PRON, PROPN, PUNCT, SCONJ, SYM, VERB, X;

  /** The tag as CoNLL-U writes it, or {@code X} for a name it does not know. */
  public static UPos parse(String tag) {
    try {
      return valueOf(tag);
    } catch (IllegalArgumentException e) {
      return X;
    }
  }

  /** A verb or an auxiliary. */
  public boolean isVerbal() {
    return this == VERB || this == AUX;
  }

  /** A noun, a name or a pronoun: what can head a subject or an object. */
  public boolean isNominal() {
    return this == NOUN || this == PROPN || this == PRON;
  }
}
