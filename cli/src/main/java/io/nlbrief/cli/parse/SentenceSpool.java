package io.nlbrief.cli.parse;

import io.nlbrief.parser.Article;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The sentences of a big article in its output format, written to a temporary file a part at a
 * time as {@link io.nlbrief.parser.ArticleParser#parseInParts} hands the parts over, and copied
 * into the document when it is written ({@link PartedFormat}). Why a file: the parts come while
 * the input is parsed, the document is written later (in input order, in a batch) and, for JSON,
 * with every paragraph before the first sentence; on disk they leave one part's tokens in memory.
 * The format's {@link Writer} gives the bytes the whole document has where its sentences stand.
 *
 * <p>The file is opened with {@link StandardOpenOption#DELETE_ON_CLOSE}, which on Unix removes
 * its name at once: nothing is left behind even when the process is killed, or when a timed-out
 * input's abandoned work finishes with no one to close its spool. Not thread-safe: one part at a
 * time, then one copy.
 */
final class SentenceSpool implements Closeable {
  /** Writes sentences in a format into the spool's stream. */
  interface Writer extends Flushable {
    /**
     * Writes a part's sentences as they stand in the whole article: their indices {@code
     * firstSentence} and {@code firstParagraph} on, their spans {@code offset} on.
     */
    void sentences(Article part, int firstSentence, int firstParagraph, int offset) throws IOException;
  }

  /** Makes a format's writer on the spool's stream; what it writes at once comes before the sentences. */
  @FunctionalInterface
  interface WriterFactory {
    Writer open(OutputStream spool) throws IOException;
  }

  private final Path file;
  private final FileChannel channel;
  private final OutputStream stream;
  private final Writer writer;
  private final long start;
  private int sentences;
  private int paragraphs;
  private long words;

  /** A spool in {@code folder} (the system's temporary folder in use). */
  SentenceSpool(Path folder, WriterFactory format) throws IOException {
    file = Files.createTempFile(folder, "nlbrief-parse-", ".spool");
    try {
      channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
          StandardOpenOption.DELETE_ON_CLOSE);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(file);
      throw e;
    }
    try {
      stream = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
      writer = format.open(stream);
      writer.flush();
      stream.flush();
      start = channel.position();
    } catch (IOException | RuntimeException e) {
      close();
      throw e;
    }
  }

  /** Adds a part's sentences, its spans moved {@code offset} on into the whole text. */
  void part(Article part, int offset) throws IOException {
    writer.sentences(part, sentences, paragraphs, offset);
    sentences += part.sentences().size();
    paragraphs += part.paragraphs().size();
    words += part.wordCount();
  }

  /** The words of the parts spooled: the whole article's count, which its tokens are needed for. */
  long wordCount() {
    return words;
  }

  /** Copies the spooled sentences to {@code target}, which is not flushed or closed. */
  void copyTo(OutputStream target) throws IOException {
    writer.flush();
    stream.flush();
    WritableByteChannel to = Channels.newChannel(target);
    long end = channel.position();
    for (long at = start; at < end; ) {
      at += channel.transferTo(at, end - at, to);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      channel.close();
    } finally {
      Files.deleteIfExists(file); // Where DELETE_ON_CLOSE has not already removed it.
    }
  }
}
