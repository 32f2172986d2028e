package io.nlbrief.cli.parse;

import io.nlbrief.cli.common.InParts;
import io.nlbrief.cli.common.Input;
import io.nlbrief.cli.common.Output;
import io.nlbrief.cli.format.FormatContext;
import io.nlbrief.cli.format.OutputFormat;
import io.nlbrief.parser.Article;
import io.nlbrief.parser.ArticleParser;
import io.nlbrief.parser.ParseException;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.DoubleConsumer;

/**
 * Parses one input of {@code parse} and writes its result. Why not simply parse and render: the
 * JSON of an article with its tokens holds every token twice over (the parsed token with its
 * readings, and its object in the document), so {@code parse --format json} of 1 million words
 * peaked at 2 GB and 5 million words did not fit in the launcher's heap; CoNLL-U and untagged JSON
 * were rendered whole into memory too. As JSON (tagged or not) and as CoNLL-U, an input of more
 * than {@link #PARTS_FROM_BYTES} bytes is parsed in parts ({@link ArticleParser#parseInParts},
 * about {@link #PART_CHARS} characters each, as {@code check} does), each part's sentences spooled
 * to a temporary file in the output format ({@link SentenceSpool}), and the document is streamed
 * to the output in the bytes the whole parse gives ({@link PartedFormat}). Only one part's tokens
 * are in memory at once; the spool takes about the sentences' size on disk while the input is
 * worked on. The text outline is parsed whole and rendered as before.
 */
final class ParseWork {
  /** Inputs larger than this are parsed in parts: as {@code check} does, 4 MB. */
  static final int PARTS_FROM_BYTES = InParts.FROM_BYTES;
  /** About 150,000 words of news: a part's tokens take some 50 MB. */
  static final int PART_CHARS = InParts.PART_CHARS;

  /** One input parsed: whole, or in parts (the whole without tokens) with its sentences spooled. */
  record Parsed(Article article, SentenceSpool spooled) implements Closeable {
    @Override
    public void close() throws IOException {
      if (spooled != null) {
        spooled.close();
      }
    }
  }

  private final ArticleParser parser;
  private final PartedFormat parted;
  private final Path spoolFolder;
  private final int partsFromBytes;
  private final int partChars;

  /**
   * @param parted how the output format writes a big input parsed in parts, or null to parse
   *     every input whole
   * @param spoolFolder where spools are made, the system's temporary folder
   */
  ParseWork(ArticleParser parser, PartedFormat parted, Path spoolFolder) {
    this(parser, parted, spoolFolder, PARTS_FROM_BYTES, PART_CHARS);
  }

  /** With other sizes, for tests. */
  ParseWork(ArticleParser parser, PartedFormat parted, Path spoolFolder, int partsFromBytes, int partChars) {
    this.parser = parser;
    this.parted = parted;
    this.spoolFolder = spoolFolder;
    this.partsFromBytes = partsFromBytes;
    this.partChars = partChars;
  }

  /** Parses {@code in}; {@code done} hears the fraction parsed of an input parsed in parts. */
  Parsed make(Input in, DoubleConsumer done) throws ParseException, IOException {
    if (parted == null) {
      return new Parsed(in.parse(parser), null);
    }
    byte[] bytes = in.read(parser);
    if (bytes.length <= partsFromBytes) {
      return new Parsed(parser.parse(bytes, in.name()), null);
    }
    SentenceSpool spool = new SentenceSpool(spoolFolder, parted);
    try {
      double size = bytes.length;
      Article whole = parser.parseInParts(bytes, in.name(), partChars, (part, offset) -> {
        try {
          spool.part(part, offset);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        // Characters of the text told against bytes of the input: an estimate, as check's.
        done.accept(Math.min(1, (offset + part.text().length()) / size));
      });
      return new Parsed(whole, spool);
    } catch (UncheckedIOException e) {
      closeAfter(spool, e.getCause());
      throw e.getCause();
    } catch (ParseException | RuntimeException | Error e) {
      closeAfter(spool, e);
      throw e;
    }
  }

  /**
   * Writes a parsed input to {@code out} ({@code format} renders one parsed whole) and closes it,
   * so that its spool is gone whether the write succeeds or not.
   */
  void write(Parsed parsed, Output out, OutputFormat<Article> format, FormatContext context, int position)
      throws IOException {
    try (parsed) {
      if (parsed.spooled() == null) {
        out.write(format.render(parsed.article(), context, position));
      } else {
        out.write(stream -> parted.write(parsed.article(), parsed.spooled(), stream));
      }
    }
  }

  private static void closeAfter(SentenceSpool spool, Throwable failure) {
    try {
      spool.close();
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }
}
