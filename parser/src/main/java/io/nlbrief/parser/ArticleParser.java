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

  /** A parser with the given options, backed by Tika and LanguageTool's Dutch tagger. */
  static ArticleParser create(ParseOptions options) {
    return new DefaultArticleParser(options);
  }
}
