package io.nlbrief.summarizer;

/**
 * A word or phrase the article is about.
 *
 * @param term a lemma ({@code diplomaat}, {@code zenuwgas}, {@code NAVO-Ruslandraad}) or a
 *     multi-word noun phrase as it stands in the text, lower-cased unless it is a name or acronym
 *     ({@code russische diplomaten})
 * @param score higher is more characteristic; comparable only within one article
 * @param count how often it occurs
 */
public record KeyTerm(String term, double score, int count) {}
