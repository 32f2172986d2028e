package io.nlbrief.parser.internal;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.nio.charset.Charset;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header block an e-mail opens with, read without Tika: the sniffer needs it to recognise
 * e-mail, and the metadata needs the sender's own date and charset, which Tika's loses.
 */
final class MailHeaders {
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
