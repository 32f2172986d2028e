package io.nlbrief.parser.internal;

/** Bytes at a fixed position that identify a format. */
record Magic(int offset, String type, int[] pattern) {

  /** In a pattern, a byte that may have any value (a length field, for example). */
  static final int ANY = -1;

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
