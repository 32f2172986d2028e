package io.nlbrief.parser;

import java.nio.charset.Charset;

/**
 * How to parse.
 *
 * @param tag whether to tokenise and tag sentences; without it sentences carry no tokens, and
 *     LanguageTool's tagger (about a second to load) is never loaded
 * @param maxBytes inputs larger than this are refused
 * @param encoding the character encoding of plain-text input when the user knows it; {@code null}
 *     to detect it. A declared encoding is strict: bytes that are invalid in it are an error.
 * @param plain read the text as plain prose: paragraphs split at blank lines, every one of them
 *     body text, none of the news-layout readings (header line, dateline, source line,
 *     intertitles, headline); for non-news text and for evaluation
 */
public record ParseOptions(boolean tag, long maxBytes, Charset encoding, boolean plain) {
  public ParseOptions(boolean tag, long maxBytes, Charset encoding) {
    this(tag, maxBytes, encoding, false);
  }

  /** 50 MB. */
  public static final long DEFAULT_MAX_BYTES = 50L * 1000 * 1000;

  public static ParseOptions defaults() {
    return new ParseOptions(true, DEFAULT_MAX_BYTES, null);
  }

  public ParseOptions withTag(boolean tag) {
    return new ParseOptions(tag, maxBytes, encoding, plain);
  }

  public ParseOptions withPlain(boolean plain) {
    return new ParseOptions(tag, maxBytes, encoding, plain);
  }

  public ParseOptions withMaxBytes(long maxBytes) {
    return new ParseOptions(tag, maxBytes, encoding, plain);
  }

  public ParseOptions withEncoding(Charset encoding) {
    return new ParseOptions(tag, maxBytes, encoding, plain);
  }
}
