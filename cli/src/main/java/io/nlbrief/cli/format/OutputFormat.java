package io.nlbrief.cli.format;

import java.io.IOException;

/**
 * One value of {@code --format} for one kind of result (an article, a summary, a sheet, findings):
 * how one result becomes the bytes the command writes. A format renders a whole result at a time,
 * so a failure never leaves half of one in the output. Implementations are stateless and
 * thread-safe: what depends on the run (a batch, the terminal) comes in the {@link FormatContext}.
 *
 * @param <T> the result it writes
 */
public interface OutputFormat<T> {
  /** The value of {@code --format} that chooses it, in lower case. */
  String name();

  /** The extension of a file in this format, without the dot. */
  default String extension() {
    return name();
  }

  /** Whether its bytes are a document of their own (HTML, PDF) that cannot follow another on one stream. */
  default boolean standalone() {
    return false;
  }

  /**
   * The UTF-8 (or, for binary formats, raw) bytes of {@code result}, including any separator from
   * the result before it.
   *
   * @param position the result's place in the run's output, from 0
   */
  byte[] render(T result, FormatContext context, int position) throws IOException;
}
