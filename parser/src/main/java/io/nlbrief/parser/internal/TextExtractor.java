package io.nlbrief.parser.internal;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;

import io.nlbrief.parser.ParseException;
import io.nlbrief.parser.ParseException.Reason;
import io.nlbrief.parser.ParseOptions;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.DocumentSelector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.html.DefaultHtmlMapper;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns the bytes of one input into its text and what its format says about the article.
 *
 * <p>Plain text, the common case, is recognised and decoded here without Apache Tika: loading
 * Tika's type registry and parsers costs about a second, which would dominate a CLI run on a text
 * file. Every other format goes through one {@link AutoDetectParser}, built on first need and then
 * shared. All Tika code lives in nested classes that the plain-text path never touches, so the JVM
 * does not even load it.
 *
 * <p>Thread-safe.
 */
public final class TextExtractor {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final String OCTET_STREAM = "application/octet-stream";
  private static final Set<String> REFUSED_TOP_LEVEL_TYPES = Set.of("image", "audio", "video", "font", "model");
  private static final Set<String> REFUSED_TYPES =
      Set.of(
          OCTET_STREAM,
          "application/zip",
          "application/gzip",
          "application/x-gzip",
          "application/x-tar",
          "application/x-gtar",
          "application/x-7z-compressed",
          "application/x-bzip2",
          "application/x-xz",
          "application/zstd",
          "application/x-rar-compressed",
          "application/vnd.rar",
          "application/java-archive",
          "application/java-vm",
          "application/x-executable",
          "application/x-sharedlib",
          "application/x-elf",
          "application/x-msdownload",
          "application/x-dosexec",
          "application/x-mach-o-executable",
          "application/x-sqlite3",
          "application/wasm",
          "application/x-iso9660-image");

  private final ParseOptions options;
  private final Object tikaLock = new Object();
  private volatile TikaEngine tika;

  /** Tika itself is not loaded here but on the first input that needs it. */
  public TextExtractor(ParseOptions options) {
    this.options = Objects.requireNonNull(options, "options");
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
    Sniff sniff = Sniff.of(bytes);
    return switch (sniff.kind()) {
      case TEXT -> plainText(bytes, name);
      case BINARY -> throw new ParseException(name, Reason.UNSUPPORTED, sniff.type());
      default -> viaTika(bytes, name, sniff.kind());
    };
  }

  /** Whether Tika has been loaded, for tests that guard the fast path. */
  boolean tikaLoaded() {
    return tika != null;
  }

  // ---------------------------------------------------------------- plain text

  private ExtractedText plainText(byte[] bytes, String name) throws ParseException {
    Decoded decoded = decodeText(bytes, name);
    if (isBlank(decoded.text())) {
      throw new ParseException(name, Reason.NO_TEXT, "only whitespace");
    }
    return new ExtractedText(
        decoded.text(), "text/plain", decoded.charset().name(), null, null, null, null, null);
  }

  /**
   * A byte-order mark is the strongest evidence (it is what the file itself declares), then the
   * user's encoding; both are strict. Without either, strict UTF-8 rarely succeeds by accident on
   * other encodings, and Windows-1252 decodes any byte.
   */
  private Decoded decodeText(byte[] bytes, String name) throws ParseException {
    Bom bom = Bom.of(bytes);
    if (bom != null) {
      return new Decoded(decode(bytes, bom.length(), bom.charset(), true, name), bom.charset());
    }
    if (options.encoding() != null) {
      return new Decoded(decode(bytes, 0, options.encoding(), true, name), options.encoding());
    }
    Charset utf16 = Sniff.utf16WithoutBom(bytes);
    if (utf16 != null) {
      return new Decoded(new String(bytes, utf16), utf16);
    }
    String utf8 = decodesCleanly(bytes, UTF_8);
    if (utf8 != null) {
      return new Decoded(utf8, UTF_8);
    }
    // Without C1 bytes the two decode identically; the stricter name says what the file shows.
    Charset singleByte = hasC1Bytes(bytes) ? WINDOWS_1252 : ISO_8859_1;
    return new Decoded(new String(bytes, singleByte), singleByte);
  }

  private record Decoded(String text, Charset charset) {}

