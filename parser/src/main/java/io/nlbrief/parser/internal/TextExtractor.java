package io.nlbrief.parser.internal;

import io.nlbrief.parser.ParseException;
import io.nlbrief.parser.ParseException.Reason;
import io.nlbrief.parser.ParseOptions;
import java.nio.charset.Charset;
import java.util.Objects;

/**
 * Turns the bytes of one input into its text and what its format says about the article.
 *
 * <p>Plain text, the common case, is recognised ({@link FormatSniffer}) and decoded ({@link
 * PlainTextDecoder}) without Apache Tika: loading Tika's type registry and parsers costs about a
 * second, which would dominate a CLI run on a text file. Every other format goes through one
 * {@link TikaEngine}, built on first need and then shared; only that class and the classes it
 * alone uses touch Tika, so on plain text the JVM does not even load it.
 *
 * <p>Thread-safe.
 */
public final class TextExtractor {

  private final ParseOptions options;
  private final PlainTextDecoder plainText;
  private final HtmlEncoding htmlEncoding;
  private final Object tikaLock = new Object();
  private volatile TikaEngine tika;

  /** Tika itself is not loaded here but on the first input that needs it. */
  public TextExtractor(ParseOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    this.plainText = new PlainTextDecoder(options.encoding());
    this.htmlEncoding = new HtmlEncoding(options.encoding());
  }

  /**
   * Extracts the text of one input.
   *
   * @param bytes the whole input
   * @param name how messages call the input
   * @throws ParseException when the input is empty, too large, not a document, encrypted,
   *     corrupt, wrongly encoded or without text
   */
  public ExtractedText extract(byte[] bytes, String name) throws ParseException {
    if (bytes.length == 0) {
      throw new ParseException(name, Reason.EMPTY, null);
    }
    if (options.maxBytes() > 0 && bytes.length > options.maxBytes()) {
      throw new ParseException(
          name, Reason.TOO_LARGE, bytes.length + " bytes, the limit is " + options.maxBytes());
    }
    FormatSniffer.Sniff sniff = FormatSniffer.sniff(bytes);
    return switch (sniff.kind()) {
      case TEXT -> plainText.extract(bytes, name);
      case BINARY -> throw new ParseException(name, Reason.UNSUPPORTED, sniff.type());
      default -> viaTika(bytes, name, sniff.kind());
    };
  }

  /** Whether Tika has been loaded, for tests that guard the fast path. */
  boolean tikaLoaded() {
    return tika != null;
  }

  private ExtractedText viaTika(byte[] bytes, String name, FormatSniffer.Kind kind)
      throws ParseException {
    TikaEngine engine = tika(name);
    String type = settle(kind, engine.detect(bytes, name));
    if (kind == FormatSniffer.Kind.OPAQUE
        && (type.startsWith("text/") || type.equals(MediaTypes.OCTET_STREAM))) {
      throw new ParseException(name, Reason.UNSUPPORTED, "binary data");
    }
    if (type.equals("text/plain")) {
      return plainText.extract(bytes, name);
    }
    if (MediaTypes.isRefused(type) || !engine.canParse(type)) {
      throw new ParseException(name, Reason.UNSUPPORTED, type);
    }
    Charset htmlCharset = MediaTypes.isHtml(type) ? htmlEncoding.of(bytes, name) : null;
    if (htmlCharset != null) {
      HtmlDepth.refuseTooDeep(new String(bytes, htmlCharset), name, TikaEngine.MAX_DEPTH);
    }
    return engine.parse(bytes, name, type, htmlCharset);
  }

  /**
   * Tika's magic knows only a few opening e-mail headers and misses HTML in UTF-16, calling both
   * plain text; the sniff saw more (the whole header block, the decoded first tag).
   */
  private static String settle(FormatSniffer.Kind kind, String detected) {
    if (!detected.equals("text/plain")) {
      return detected;
    }
    return switch (kind) {
      case EMAIL -> "message/rfc822";
      case MARKUP -> "text/html";
      default -> detected;
    };
  }

  /**
   * The most characters of text one input may give through Tika: as many as --max-size allows
   * bytes (a container, a DOCX or an e-mail, can hold far more text than its own size).
   */
  private long maxChars() {
    return options.maxBytes() > 0 ? options.maxBytes() : ParseOptions.DEFAULT_MAX_BYTES;
  }

  private TikaEngine tika(String name) throws ParseException {
    TikaEngine engine = tika;
    if (engine == null) {
      synchronized (tikaLock) {
        engine = tika;
        if (engine == null) {
          engine = TikaEngine.start(name, maxChars());
          tika = engine;
        }
      }
    }
    return engine;
  }
}
