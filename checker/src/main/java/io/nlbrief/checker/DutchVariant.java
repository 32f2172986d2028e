package io.nlbrief.checker;

/** Which standard the text follows; both share the Taalunie spelling, they differ in usage rules. */
public enum DutchVariant {
  /** Dutch as written in the Netherlands (LanguageTool's {@code nl-NL}). */
  NETHERLANDS("nl-NL"),
  /** Dutch as written in Flanders (LanguageTool's {@code nl-BE}). */
  BELGIUM("nl-BE");

  private final String code;

  DutchVariant(String code) {
    this.code = code;
  }

  /** The BCP 47 code, as LanguageTool names the variant. */
  public String code() {
    return code;
  }

  /** {@code nl-NL}, {@code nl-BE}, {@code NL}, {@code BE}, {@code netherlands}, {@code belgium}, any case. */
  public static DutchVariant parse(String value) {
    String v = value.strip().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    return switch (v) {
      case "nl-nl", "nl", "netherlands" -> NETHERLANDS;
      case "nl-be", "be", "belgium", "flemish" -> BELGIUM;
      default -> throw new IllegalArgumentException("unknown Dutch variant '" + value + "' (expected nl-NL or nl-BE)");
    };
  }
}
