package io.nlbrief.summarizer;

import java.util.List;

/**
 * What a {@link Summarizer} found in one article. Immutable.
 *
 * @param file the article's {@code Article.file()}
 * @param method the name of the method that chose the sentences
 * @param sentences the chosen sentences, whole, in article order
 * @param keyTerms the article's key terms, best first
 * @param entities the people, organisations and places it names, most mentioned first
 */
public record Summary(String file, String method, List<SummarySentence> sentences, List<KeyTerm> keyTerms, List<Entity> entities) {
  public Summary {
    sentences = List.copyOf(sentences);
    keyTerms = List.copyOf(keyTerms);
    entities = List.copyOf(entities);
  }

  /** The chosen sentences' texts, one per element, in article order. */
  public List<String> texts() {
    return sentences.stream().map(SummarySentence::text).toList();
  }
}
