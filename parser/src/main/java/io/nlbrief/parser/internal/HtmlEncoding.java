package io.nlbrief.parser.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.nlbrief.parser.ParseException;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses the encoding of an HTML page before Tika reads it, so that a wrong declaration fails
 * loudly instead of turning into replacement characters. Thread-safe.
 */
final class HtmlEncoding {
  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([a-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_ENCODING =
      Pattern.compile(
          "^\\s*<\\?xml\\b[^>]*?encoding\\s*=\\s*[\"']([a-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Set<String> LATIN1_LABELS =
      Set.of("iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii");

  /** The user's encoding, or null to follow the page. */
  private final Charset userEncoding;

  HtmlEncoding(Charset userEncoding) {
    this.userEncoding = userEncoding;
  }

  /**
   * The HTML standard's order: byte-order mark, then the user's choice, then the page's own
   * declaration, then a guess. A declared encoding is checked strictly, since a page that says
   * UTF-8 and is not would otherwise be read with silent replacement characters.
   */
  Charset of(byte[] bytes, String name) throws ParseException {
    ByteOrderMark bom = ByteOrderMark.of(bytes);
    Charset declared =
        bom != null ? bom.charset() : userEncoding != null ? userEncoding : declared(bytes);
    if (declared == null) {
      return Charsets.decodesCleanly(bytes, UTF_8) != null ? UTF_8 : Charsets.WINDOWS_1252;
    }
    Charsets.decode(bytes, bom == null ? 0 : bom.length(), declared, false, name);
    return declared;
  }

  /** The encoding an HTML page or XML document declares in its opening bytes, or null. */
  private static Charset declared(byte[] bytes) {
    String start = FormatSniffer.latin1Sample(bytes, 0);
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
    if (LATIN1_LABELS.contains(l)) {
      return Charsets.WINDOWS_1252;
    }
    try {
      return Charset.forName(l);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
