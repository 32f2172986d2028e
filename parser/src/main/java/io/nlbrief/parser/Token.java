package io.nlbrief.parser;

import java.util.List;

/**
 * One word, number or punctuation mark of a sentence.
 *
 * @param text the token exactly as it stands in the text
 * @param span where it stands
 * @param lemma the dictionary form from LanguageTool's Dutch tagger, or the text itself when
 *     the tagger does not know the word
 * @param tag the tagger's part-of-speech tag of the chosen reading (LanguageTool's Dutch tag set,
 *     for example {@code WKW:TGW:3EP}), or {@code null} for unknown words
 * @param pos the coarse part of speech derived from {@code tag} and the token's shape
 * @param entity a named-entity hint, or {@code null}
 * @param readings every reading the tagger gave, first the chosen one
 * @param morphology the UD part of speech, lemma and features ({@link Morphology#NONE} when the
 *     sentence was not analysed); {@code tag} is kept beside it as the language-specific tag (XPOS)
 * @param dependency the token's head and UD relation in its sentence ({@link Dependency#NONE}
 *     when the sentence was not analysed)
 */
public record Token(
    String text,
    Span span,
    String lemma,
    String tag,
    PartOfSpeech pos,
    EntityType entity,
    List<Reading> readings,
    Morphology morphology,
    Dependency dependency) {

  public Token {
    readings = List.copyOf(readings);
    morphology = morphology == null ? Morphology.NONE : morphology;
    dependency = dependency == null ? Dependency.NONE : dependency;
  }

  /** A token before syntactic analysis. */
  public Token(String text, Span span, String lemma, String tag, PartOfSpeech pos, EntityType entity,
      List<Reading> readings) {
    this(text, span, lemma, tag, pos, entity, readings, Morphology.NONE, Dependency.NONE);
  }

  /** The UD part of speech ({@code X} when not analysed). */
  public UPos upos() {
    return morphology.upos();
  }

  /** This token with its analysis. */
  public Token withAnalysis(Morphology morphology, Dependency dependency) {
    return new Token(text, span, lemma, tag, pos, entity, readings, morphology, dependency);
  }

  /** A token the tagger has not seen (no tag), such as an unfamiliar name. */
  public boolean isKnown() {
    return tag != null;
  }

  public boolean isWord() {
    return pos != PartOfSpeech.PUNCTUATION && pos != PartOfSpeech.SYMBOL && pos != PartOfSpeech.NUMBER;
  }

  /** One lemma and tag pair the tagger proposed for the token. */
  public record Reading(String lemma, String tag) {}
}
