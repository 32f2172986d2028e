package io.nlbrief.cli.parse;

import io.nlbrief.parser.Article;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A format that writes an article parsed in parts ({@link ParseWork}) in the bytes it gives the
 * whole: its sentences a part at a time into a {@link SentenceSpool}, then the document around
 * them. JSON ({@link JsonArticle#parted}) and CoNLL-U ({@link ConlluArticle#PARTED}).
 */
interface PartedFormat extends SentenceSpool.WriterFactory {
  /**
   * Writes the document to {@code out}, flushed, not closed: {@code whole} is the article without
   * tokens, {@code sentences} its sentences as spooled.
   */
  void write(Article whole, SentenceSpool sentences, OutputStream out) throws IOException;
}
