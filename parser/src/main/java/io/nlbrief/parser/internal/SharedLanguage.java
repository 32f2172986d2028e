package io.nlbrief.parser.internal;

/**
 * The process-wide, immutable-once-loaded language data: LanguageTool's dictionary lookups and
 * the trained syntax model. Each is loaded on first use, once, whichever thread asks first.
 */
final class SharedLanguage {
  private SharedLanguage() {}

  private static final class Lexicon {
    static final DutchLexicon INSTANCE = new DutchLexicon();
  }

  private static final class Model {
    static final SyntaxModel INSTANCE = SyntaxModel.load();
  }

  static DutchLexicon lexicon() {
    return Lexicon.INSTANCE;
  }

  static SyntaxModel model() {
    return Model.INSTANCE;
  }
}
