package io.nlbrief.parser.internal;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import io.nlbrief.parser.ParseException;
import io.nlbrief.parser.ParseException.Reason;
import java.nio.charset.Charset;

/**
 * Decodes a plain-text file without Apache Tika, so that the common case never pays for loading
 * it. Thread-safe: it keeps only the user's encoding.
 */
final class PlainTextDecoder {

  /** The user's encoding, or null to detect it. */
  private final Charset userEncoding;

  PlainTextDecoder(Charset userEncoding) {
    this.userEncoding = userEncoding;
  }

  ExtractedText extract(byte[] bytes, String name) throws ParseException {
    Decoded decoded = decode(bytes, name);
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
  private Decoded decode(byte[] bytes, String name) throws ParseException {
    ByteOrderMark bom = ByteOrderMark.of(bytes);
    if (bom != null) {
      return new Decoded(
          Charsets.decode(bytes, bom.length(), bom.charset(), true, name), bom.charset());
    }
    if (userEncoding != null) {
      return new Decoded(Charsets.decode(bytes, 0, userEncoding, true, name), userEncoding);
    }
    Charset utf16 = FormatSniffer.utf16WithoutBom(bytes);
    if (utf16 != null) {
      return new Decoded(new String(bytes, utf16), utf16);
    }
    String utf8 = Charsets.decodesCleanly(bytes, UTF_8);
    if (utf8 != null) {
      return new Decoded(utf8, UTF_8);
    }
    // Without C1 bytes the two decode identically; the stricter name says what the file shows.
    Charset singleByte = hasC1Bytes(bytes) ? Charsets.WINDOWS_1252 : ISO_8859_1;
    return new Decoded(new String(bytes, singleByte), singleByte);
  }

  private record Decoded(String text, Charset charset) {}

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
}
