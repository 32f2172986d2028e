package io.nlbrief.summarizer.gloss;

/** Test sentences rendered with the default glossary, and the rendering of one of their Dutch words. */
final class Glossed {
  static final Glosser GLOSSER = new Glosser(Glossary.defaultGlossary());

  private Glossed() {}

  /** The rendering of the only sentence of {@code dutch} (see {@link Dutch#sentence}). */
  static GlossLine gloss(String dutch) {
    return GLOSSER.gloss(Dutch.sentence(dutch));
  }

  /** The first token of {@code line} whose Dutch is {@code dutch}. */
  static GlossToken token(GlossLine line, String dutch) {
    return line.tokens().stream().filter(t -> t.dutch().equals(dutch)).findFirst().orElseThrow();
  }
}
