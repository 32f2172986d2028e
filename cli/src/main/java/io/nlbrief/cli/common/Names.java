package io.nlbrief.cli.common;

/**
 * File names as nlbrief prints them: control characters escaped, so a name made to hold a
 * terminal escape sequence (or a line break that would forge a second message) shows as what it
 * is instead of acting on the user's terminal.
 */
public final class Names {
  private Names() {}

  /** {@code name} with C0 and C1 control characters, DEL and bidirectional overrides escaped. */
  public static String printable(Object name) {
    String s = String.valueOf(name);
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String escape = escape(c);
      if (escape != null && out == null) {
        out = new StringBuilder(s.length() + 8).append(s, 0, i);
      }
      if (out != null) {
        if (escape != null) {
          out.append(escape);
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? s : out.toString();
  }

  private static String escape(char c) {
    return switch (c) {
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      case '\t' -> "\\t";
      case '\\' -> null;
      default -> {
        if (c < 0x20 || c == 0x7f) {
          yield String.format("\\x%02x", (int) c);
        }
        if ((c >= 0x80 && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) {
          yield String.format("\\u%04x", (int) c);
        }
        yield null;
      }
    };
  }
}
