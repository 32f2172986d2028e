package io.nlbrief.cli.parse;

import io.nlbrief.parser.Article;
import java.io.IOException;

/**
 * Renders parsed articles for output, one complete result at a time, so a failure while rendering
 * one article never leaves half of it in the output. Instances serve one run and may remember
 * what they rendered before (for separators); they are not thread-safe.
 */
interface ArticleFormat {
  /** The UTF-8 bytes for {@code article}, including any separator from the previous one. */
  byte[] render(Article article) throws IOException;
}
