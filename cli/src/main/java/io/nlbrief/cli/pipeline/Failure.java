package io.nlbrief.cli.pipeline;

import io.nlbrief.parser.ParseException;
import java.io.Serializable;
import java.util.Locale;

/**
 * An input that gave no record: the dead-letter output's line. The job goes on without it.
 *
 * @param name the file, {@code archive#id}, or {@code archive:LINE} for a line that is not an article
 * @param order where it sorts in the dead-letter file
 * @param reason a reason key: a parse refusal ({@code not-found}, {@code empty}, {@code corrupt}, ...),
 *     {@code bad-record} for an archive line that is no article, {@code internal} for a bug
 * @param message one line saying what went wrong
 */
record Failure(String name, String order, String reason, String message) implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String BAD_RECORD = "bad-record";
  static final String INTERNAL = "internal";

  static Failure of(String name, String order, ParseException e) {
    return new Failure(name, order, key(e.reason()), oneLine(e.getMessage()));
  }

  static Failure internal(String name, String order, Throwable e) {
    return new Failure(name, order, INTERNAL, "internal error: " + oneLine(String.valueOf(e)));
  }

  static String key(ParseException.Reason reason) {
    return reason.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static String oneLine(String message) {
    return String.valueOf(message).replaceAll("\\s*\\R\\s*", " ");
  }
}
