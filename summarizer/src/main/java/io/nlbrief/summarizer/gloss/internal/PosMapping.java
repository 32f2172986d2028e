package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.parser.PartOfSpeech;
import io.nlbrief.summarizer.gloss.GlossPos;

/** The parser's coarse parts of speech as glossary parts of speech. */
final class PosMapping {
  private PosMapping() {}

  static GlossPos of(PartOfSpeech pos) {
    return switch (pos) {
      case NOUN -> GlossPos.NOUN;
      case PROPER_NOUN -> GlossPos.NAME;
      case VERB -> GlossPos.VERB;
      case ADJECTIVE -> GlossPos.ADJ;
      case ADVERB -> GlossPos.ADV;
      case PRONOUN -> GlossPos.PRON;
      case DETERMINER -> GlossPos.DET;
      case PREPOSITION -> GlossPos.PREP;
      case CONJUNCTION -> GlossPos.CONJ;
      case NUMERAL -> GlossPos.NUM;
      case INTERJECTION -> GlossPos.INT;
      default -> null;
    };
  }
}
