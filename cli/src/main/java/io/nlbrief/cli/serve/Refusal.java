package io.nlbrief.cli.serve;

/**
 * A request the server answers with an error status and a JSON message instead of a result: bad
 * parameters (400), too large (413), wrong content type (415), overloaded or too slow (503).
 */
final class Refusal extends Exception {
  private final int status;
  /** Seconds a client should wait before it tries again (503), or 0. */
  private final int retryAfter;

  Refusal(int status, String message) {
    this(status, message, 0);
  }

  Refusal(int status, String message, int retryAfter) {
    super(message, null, false, false);
    this.status = status;
    this.retryAfter = retryAfter;
  }

  int status() {
    return status;
  }

  int retryAfter() {
    return retryAfter;
  }
}
