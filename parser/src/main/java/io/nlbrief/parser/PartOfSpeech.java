package io.nlbrief.parser;

/** Coarse parts of speech, mapped from LanguageTool's Dutch tags (ZNW, WKW, BNW, ...). */
public enum PartOfSpeech {
  NOUN,
  PROPER_NOUN,
  VERB,
  ADJECTIVE,
  ADVERB,
  PRONOUN,
  DETERMINER,
  PREPOSITION,
  CONJUNCTION,
  NUMERAL,
  INTERJECTION,
  NUMBER,
  PUNCTUATION,
  SYMBOL,
  OTHER,
  UNKNOWN
}
