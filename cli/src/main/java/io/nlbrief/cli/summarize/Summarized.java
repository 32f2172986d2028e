package io.nlbrief.cli.summarize;

import io.nlbrief.parser.Article;
import io.nlbrief.summarizer.Summary;

/** What {@code summarize} writes for one input: the article and its summary. */
public record Summarized(Article article, Summary summary) {}
