package io.nlbrief.parser.internal;

import java.util.Objects;

/**
 * The text of one input and what its format says about it. Offsets elsewhere point into {@code
 * text}.
 *
 * @param text the decoded text: for plain text the file's characters exactly (byte-order mark
 *     removed, line endings untouched); for other formats the text Apache Tika extracted, with
 *     blocks separated by a blank line
 * @param contentType the detected media type without parameters, such as {@code text/plain}
 * @param charset the encoding of a text input ({@code UTF-8}, {@code windows-1252}), or {@code
 *     null} for binary formats
 * @param title the headline the format records, or {@code null}
 * @param published the publication date or date-time as ISO-8601, or {@code null}
 * @param source the publisher or site, or {@code null}
 * @param author the author (for e-mail its sender), or {@code null}
 * @param url the article's address, or {@code null}
 */
public record ExtractedText(
    String text,
    String contentType,
    String charset,
    String title,
    String published,
    String source,
    String author,
    String url) {

  public ExtractedText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(contentType, "contentType");
  }
}
