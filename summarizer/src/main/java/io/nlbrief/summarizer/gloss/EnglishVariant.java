package io.nlbrief.summarizer.gloss;

import java.util.Locale;

/**
 * The English the rendering is written in: its quotation marks, abbreviations and spelling. The
 * glossary's English is British (organise, centre, defence, Mr); the American variant, the default
 * because most English news a reader compares with is American, respells it by the rules of American
 * spelling (organize, center, defense), writes Dutch quotations with double quotation marks, the
 * honorifics with a full stop (Mr.) and the country as U.S. The literal line (Dutch order) keeps
 * the glossary's own English either way.
 */
public enum EnglishVariant {
  /** American spelling and typography: "…", organize, center, Mr., U.S. (the default). */
  AMERICAN,
  /** British, as the glossary writes it: '…' for Dutch single quotes, organise, centre, Mr, US. */
  BRITISH;

  /** The variant used where none is asked for. */
  public static final EnglishVariant DEFAULT = AMERICAN;

  /** The name on the command line and in JSON: {@code american}, {@code british}. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The variant named {@code name} in any case ({@code american}, {@code British}; {@code us} and
   * {@code uk}, {@code gb} too).
   *
   * @throws IllegalArgumentException for any other name
   */
  public static EnglishVariant of(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    return switch (n) {
      case "american", "us", "en-us" -> AMERICAN;
      case "british", "uk", "gb", "en-gb" -> BRITISH;
      default -> throw new IllegalArgumentException("expected american or british but was '" + name + "'");
    };
  }
}
