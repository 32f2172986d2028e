package io.nlbrief.parser.internal;

import io.nlbrief.parser.ParseException;
import io.nlbrief.parser.ParseException.Reason;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/** Strict decoding shared by plain text and HTML: bad bytes are found, never silently replaced. */
final class Charsets {

  /** What browsers decode when a page says Latin-1, and the fallback that decodes any byte. */
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private Charsets() {}

  /**
   * Decodes {@code bytes} from {@code offset}; a malformed sequence (and, when {@code strict}, a
   * byte the charset leaves undefined) is reported with its position in the file.
   */
  static String decode(byte[] bytes, int offset, Charset charset, boolean strict, String name)
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

  /** The text when every byte is valid in {@code charset}, else null. */
  static String decodesCleanly(byte[] bytes, Charset charset) {
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

  private static CharBuffer grow(CharBuffer out) {
    CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2);
    return bigger.put(out.flip());
  }
}
