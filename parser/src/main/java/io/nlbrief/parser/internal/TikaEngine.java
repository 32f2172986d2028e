package io.nlbrief.parser.internal;

import io.nlbrief.parser.ParseException;
import io.nlbrief.parser.ParseException.Reason;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ServiceConfigurationError;
import java.util.Locale;
import java.util.Set;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.DocumentSelector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.WriteOutContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * One configured {@link AutoDetectParser} and the questions asked of it. Every use of Tika starts
 * here, so that plain text, which never reaches this class, never loads Tika (about a second).
 *
 * <p>Thread-safe: the parser is stateless between calls and each call has its own context.
 */
final class TikaEngine {
  private static final HtmlMapper HTML_MAPPER = new ArticleHtmlMapper();
  /**
   * Levels of element nesting a document may have. Tika's default, 100, refuses real pages
   * (layout tables and wrapper divs reach 110 and more); past this the input is refused as too
   * deeply nested, which no article is. (Tika's HTML parser, jsoup, itself stops nesting at 512
   * levels and keeps the text, so an HTML page is measured before Tika reads it: {@link HtmlDepth}.)
   */
  static final int MAX_DEPTH = 2_000;
  /** Tika's own guards against zip bombs: text over this many characters per input byte is refused. */
  private static final long MAX_COMPRESSION_RATIO = 100;
  /** Tika checks the ratio only once this much text has come out. */
  private static final long OUTPUT_THRESHOLD = 1_000_000;
  /** Containers inside containers (a zip in a DOCX in an e-mail). */
  private static final int MAX_PACKAGE_DEPTH = 10;

  private final AutoDetectParser parser;
  private final MediaTypeRegistry registry;
  private final Set<MediaType> parseable;

  private final long maxChars;

  /** @param maxChars the most characters of text one input may give; more is refused as too large */
  private TikaEngine(TikaConfig config, long maxChars) {
    this.maxChars = maxChars;
    parser = new AutoDetectParser(config);
    parser.setAutoDetectParserConfig(
        new AutoDetectParserConfig(null, OUTPUT_THRESHOLD, MAX_COMPRESSION_RATIO, MAX_DEPTH, MAX_PACKAGE_DEPTH));
    registry = config.getMediaTypeRegistry();
    parseable = parser.getSupportedTypes(new ParseContext());
  }

  static TikaEngine start(String name, long maxChars) throws ParseException {
    try {
      return new TikaEngine(TikaConfig.getDefaultConfig(), maxChars);
    } catch (RuntimeException | ServiceConfigurationError | LinkageError e) {
      throw new ParseException(
          name, Reason.UNREADABLE, "Apache Tika did not start: " + oneLine(e), e);
    }
  }

  /** The media type without parameters. */
  String detect(byte[] bytes, String name) throws ParseException {
    try (TikaInputStream in = TikaInputStream.get(bytes)) {
      return parser.getDetector().detect(in, new Metadata()).getBaseType().toString();
    } catch (IOException | RuntimeException e) {
      throw new ParseException(name, Reason.CORRUPT, oneLine(e), e);
    }
  }

  /** Whether a parser takes the type or one of its supertypes, as Tika itself falls back. */
  boolean canParse(String type) {
    for (MediaType t = MediaType.parse(type); t != null; t = registry.getSupertype(t)) {
      if (parseable.contains(t)) {
        return true;
      }
    }
    return false;
  }

