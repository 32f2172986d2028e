package io.nlbrief.summarizer;

import io.nlbrief.parser.Article;

/**
 * One stage with one job: score every sentence of an article by how well it says what the article
 * is about. Choosing sentences (length, order, redundancy) is the {@link Summarizer}'s job.
 *
 * <p>Implementations are stateless and thread-safe: one instance serves every thread of a process,
 * and the same article always gets the same scores. The article is only read.
 */
public interface Ranker {

  /**
   * One score per sentence of {@link Article#sentences()}, in that order; higher is better.
   * Scores are only compared within one article.
   */
  double[] score(Article article);
}
