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
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@code sentences} array of a big article's JSON, written to a temporary file a part at a
 * time as {@link io.nlbrief.parser.ArticleParser#parseInParts} hands the parts over. Why: the
 * document puts every paragraph before the first sentence, so the sentences (with their tokens,
 * the bulk of it) cannot go straight to the output while the parts come; on disk they leave one
 * part's tokens in memory. The spool's own generator stands at the depth the sentences have in
 * the document, with the same pretty printer, so its bytes are the ones the whole document would
 * have between the array's brackets.
 */
final class SentenceSpool implements Closeable {
  private final Path file;
  private final OutputStream stream;
  private final JsonGenerator json;
  private final long start;
  private int sentences;
  private int paragraphs;

  SentenceSpool(JsonFactory factory, boolean pretty) throws IOException {
    file = Files.createTempFile("nlbrief-parse-", ".json");
    try {
      stream = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
      json = factory.createGenerator(stream, JsonEncoding.UTF8);
      if (pretty) {
        json.setPrettyPrinter(Json.prettyPrinter());
      }
      json.writeStartObject();
      json.writeArrayFieldStart("sentences");
      json.flush();
      start = Files.size(file);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(file);
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
  }

  /** Writes the spooled sentences into {@code document}, just after its array's opening bracket. */
  void copyTo(JsonGenerator document) throws IOException {
    json.flush();
    stream.close();
    document.flush();
    OutputStream target = (OutputStream) document.getOutputTarget();
    try (InputStream in = Files.newInputStream(file)) {
      in.skipNBytes(start);
      in.transferTo(target);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      stream.close();
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
