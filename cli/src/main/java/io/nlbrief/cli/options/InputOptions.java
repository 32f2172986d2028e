package io.nlbrief.cli.options;

import io.nlbrief.parser.ParseOptions;
import java.nio.charset.Charset;
import picocli.CommandLine.Option;

/** {@code --max-size}, {@code --encoding} and {@code --plain}, shared by every command that reads articles. */
public final class InputOptions {
  @Option(
      names = "--max-size",
      paramLabel = "SIZE",
      defaultValue = "50MB",
      converter = SizeConverter.class,
      description = "Refuse inputs larger than SIZE: bytes, or with a unit as in 500k, 50MB, 1G, 2GiB "
          + "(default: ${DEFAULT-VALUE}).")
  private long maxBytes;

  @Option(
      names = "--encoding",
      paramLabel = "CHARSET",
      converter = CharsetConverter.class,
      description = "Character encoding of plain-text inputs, such as UTF-8 or windows-1252 "
          + "(default: detect). Bytes that are invalid in it make the input refused.")
  private Charset encoding;

  @Option(
      names = "--plain",
      description = "Read the input as plain prose: paragraphs split at blank lines, no headline, "
          + "dateline, source line or intertitles (for non-news text and for evaluation).")
  private boolean plain;

  public ParseOptions parseOptions(boolean tag) {
    return new ParseOptions(tag, maxBytes, encoding, plain);
  }
}
