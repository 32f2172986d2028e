package io.nlbrief.summarizer.gloss;

import java.util.Locale;
import java.util.Optional;

/** The part of speech of a glossary entry: the {@code pos} column of the glossary TSV. */
public enum GlossPos {
  NOUN,
  VERB,
  ADJ,
  ADV,
  PREP,
  CONJ,
  PRON,
  DET,
  NUM,
  INT,
  /** Proper names and acronyms with an English form (NAVO → NATO). */
  NAME,
  /** A multi-word expression ({@code onder druk zetten}). */
  PHRASE,
  /** A word part used only in compounds ({@code oud-} → former). */
  PREFIX;

  /** The code used in glossary files: {@code noun}, {@code verb}, ... */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The part of speech for a code of a glossary file, case-insensitive. */
  public static Optional<GlossPos> ofCode(String code) {
    switch (code) {
      case "noun": return Optional.of(NOUN);
      case "verb": return Optional.of(VERB);
      case "adj": return Optional.of(ADJ);
      case "adv": return Optional.of(ADV);
      case "name": return Optional.of(NAME);
      case "phrase": return Optional.of(PHRASE);
      default: break;
    }
    String c = code.strip();
    for (GlossPos p : VALUES) {
      if (p.name().equalsIgnoreCase(c)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  private static final GlossPos[] VALUES = values();
}
