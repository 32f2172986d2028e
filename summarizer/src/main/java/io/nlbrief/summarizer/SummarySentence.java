package io.nlbrief.summarizer;

import io.nlbrief.parser.Span;

/**
 * A sentence chosen for a summary.
 *
 * @param index the sentence's index in {@code Article.sentences()}
 * @param text the sentence, whole, as in the article
 * @param span where it stands in the article's text
 * @param score the method's score for it (comparable only within one article)
 */
public record SummarySentence(int index, String text, Span span, double score) {}
