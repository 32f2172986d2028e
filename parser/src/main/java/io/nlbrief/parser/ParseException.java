package io.nlbrief.parser;

/** An input that cannot be made into an article, with a reason a user can act on. */
public final class ParseException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Why an input was refused. */
  public enum Reason {
    NOT_FOUND("no such file"),
    UNREADABLE("cannot be read"),
    EMPTY("is empty"),
    NO_TEXT("contains no text"),
    TOO_LARGE("is too large"),
    TOO_DEEP("is too deeply nested"),
    UNSUPPORTED("is not a document format nlbrief reads"),
    ENCRYPTED("is encrypted"),
    CORRUPT("is corrupt"),
    BAD_ENCODING("has bytes that are invalid in its encoding");

    private final String description;

    Reason(String description) {
      this.description = description;
    }

    public String description() {
      return description;
    }
  }

  private final String file;
  private final Reason reason;

  public ParseException(String file, Reason reason, String detail, Throwable cause) {
    super(file + ": " + reason.description() + (detail == null || detail.isEmpty() ? "" : " (" + detail + ")"), cause);
    this.file = file;
    this.reason = reason;
  }

  public ParseException(String file, Reason reason, String detail) {
    this(file, reason, detail, null);
  }

  public String file() {
    return file;
  }

  public Reason reason() {
    return reason;
  }
}
