package io.nlbrief.cli.parse;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.nlbrief.cli.common.Json;
import io.nlbrief.parser.Article;
import io.nlbrief.parser.Sentence;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The {@code sentences} array of a big article's JSON, written to a temporary file a part at a
 * time as {@link io.nlbrief.parser.ArticleParser#parseInParts} hands the parts over. Why: the
 * document puts every paragraph before the first sentence, so the sentences (with their tokens,
 * the bulk of it) cannot go straight to the output while the parts come; on disk they leave one
 * part's tokens in memory. The spool's own generator stands at the depth the sentences have in
 * the document, with the same pretty printer, so its bytes are the ones the whole document would
 * have between the array's brackets.
 *
 * <p>The file is opened with {@link StandardOpenOption#DELETE_ON_CLOSE}, which on Unix removes
 * its name at once: nothing is left behind even when the process is killed, or when a timed-out
 * input's abandoned work finishes with no one to close its spool. Not thread-safe: one part at a
 * time, then one copy.
 */
final class SentenceSpool implements Closeable {
  private final Path file;
  private final FileChannel channel;
  private final OutputStream stream;
  private final JsonGenerator json;
  private final long start;
  private int sentences;
  private int paragraphs;
  private long words;

  /** A spool in {@code folder} (the system's temporary folder in use). */
  SentenceSpool(JsonFactory factory, boolean pretty, Path folder) throws IOException {
    file = Files.createTempFile(folder, "nlbrief-parse-", ".json");
    try {
      channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
          StandardOpenOption.DELETE_ON_CLOSE);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(file);
      throw e;
    }
    try {
      stream = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
      json = factory.createGenerator(stream, JsonEncoding.UTF8);
      if (pretty) {
        json.setPrettyPrinter(Json.prettyPrinter());
      }
      json.writeStartObject();
      json.writeArrayFieldStart("sentences");
      json.flush();
      start = channel.position();
    } catch (IOException | RuntimeException e) {
      close();
      throw e;
    }
  }

  /** Adds a part's sentences, its spans moved {@code offset} on into the whole text. */
  void part(Article part, int offset) throws IOException {
    for (Sentence s : part.sentences()) {
      JsonArticle.sentence(json, s, sentences, paragraphs, offset);
    }
    sentences += part.sentences().size();
    paragraphs += part.paragraphs().size();
    words += part.wordCount();
  }

  /** The words of the parts spooled: the whole article's count, which its tokens are needed for. */
  long wordCount() {
    return words;
  }

  /** Writes the spooled sentences into {@code document}, just after its array's opening bracket. */
  void copyTo(JsonGenerator document) throws IOException {
    json.flush();
    document.flush();
    OutputStream target = (OutputStream) document.getOutputTarget();
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
