package io.nlbrief.parser;

import io.nlbrief.parser.internal.DefaultArticleParser;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Turns an input in any format Apache Tika reads into an {@link Article}.
 *
 * <p>Implementations are thread-safe: one instance serves every thread of a process, and the
 * costly parts (Tika's parsers, LanguageTool's tagger) are loaded once, on first use, only when
 * an input needs them. Input files are only ever read.
 */
public interface ArticleParser {

  /** Parses the file at {@code path}; {@code name} is how errors and {@link Article#file()} call it. */
  Article parse(Path path, String name) throws ParseException;

  /** Parses a stream (for example stdin); the stream is read to its end but not closed. */
  Article parse(InputStream in, String name) throws ParseException;

  /**
   * The bytes {@link #parse(Path, String)} would parse: the whole file, read up to the size limit
   * and no further (a device or a pipe that never ends is refused at the limit, not read to its end).
   */
  byte[] read(Path path, String name) throws ParseException;

  /** The bytes {@link #parse(InputStream, String)} would parse, read up to the size limit and no further. */
  byte[] read(InputStream in, String name) throws ParseException;

  /** Parses bytes already in memory. */
  Article parse(byte[] bytes, String name) throws ParseException;

  /**
   * Parses bytes as {@link #parse(byte[], String)} does, handing the analysed article to {@code
   * parts} a part at a time, so that only one part's tokens are held at once: for a text too large
   * for its tokens to fit in memory together. Each part is an article of its own whose text is a
   * stretch of whole paragraphs of the input (at least one; a new part begins where a paragraph
   * begins once {@code partChars} characters are reached) with the whole's metadata and language,
   * its spans from its own start; {@code offset} is where that stretch stands in the whole text.
   * A text shorter than {@code partChars} is one part, the article {@code parse} gives. The tagger's
   * memory of persons (a surname met with a first name) carries from a part to the later ones.
   *
   * @return the whole article without tokens (text, metadata, paragraphs, sentences, quotes, warnings)
   */
  Article parseInParts(byte[] bytes, String name, int partChars, Parts parts) throws ParseException;

  /** Takes the parts of {@link #parseInParts}, in text order. */
  @FunctionalInterface
  interface Parts {
    void part(Article part, int offset);

    /**
     * Asked after each part: whether no more are wanted (a consumer that looks for something near
     * the start). The parser then stops there, and the article it returns ends with that part.
     */
    default boolean enough() {
      return false;
    }
  }

  /** A parser with the given options, backed by Tika and LanguageTool's Dutch tagger. */
  static ArticleParser create(ParseOptions options) {
    return new DefaultArticleParser(options);
  }
}
