package io.nlbrief.parser.internal;

import static io.nlbrief.parser.internal.Magic.ANY;
import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;

import java.nio.charset.Charset;
import java.util.List;

/**
 * Decides from the first bytes what an input is, without Tika: loading Tika's type registry costs
 * about a second, which plain text should not pay.
 */
final class FormatSniffer {

  enum Kind {
    /** Plain text, decoded without Tika. */
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

  /** What the first bytes say the input is; {@code type} is known for magic-number matches. */
  record Sniff(Kind kind, String type) {}

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

  private FormatSniffer() {}

  static Sniff sniff(byte[] bytes) {
    ByteOrderMark bom = ByteOrderMark.of(bytes);
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
    if (looksLikeMarkup(latin1Sample(bytes, bom == null ? 0 : bom.length()))) {
      return new Sniff(Kind.MARKUP, null);
    }
    if (MailHeaders.parse(bytes, true) != null) {
      return new Sniff(Kind.EMAIL, null);
    }
    if (hasNul(bytes)) {
      return new Sniff(utf16WithoutBom(bytes) != null ? Kind.TEXT : Kind.OPAQUE, null);
    }
    return new Sniff(mostlyControls(latin1Sample(bytes, 0)) ? Kind.OPAQUE : Kind.TEXT, null);
  }

  /**
   * Text in UTF-16 without a byte-order mark shows as zero bytes in every other position, since
   * Latin text keeps its high bytes at zero. Tables of 16-bit numbers do too, but do not decode
   * to text.
   */
  static Charset utf16WithoutBom(byte[] bytes) {
    int n = Math.min(bytes.length, SAMPLE) & ~1;
    Charset charset = zeroBytePattern(bytes, n);
    if (charset == null || mostlyControls(new String(bytes, 0, n, charset))) {
      return null;
    }
    return charset;
  }

  /** The opening bytes from {@code from}, one char per byte, for patterns written in ASCII. */
  static String latin1Sample(byte[] bytes, int from) {
    return new String(bytes, from, Math.min(bytes.length - from, SAMPLE), ISO_8859_1);
  }

  /** Markup may open with white space and comments before its first element. */
  private static boolean looksLikeMarkup(String start) {
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

  /** Text has the odd stray control character (a DOS end-of-file mark); binary data has many. */
  private static boolean mostlyControls(String sample) {
    int controls = 0;
    for (int i = 0; i < sample.length(); i++) {
      char c = sample.charAt(i);
      boolean layout = c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B || c == 0x1B;
      if ((c < 0x20 && !layout) || c == 0x7F) {
        controls++;
      }
    }
    return controls * 50 > sample.length();
  }
}
