package io.nlbrief.parser.internal;

import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.charset.Charset;

/** A byte-order mark and the encoding it declares. */
record ByteOrderMark(Charset charset, int length) {

  /** The mark the input opens with, or null. */
  static ByteOrderMark of(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return new ByteOrderMark(UTF_8, 3);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return new ByteOrderMark(UTF_16LE, 2);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return new ByteOrderMark(UTF_16BE, 2);
    }
    return null;
  }

  boolean utf16() {
    return !charset.equals(UTF_8);
  }
}