  /**
   * Decodes {@code bytes} from {@code offset}; a malformed sequence (and, when {@code strict}, a
   * byte the charset leaves undefined) is reported with its position in the file.
   */
  private static String decode(byte[] bytes, int offset, Charset charset, boolean strict, String name)
      throws ParseException {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(strict ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out = CharBuffer.allocate(bytes.length - offset + 16);
    CoderResult result = decoder.decode(in, out, true);
    while (result.isOverflow()) {
      out = grow(out);
      result = decoder.decode(in, out, true);
    }
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw new ParseException(
          name, Reason.BAD_ENCODING, "invalid " + charset.name() + " at byte " + in.position());
    }
    return out.flip().toString();
  }

  private static CharBuffer grow(CharBuffer out) {
    CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2);
    return bigger.put(out.flip());
  }

  /** The text when every byte is valid in {@code charset}, else null. */
  private static String decodesCleanly(byte[] bytes, Charset charset) {
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static boolean hasC1Bytes(byte[] bytes) {
    for (byte b : bytes) {
      int c = b & 0xFF;
      if (c >= 0x80 && c <= 0x9F) {
        return true;
      }
    }
    return false;
  }

  /** Blank also counts no-break spaces, zero-width formatting and control characters. */
  private static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean blank =
          Character.isWhitespace(c)
              || Character.isSpaceChar(c)
              || Character.isISOControl(c)
              || Character.getType(c) == Character.FORMAT;
      if (!blank) {
        return false;
      }
    }
    return true;
  }

  /** A byte-order mark and the encoding it declares. */
  private record Bom(Charset charset, int length) {
    static Bom of(byte[] b) {
      if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
        return new Bom(UTF_8, 3);
      }
      if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
        return new Bom(UTF_16LE, 2);
      }
      if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
        return new Bom(UTF_16BE, 2);
      }
      return null;
    }

    boolean utf16() {
      return !charset.equals(UTF_8);
    }
  }

  // ---------------------------------------------------------------- other formats

  private ExtractedText viaTika(byte[] bytes, String name, Sniff.Kind kind) throws ParseException {
    TikaEngine engine = tika(name);
    String type = settle(kind, engine.detect(bytes, name));
    if (kind == Sniff.Kind.OPAQUE && (type.startsWith("text/") || type.equals(OCTET_STREAM))) {
      throw new ParseException(name, Reason.UNSUPPORTED, "binary data");
    }
    if (type.equals("text/plain")) {
      return plainText(bytes, name);
    }
    if (isRefused(type) || !engine.canParse(type)) {
      throw new ParseException(name, Reason.UNSUPPORTED, type);
    }
    Charset htmlCharset = isHtml(type) ? htmlCharset(bytes, name) : null;
    return engine.parse(bytes, name, type, htmlCharset);
  }

  /**
   * Tika's magic knows only a few opening e-mail headers and misses HTML in UTF-16, calling both
   * plain text; the sniff saw more (the whole header block, the decoded first tag).
   */
  private static String settle(Sniff.Kind kind, String detected) {
    if (!detected.equals("text/plain")) {
      return detected;
    }
    return switch (kind) {
      case EMAIL -> "message/rfc822";
      case MARKUP -> "text/html";
      default -> detected;
    };
  }

  private TikaEngine tika(String name) throws ParseException {
    TikaEngine engine = tika;
    if (engine == null) {
      synchronized (tikaLock) {
        engine = tika;
        if (engine == null) {
          engine = TikaEngine.start(name);
          tika = engine;
        }
      }
    }
    return engine;
  }

  /** Pictures, sound, programs and archives: Tika reads them, but they hold no article. */
  private static boolean isRefused(String type) {
    String top = type.substring(0, Math.max(0, type.indexOf('/')));
    return REFUSED_TOP_LEVEL_TYPES.contains(top) || REFUSED_TYPES.contains(type);
  }

  private static boolean isHtml(String type) {
    return type.equals("text/html")
        || type.equals("application/xhtml+xml")
        || type.equals("application/vnd.wap.xhtml+xml");
  }

  /**
   * The HTML standard's order: byte-order mark, then the user's choice, then the page's own
   * declaration, then a guess. A declared encoding is checked strictly, since a page that says
   * UTF-8 and is not would otherwise be read with silent replacement characters.
   */
  private Charset htmlCharset(byte[] bytes, String name) throws ParseException {
    Bom bom = Bom.of(bytes);
    Charset declared =
        bom != null
            ? bom.charset()
            : options.encoding() != null ? options.encoding() : MarkupDeclaration.of(bytes);
    if (declared == null) {
      return decodesCleanly(bytes, UTF_8) != null ? UTF_8 : WINDOWS_1252;
    }
    decode(bytes, bom == null ? 0 : bom.length(), declared, false, name);
    return declared;
  }

  // ---------------------------------------------------------------- sniffing

  /** What the first bytes say the input is, decided without Tika. */
  private record Sniff(Kind kind, String type) {

    enum Kind {
      /** Plain text, decoded here. */
      TEXT,
      /** HTML or XML. */
      MARKUP,
      /** An RFC 822 message. */
      EMAIL,
      /** A document container such as PDF, ZIP (DOCX, ODT), OLE2 (DOC) or RTF. */
      DOCUMENT,
      /** A known non-document binary; {@code type} names it. */
      BINARY,
      /** Binary data of unknown kind, for Tika to identify. */
      OPAQUE
    }

    /** Enough to see text-ness, as {@code file} and git do. */
    private static final int SAMPLE = 8192;

    private static final List<Magic> BINARY_MAGIC =
        List.of(
            Magic.of(0, "image/png", 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A),
            Magic.of(0, "image/jpeg", 0xFF, 0xD8, 0xFF),
            Magic.of(0, "image/gif", 'G', 'I', 'F', '8', '7', 'a'),
            Magic.of(0, "image/gif", 'G', 'I', 'F', '8', '9', 'a'),
            Magic.of(0, "image/tiff", 'I', 'I', 0x2A, 0x00),
            Magic.of(0, "image/tiff", 'M', 'M', 0x00, 0x2A),
            Magic.of(0, "image/webp", 'R', 'I', 'F', 'F', ANY, ANY, ANY, ANY, 'W', 'E', 'B', 'P'),
            Magic.of(0, "audio/vnd.wave", 'R', 'I', 'F', 'F', ANY, ANY, ANY, ANY, 'W', 'A', 'V', 'E'),
            Magic.of(0, "video/x-msvideo", 'R', 'I', 'F', 'F', ANY, ANY, ANY, ANY, 'A', 'V', 'I', ' '),
            Magic.of(0, "video/mp4", 0x00, ANY, ANY, ANY, 'f', 't', 'y', 'p'),
            Magic.of(0, "audio/mpeg", 'I', 'D', '3', 0x03),
            Magic.of(0, "audio/mpeg", 'I', 'D', '3', 0x04),
            Magic.of(0, "audio/ogg", 'O', 'g', 'g', 'S', 0x00),
            Magic.of(0, "audio/x-flac", 'f', 'L', 'a', 'C', 0x00),
            Magic.of(0, "application/gzip", 0x1F, 0x8B),
            Magic.of(0, "application/x-bzip2", 'B', 'Z', 'h', ANY, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59),
            Magic.of(0, "application/x-xz", 0xFD, '7', 'z', 'X', 'Z', 0x00),
            Magic.of(0, "application/zstd", 0x28, 0xB5, 0x2F, 0xFD),
            Magic.of(0, "application/x-7z-compressed", '7', 'z', 0xBC, 0xAF, 0x27, 0x1C),
            Magic.of(0, "application/vnd.rar", 'R', 'a', 'r', '!', 0x1A, 0x07),
            Magic.of(257, "application/x-tar", 'u', 's', 't', 'a', 'r', 0x00),
            Magic.of(257, "application/x-tar", 'u', 's', 't', 'a', 'r', ' ', ' ', 0x00),
            Magic.of(0, "application/x-executable", 0x7F, 'E', 'L', 'F'),
            Magic.of(0, "application/x-mach-o-executable", 0xFE, 0xED, 0xFA, 0xCE),
            Magic.of(0, "application/x-mach-o-executable", 0xFE, 0xED, 0xFA, 0xCF),
            Magic.of(0, "application/x-mach-o-executable", 0xCF, 0xFA, 0xED, 0xFE),
            Magic.of(0, "application/java-vm", 0xCA, 0xFE, 0xBA, 0xBE),
            Magic.of(0, "application/wasm", 0x00, 'a', 's', 'm'),
            Magic.of(0, "application/x-sqlite3", 'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f', 'o', 'r', 'm', 'a', 't', ' ', '3', 0x00));

    private static final List<Magic> DOCUMENT_MAGIC =
        List.of(
            Magic.of(0, "application/pdf", '%', 'P', 'D', 'F', '-'),
            Magic.of(0, "application/zip", 'P', 'K', 0x03, 0x04),
            Magic.of(0, "application/x-tika-msoffice", 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1),
            Magic.of(0, "application/rtf", '{', '\\', 'r', 't', 'f'));

    private static final List<String> MARKUP_STARTS =
        List.of("<!doctype html", "<html", "<?xml", "<head", "<body");

    static Sniff of(byte[] bytes) {
      Bom bom = Bom.of(bytes);
      if (bom != null && bom.utf16()) {
        int length = Math.min(bytes.length - bom.length(), SAMPLE) & ~1;
        String start = new String(bytes, bom.length(), length, bom.charset());
        return new Sniff(looksLikeMarkup(start) ? Kind.MARKUP : Kind.TEXT, null);
      }
      for (Magic magic : BINARY_MAGIC) {
        if (magic.matches(bytes)) {
          return new Sniff(Kind.BINARY, magic.type());
        }
      }
      for (Magic magic : DOCUMENT_MAGIC) {
        if (magic.matches(bytes)) {
          return new Sniff(Kind.DOCUMENT, magic.type());
        }
      }
      int from = bom == null ? 0 : bom.length();
      if (looksLikeMarkup(new String(bytes, from, Math.min(bytes.length - from, SAMPLE), ISO_8859_1))) {
        return new Sniff(Kind.MARKUP, null);
      }
      if (MailHeaders.parse(bytes, true) != null) {
        return new Sniff(Kind.EMAIL, null);
      }
      if (hasNul(bytes)) {
        return new Sniff(utf16WithoutBom(bytes) != null ? Kind.TEXT : Kind.OPAQUE, null);
      }
      return new Sniff(mostlyControls(unsignedSample(bytes)) ? Kind.OPAQUE : Kind.TEXT, null);
    }

    /** Markup may open with white space and comments before its first element. */
    static boolean looksLikeMarkup(String start) {
      int i = 0;
      while (true) {
        while (i < start.length() && Character.isWhitespace(start.charAt(i))) {
          i++;
        }
        if (!start.startsWith("<!--", i)) {
          break;
        }
        int end = start.indexOf("-->", i + 4);
        if (end < 0) {
          return false;
        }
        i = end + 3;
      }
      for (String markup : MARKUP_STARTS) {
        if (start.regionMatches(true, i, markup, 0, markup.length())) {
          return true;
        }
      }
      return false;
    }

    /**
     * Text in UTF-16 without a byte-order mark shows as zero bytes in every other position, since
     * Latin text keeps its high bytes at zero. Tables of 16-bit numbers do too, but do not decode
     * to text.
     */
    static Charset utf16WithoutBom(byte[] bytes) {
      int n = Math.min(bytes.length, SAMPLE) & ~1;
      Charset charset = zeroBytePattern(bytes, n);
      if (charset == null || mostlyControls(codes(new String(bytes, 0, n, charset)))) {
        return null;
      }
      return charset;
    }

    private static Charset zeroBytePattern(byte[] bytes, int n) {
      int pairs = n / 2;
      if (pairs == 0) {
        return null;
      }
      int evenZeros = 0;
      int oddZeros = 0;
      for (int i = 0; i < n; i += 2) {
        evenZeros += bytes[i] == 0 ? 1 : 0;
        oddZeros += bytes[i + 1] == 0 ? 1 : 0;
      }
      if (oddZeros * 10 >= pairs * 3 && evenZeros * 20 < pairs) {
        return UTF_16LE;
      }
      if (evenZeros * 10 >= pairs * 3 && oddZeros * 20 < pairs) {
        return UTF_16BE;
      }
      return null;
    }

    private static boolean hasNul(byte[] bytes) {
      int n = Math.min(bytes.length, SAMPLE);
      for (int i = 0; i < n; i++) {
        if (bytes[i] == 0) {
          return true;
        }
      }
      return false;
    }

    private static int[] codes(String text) {
      int[] codes = new int[text.length()];
      for (int i = 0; i < codes.length; i++) {
        codes[i] = text.charAt(i);
      }
      return codes;
    }

    private static int[] unsignedSample(byte[] bytes) {
      int[] codes = new int[Math.min(bytes.length, SAMPLE)];
      for (int i = 0; i < codes.length; i++) {
        codes[i] = bytes[i] & 0xFF;
      }
      return codes;
    }

    /** Text has the odd stray control character (a DOS end-of-file mark); binary data has many. */
    private static boolean mostlyControls(int[] codes) {
      int controls = 0;
      for (int c : codes) {
        boolean layout = c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B || c == 0x1B;
        if ((c < 0x20 && !layout) || c == 0x7F) {
          controls++;
        }
      }
      return controls * 50 > codes.length;
    }
  }

  /** The encoding an HTML page or XML document declares in its opening bytes. */
  private static final class MarkupDeclaration {
    private static final Pattern META_CHARSET =
        Pattern.compile(
            "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([a-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING =
        Pattern.compile(
            "^\\s*<\\?xml\\b[^>]*?encoding\\s*=\\s*[\"']([a-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

    private MarkupDeclaration() {}

    /** The declared encoding, or null. */
    static Charset of(byte[] bytes) {
      String start = new String(bytes, 0, Math.min(bytes.length, Sniff.SAMPLE), ISO_8859_1);
      Matcher xml = XML_ENCODING.matcher(start);
      if (xml.find()) {
        return charsetForLabel(xml.group(1));
      }
      Matcher meta = META_CHARSET.matcher(start);
      return meta.find() ? charsetForLabel(meta.group(1)) : null;
    }

    /**
     * Per the HTML standard, a page cannot really declare UTF-16 in ASCII bytes (it means UTF-8),
     * and Latin-1 or ASCII declarations mean Windows-1252, which is what browsers decode.
     */
    private static Charset charsetForLabel(String label) {
      String l = label.toLowerCase(Locale.ROOT);
      if (l.startsWith("utf-16")) {
        return UTF_8;
      }
      if (Set.of("iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii").contains(l)) {
        return WINDOWS_1252;
      }
      try {
        return Charset.forName(l);
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
  }

  /** In a {@link Magic}, a byte that may have any value (a length field, for example). */
  private static final int ANY = -1;

  /** Bytes at a fixed position that identify a format. */
  private record Magic(int offset, String type, int[] pattern) {
    static Magic of(int offset, String type, int... pattern) {
      return new Magic(offset, type, pattern);
    }

    boolean matches(byte[] data) {
      if (data.length < offset + pattern.length) {
        return false;
      }
      for (int i = 0; i < pattern.length; i++) {
        if (pattern[i] != ANY && (data[offset + i] & 0xFF) != pattern[i]) {
          return false;
        }
      }
      return true;
    }
  }

  // ---------------------------------------------------------------- e-mail headers

  /** The header block an e-mail opens with. */
  private static final class MailHeaders {
    /** Long Received chains fit; a text file does not go on this long without a blank line. */
    private static final int LIMIT = 64 * 1024;

    private static final Pattern FIRST_FIELD =
        Pattern.compile(
            "(?i)(from|received|return-path|mime-version|message-id|subject|date|to|delivered-to):.*");
    private static final Pattern FIELD = Pattern.compile("([!-9;-~]+):[ \t]*(.*)");
    private static final Pattern COMMENT = Pattern.compile("\\([^)]*\\)");
    private static final Pattern CHARSET_PARAMETER =
        Pattern.compile("charset\\s*=\\s*\"?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

    private MailHeaders() {}

    /**
     * The fields by lower-case name (first occurrence, folded lines joined), or null unless the
     * input opens with header lines (the first a well-known one, if {@code knownFirst}) and ends
     * them with a blank line.
     */
    static Map<String, String> parse(byte[] bytes, boolean knownFirst) {
      String head = new String(bytes, 0, Math.min(bytes.length, LIMIT), ISO_8859_1);
      Map<String, String> fields = new LinkedHashMap<>();
      String current = null;
      int pos = 0;
      while (true) {
        int eol = head.indexOf('\n', pos);
        if (eol < 0) {
          return null;
        }
        String line = head.substring(pos, eol > pos && head.charAt(eol - 1) == '\r' ? eol - 1 : eol);
        pos = eol + 1;
        if (line.isEmpty()) {
          return fields.isEmpty() ? null : fields;
        }
        if (knownFirst && fields.isEmpty() && !FIRST_FIELD.matcher(line).matches()) {
          return null;
        }
        if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
          if (current != null) {
            fields.merge(current, line.strip(), (folded, more) -> folded + " " + more);
          }
          continue;
        }
        Matcher field = FIELD.matcher(line);
        if (!field.matches()) {
          return null;
        }
        String fieldName = field.group(1).toLowerCase(Locale.ROOT);
        current = fields.containsKey(fieldName) ? null : fieldName;
        fields.putIfAbsent(fieldName, field.group(2).strip());
      }
    }

    /**
     * An RFC 5322 date as ISO-8601 with the sender's own offset, which Tika's metadata loses by
     * converting to UTC; null when it does not parse.
     */
    static String isoDate(String value) {
      if (value == null) {
        return null;
      }
      String cleaned = COMMENT.matcher(value).replaceAll(" ").replaceAll("\\s+", " ").strip();
      try {
        return OffsetDateTime.parse(cleaned, DateTimeFormatter.RFC_1123_DATE_TIME)
            .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      } catch (DateTimeParseException e) {
        return null;
      }
    }

    /** The charset parameter of a Content-Type field, or null. */
    static String charset(String contentType) {
      if (contentType == null) {
        return null;
      }
      Matcher m = CHARSET_PARAMETER.matcher(contentType);
      if (!m.find()) {
        return null;
      }
      try {
        return Charset.forName(m.group(1)).name();
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
  }

  // ---------------------------------------------------------------- Tika

  /** Everything that touches Tika, kept apart so that plain text never loads it. */
  private static final class TikaEngine {
    private static final HtmlMapper HTML_MAPPER = new ArticleHtmlMapper();
    private static final Pattern DATE_PREFIX = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern COMPACT_OFFSET =
        Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}T[\\d:.]+)([+-]\\d{2})(\\d{2})$");
    private static final List<DateTimeFormatter> ISO_FORMATS =
        List.of(
            DateTimeFormatter.ISO_OFFSET_DATE_TIME,
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            DateTimeFormatter.ISO_LOCAL_DATE);

    private final AutoDetectParser parser;
    private final MediaTypeRegistry registry;
    private final Set<MediaType> parseable;

    private TikaEngine(TikaConfig config) {
      parser = new AutoDetectParser(config);
      registry = config.getMediaTypeRegistry();
      parseable = parser.getSupportedTypes(new ParseContext());
    }

    static TikaEngine start(String name) throws ParseException {
      try {
        return new TikaEngine(TikaConfig.getDefaultConfig());
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

    ExtractedText parse(byte[] bytes, String name, String type, Charset htmlCharset)
        throws ParseException {
      Metadata metadata = new Metadata();
      metadata.set(TikaCoreProperties.CONTENT_TYPE_USER_OVERRIDE, type);
      BlockTextHandler handler = new BlockTextHandler(isMarkup(type));
      try (TikaInputStream in = TikaInputStream.get(bytes)) {
        parser.parse(in, handler, metadata, context(htmlCharset));
      } catch (TikaException | IOException | SAXException | RuntimeException e) {
        throw failure(name, e);
      }
      String text = handler.text();
      if (text.isEmpty()) {
        throw new ParseException(name, Reason.NO_TEXT, type);
      }
      boolean html = isHtml(type);
      Map<String, String> mailHeaders = type.equals("message/rfc822") ? mailHeaders(bytes) : null;
      return new ExtractedText(
          text,
          type,
          charset(metadata, htmlCharset, mailHeaders),
          title(metadata, html),
          published(metadata, html, mailHeaders),
          source(metadata, html),
          author(metadata, html),
          html ? url(metadata, handler) : null);
    }

    private static Map<String, String> mailHeaders(byte[] bytes) {
      Map<String, String> headers = MailHeaders.parse(bytes, false);
      return headers != null ? headers : Map.of();
    }

    private static ParseContext context(Charset htmlCharset) {
      ParseContext context = new ParseContext();
      context.set(HtmlMapper.class, HTML_MAPPER);
      // Attachments, pictures and embedded objects are not the article.
      context.set(DocumentSelector.class, embedded -> false);
      context.set(PDFParserConfig.class, textOnlyPdf());
      if (htmlCharset != null) {
        // Already checked strictly; Tika's own guess could disagree with what was checked.
        context.set(EncodingDetector.class, (in, metadata) -> htmlCharset);
      }
      return context;
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

    /** In HTML and XML, line breaks in the source are layout, not content. */
    private static boolean isMarkup(String type) {
      return isHtml(type) || type.endsWith("/xml") || type.endsWith("+xml");
    }

    private static ParseException failure(String name, Exception e) {
      if (isEncryption(e)) {
        return new ParseException(name, Reason.ENCRYPTED, null, e);
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

    /** {@code mailHeaders} is null for other formats than e-mail. */
    private static String charset(
        Metadata metadata, Charset htmlCharset, Map<String, String> mailHeaders) {
      if (htmlCharset != null) {
        return htmlCharset.name();
      }
      if (mailHeaders != null) {
        return MailHeaders.charset(mailHeaders.get("content-type"));
      }
      return clean(metadata.get(Metadata.CONTENT_ENCODING));
    }

    private static String title(Metadata metadata, boolean html) {
      String title = html ? meta(metadata, "og:title") : null;
      return title != null ? title : clean(metadata.get(TikaCoreProperties.TITLE));
    }

    /**
     * Only HTML and e-mail record when they were published: an office file's creation date is
     * when someone started typing, not a publication date.
     */
    private static String published(
        Metadata metadata, boolean html, Map<String, String> mailHeaders) {
      if (html) {
        return firstIsoDate(
            metadata,
            "article:published_time",
            "og:published_time",
            "og:article:published_time",
            "datePublished",
            "pubdate",
            "publishdate",
            "publish-date",
            "dcterms.issued",
            "dc.date.issued",
            "dcterms.date",
            "dc.date",
            "date");
      }
      if (mailHeaders != null) {
        String date = MailHeaders.isoDate(mailHeaders.get("date"));
        return date != null ? date : clean(metadata.get(TikaCoreProperties.CREATED));
      }
      return null;
    }

    private static String source(Metadata metadata, boolean html) {
      String source =
          html ? notUrl(meta(metadata, "og:site_name", "publisher", "dc.publisher")) : null;
      return source != null ? source : clean(metadata.get(TikaCoreProperties.PUBLISHER));
    }

    private static String author(Metadata metadata, boolean html) {
      String[] creators = metadata.getValues(TikaCoreProperties.CREATOR);
      String author = creators.length == 0 ? null : clean(String.join(", ", creators));
      if (author == null && html) {
        author = notUrl(meta(metadata, "article:author", "dc.creator"));
      }
      return author;
    }

    private static String url(Metadata metadata, BlockTextHandler handler) {
      String url = meta(metadata, "og:url");
      return url != null ? url : clean(handler.canonical());
    }

    private static String firstIsoDate(Metadata metadata, String... names) {
      for (String name : names) {
        String date = isoDate(meta(metadata, name));
        if (date != null) {
          return date;
        }
      }
      return null;
    }

    /** The value when it is ISO-8601 as sites write it, else null. */
    static String isoDate(String value) {
      if (value == null) {
        return null;
      }
      String v = value.strip();
      if (v.length() > 10 && v.charAt(10) == ' ') {
        v = v.substring(0, 10) + 'T' + v.substring(11);
      }
      Matcher compact = COMPACT_OFFSET.matcher(v);
      if (compact.matches()) {
        v = compact.group(1) + compact.group(2) + ':' + compact.group(3);
      }
      for (DateTimeFormatter format : ISO_FORMATS) {
        try {
          format.parse(v);
          return v;
        } catch (DateTimeParseException e) {
          // try the next form
        }
      }
      Matcher date = DATE_PREFIX.matcher(v);
      return date.find() && isoDate(date.group(1)) != null ? date.group(1) : null;
    }

    /** The first non-blank value among HTML meta names, compared without case as browsers do. */
    private static String meta(Metadata metadata, String... names) {
      for (String wanted : names) {
        for (String name : metadata.names()) {
          if (name.equalsIgnoreCase(wanted)) {
            String value = clean(metadata.get(name));
            if (value != null) {
              return value;
            }
          }
        }
      }
      return null;
    }

    private static String notUrl(String value) {
      return value == null || value.startsWith("http://") || value.startsWith("https://")
          ? null
          : value;
    }

    private static String clean(String value) {
      if (value == null) {
        return null;
      }
      String cleaned = value.replaceAll("\\s+", " ").strip();
      return cleaned.isEmpty() ? null : cleaned;
    }
  }

  /**
   * Keeps the article out of the page around it, and keeps HTML5's block elements, which Tika's
   * default mapper drops so that their text runs into the next block.
   */
  private static final class ArticleHtmlMapper implements HtmlMapper {
    private static final Set<String> DISCARDED =
        Set.of(
            "SCRIPT", "STYLE", "NAV", "FOOTER", "HEADER", "ASIDE", "FORM", "NOSCRIPT", "TEMPLATE",
            "SVG", "BUTTON", "SELECT", "IFRAME", "CANVAS");
    private static final Map<String, String> BLOCKS =
        Map.of(
            "DIV", "div",
            "SECTION", "div",
            "ARTICLE", "div",
            "MAIN", "div",
            "FIGURE", "div",
            "DETAILS", "div",
            "FIGCAPTION", "p",
            "CAPTION", "p",
            "SUMMARY", "p",
            "BR", "br");

    @Override
    public String mapSafeElement(String name) {
      String block = BLOCKS.get(name);
      return block != null ? block : DefaultHtmlMapper.INSTANCE.mapSafeElement(name);
    }

    @Override
    public boolean isDiscardElement(String name) {
      return DISCARDED.contains(name) || DefaultHtmlMapper.INSTANCE.isDiscardElement(name);
    }

    @Override
    public String mapSafeAttribute(String elementName, String attributeName) {
      return DefaultHtmlMapper.INSTANCE.mapSafeAttribute(elementName, attributeName);
    }
  }

  /**
   * Collects the body of Tika's XHTML as blocks separated by a blank line: block elements end a
   * block, white space inside one becomes a single space, a line break a single newline, and (in
   * formats other than markup, whose text Tika passes on as written) a blank line a new block.
   */
  private static final class BlockTextHandler extends DefaultHandler {
    private static final Set<String> BLOCK_ELEMENTS =
        Set.of(
            "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "div", "blockquote", "pre", "address",
            "ul", "ol", "dl", "dt", "dd", "table", "tr", "td", "th", "hr");

    private final boolean markup;
    private final List<String> blocks = new ArrayList<>();
    private final StringBuilder block = new StringBuilder();
    private int bodyDepth;
    private String canonical;

    BlockTextHandler(boolean markup) {
      this.markup = markup;
    }

    String text() {
      endBlock();
      return String.join("\n\n", blocks);
    }

    String canonical() {
      return canonical;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
      String name = elementName(localName, qName);
      if (name.equals("body")) {
        bodyDepth++;
      } else if (bodyDepth == 0) {
        rememberCanonical(name, atts);
      } else if (BLOCK_ELEMENTS.contains(name)) {
        endBlock();
      } else if (name.equals("br")) {
        block.append('\n');
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      String name = elementName(localName, qName);
      if (name.equals("body")) {
        endBlock();
        bodyDepth--;
      } else if (bodyDepth > 0 && BLOCK_ELEMENTS.contains(name)) {
        endBlock();
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (bodyDepth == 0) {
        return;
      }
      for (int i = start; i < start + length; i++) {
        block.append(markup && isSpace(ch[i]) ? ' ' : ch[i]);
      }
    }

    /**
     * Tika's layout: indentation and line ends around elements, but also the line ends inside a
     * PDF paragraph, which are kept outside markup.
     */
    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
      characters(ch, start, length);
    }

    private void rememberCanonical(String name, Attributes atts) {
      if (canonical == null && name.equals("link") && "canonical".equalsIgnoreCase(atts.getValue("rel"))) {
        canonical = atts.getValue("href");
      }
    }

    private void endBlock() {
      StringBuilder paragraph = new StringBuilder();
      int newlines = 0;
      boolean space = false;
      for (int i = 0; i < block.length(); i++) {
        char c = block.charAt(i);
        if (isSpace(c)) {
          space = true;
          newlines += lineBreaks(c, i + 1 < block.length() ? block.charAt(i + 1) : 0);
          continue;
        }
        if (space && paragraph.length() > 0) {
          if (newlines >= 2) {
            blocks.add(paragraph.toString());
            paragraph.setLength(0);
          } else {
            paragraph.append(newlines == 1 ? '\n' : ' ');
          }
        }
        space = false;
        newlines = 0;
        paragraph.append(c);
      }
      if (paragraph.length() > 0) {
        blocks.add(paragraph.toString());
      }
      block.setLength(0);
    }

    /** CR LF counts once; a paragraph separator counts as a blank line. */
    private static int lineBreaks(char c, char next) {
      return switch (c) {
        case '\n', '\u2028' -> 1;
        case '\r' -> next == '\n' ? 0 : 1;
        case '\u2029' -> 2;
        default -> 0;
      };
    }

    private static boolean isSpace(char c) {
      return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static String elementName(String localName, String qName) {
      return (localName == null || localName.isEmpty() ? qName : localName).toLowerCase(Locale.ROOT);
    }
  }
}