  /** {@code htmlCharset} is the already checked encoding of an HTML page, else null. */
  ExtractedText parse(byte[] bytes, String name, String type, Charset htmlCharset)
      throws ParseException {
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.CONTENT_TYPE_USER_OVERRIDE, type);
    BlockTextHandler handler = new BlockTextHandler(MediaTypes.isMarkup(type));
    // Tika's write limit: a container that inflates to more text than the limit is stopped there.
    ContentHandler limited = new WriteOutContentHandler(handler, (int) Math.min(Integer.MAX_VALUE - 8, maxChars));
    try (TikaInputStream in = TikaInputStream.get(bytes)) {
      parser.parse(in, limited, metadata, context(htmlCharset));
    } catch (TikaException | IOException | SAXException | RuntimeException e) {
      throw failure(name, e);
    }
    String text = handler.text();
    if (text.isEmpty()) {
      throw new ParseException(name, Reason.NO_TEXT, type);
    }
    return ArticleMetadata.describe(text, type, metadata, htmlCharset, handler.canonical(), bytes);
  }

  private static ParseContext context(Charset htmlCharset) {
    ParseContext context = new ParseContext();
    context.set(HtmlMapper.class, HTML_MAPPER);
    // Attachments, pictures and embedded objects are not the article.
    context.set(DocumentSelector.class, embedded -> false);
    context.set(PDFParserConfig.class, textOnlyPdf());
    context.set(OfficeParserConfig.class, streamingOffice());
    if (htmlCharset != null) {
      // Already checked strictly; Tika's own guess could disagree with what was checked.
      context.set(EncodingDetector.class, (in, metadata) -> htmlCharset);
    }
    return context;
  }

  /**
   * DOCX and PPTX read by Tika's streaming (SAX) extractors, not POI's document model: the model
   * holds the whole inflated {@code document.xml} before a character of text comes out, so a
   * 4.5 MB DOCX that inflates to 1 GiB ran out of the heap after 90 s instead of stopping at the
   * write limit. Streamed, the write limit (and the zip-bomb ratio) stop it as it inflates.
   */
  private static OfficeParserConfig streamingOffice() {
    OfficeParserConfig config = new OfficeParserConfig();
    config.setUseSAXDocxExtractor(true);
    config.setUseSAXPptxExtractor(true);
    return config;
  }

  /** No OCR (slow, and it only runs when tesseract happens to be installed) and no extras. */
  private static PDFParserConfig textOnlyPdf() {
    PDFParserConfig config = new PDFParserConfig();
    config.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
    config.setExtractAnnotationText(false);
    config.setExtractBookmarksText(false);
    config.setExtractAcroFormContent(false);
    config.setExtractInlineImages(false);
    return config;
  }

  private ParseException failure(String name, Exception e) {
    return refusal(name, e, maxChars);
  }

  /** The refusal a failure of Tika's on {@code name} becomes. */
  static ParseException refusal(String name, Exception e, long maxChars) {
    if (isEncryption(e)) {
      return new ParseException(name, Reason.ENCRYPTED, null, e);
    }
    if (WriteLimitReachedException.isWriteLimitReached(e)) {
      return new ParseException(name, Reason.TOO_LARGE, String.format(Locale.ROOT,
          "more than %,d characters of text; the limit follows --max-size", maxChars), e);
    }
    String message = oneLine(e);
    if (message.contains("levels of XML element nesting")) {
      return new ParseException(name, Reason.TOO_DEEP,
          String.format(Locale.ROOT, "more than %,d levels of elements", MAX_DEPTH), e);
    }
    if (message.contains("zip bomb") || message.contains("Zip bomb")) {
      return new ParseException(name, Reason.TOO_LARGE,
          "it inflates to far more text than its size (a zip bomb)", e);
    }
    return new ParseException(name, Reason.CORRUPT, oneLine(e), e);
  }

  /** Parsers usually raise Tika's exception, but POI's and PDFBox's own can come through. */
  private static boolean isEncryption(Throwable e) {
    int depth = 0;
    for (Throwable t = e; t != null && depth < 20; t = t.getCause(), depth++) {
      String simpleName = t.getClass().getSimpleName();
      if (t instanceof EncryptedDocumentException
          || simpleName.equals("EncryptedDocumentException")
          || simpleName.equals("InvalidPasswordException")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The deepest message in the chain, on one line: Tika's wrappers name only the parser, the
   * cause names the damage.
   */
  private static String oneLine(Throwable e) {
    String message = null;
    int depth = 0;
    for (Throwable t = e; t != null && depth < 20; t = t.getCause(), depth++) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        message = t.getMessage();
      }
    }
    if (message == null) {
      return e.getClass().getSimpleName();
    }
    String line = message.strip().lines().findFirst().orElse("").replaceAll("\\s+", " ");
    return line.length() <= 160 ? line : line.substring(0, 157) + "...";
  }
}
