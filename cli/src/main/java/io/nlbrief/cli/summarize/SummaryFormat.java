package io.nlbrief.cli.summarize;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.nlbrief.parser.Article;
import io.nlbrief.summarizer.Entity;
import io.nlbrief.summarizer.KeyTerm;
import io.nlbrief.summarizer.Summary;
import io.nlbrief.summarizer.SummarySentence;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How {@code summarize} writes a summary. Instances serve one run and remember whether they wrote
 * before (for separators); not thread-safe.
 */
interface SummaryFormat {
  byte[] render(Article article, Summary summary) throws IOException;

  /**
   * The chosen sentences, one per line, nothing else, so the output pipes cleanly. With
   * {@code details} (--verbose) a header of metadata, key terms and entities comes first, each
   * line starting with {@code # }. In a batch each summary starts with {@code ==> file <==} and
   * summaries are separated by a blank line, as {@code head} does.
   */
  final class Text implements SummaryFormat {
    private final boolean batch;
    private final boolean details;
    private boolean first = true;

    Text(boolean batch, boolean details) {
      this.batch = batch;
      this.details = details;
    }

    @Override
    public byte[] render(Article article, Summary summary) {
      StringBuilder out = new StringBuilder();
      if (batch) {
        out.append(first ? "" : "\n").append("==> ").append(article.file()).append(" <==\n");
      }
      first = false;
      if (details) {
        line(out, "file", article.file());
        line(out, "title", article.metadata().title());
        line(out, "date", article.metadata().published() != null ? article.metadata().published() : article.metadata().date());
        line(out, "method", summary.method());
        line(out, "sentences", summary.sentences().size() + " of " + article.sentences().size());
        line(out, "key terms", summary.keyTerms().stream().map(KeyTerm::term).collect(Collectors.joining(", ")));
        line(out, "entities", summary.entities().stream()
            .map(e -> e.name() + " (" + e.type().name().toLowerCase(Locale.ROOT) + ", " + e.mentions() + ")")
            .collect(Collectors.joining(", ")));
      }
      for (SummarySentence s : summary.sentences()) {
        out.append(s.text().replaceAll("\\s*\\R\\s*", " ")).append('\n');
      }
      return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, String label, String value) {
      out.append("# ").append(label).append(": ").append(value == null || value.isEmpty() ? "-" : value).append('\n');
    }
  }

  /**
   * JSON: {@code file}, {@code method}, {@code sentences} (objects with {@code index}, {@code
   * text}, {@code start}, {@code end}, {@code score}; offsets are UTF-16 code unit indices into
   * the article's decoded text, as in {@code parse --format json}), {@code keyTerms} and {@code
   * entities}. Keys always present, in a fixed order. Pretty-printed for one input, one compact
   * object per line (JSON Lines) in a batch.
   */
  final class Json implements SummaryFormat {
    static final int SCHEMA_VERSION = 1;
    private final JsonFactory factory = JsonFactory.builder().build();
    private final boolean pretty;

    Json(boolean pretty) {
      this.pretty = pretty;
    }

    @Override
    public byte[] render(Article article, Summary summary) throws IOException {
      ByteArrayOutputStream buffer = new ByteArrayOutputStream(4096);
      try (JsonGenerator json = factory.createGenerator(buffer, JsonEncoding.UTF8)) {
        if (pretty) {
          json.setPrettyPrinter(io.nlbrief.cli.common.Json.prettyPrinter());
        }
        json.writeStartObject();
        json.writeNumberField("schemaVersion", SCHEMA_VERSION);
        json.writeStringField("file", article.file());
        json.writeStringField("title", article.metadata().title());
        json.writeStringField("method", summary.method());
        json.writeArrayFieldStart("sentences");
        for (SummarySentence s : summary.sentences()) {
          json.writeStartObject();
          json.writeNumberField("index", s.index());
          json.writeStringField("text", s.text());
          json.writeNumberField("start", s.span().start());
          json.writeNumberField("end", s.span().end());
          json.writeNumberField("score", s.score());
          json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("keyTerms");
        for (KeyTerm t : summary.keyTerms()) {
          json.writeStartObject();
          json.writeStringField("term", t.term());
          json.writeNumberField("score", t.score());
          json.writeNumberField("count", t.count());
          json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("entities");
        for (Entity e : summary.entities()) {
          json.writeStartObject();
          json.writeStringField("name", e.name());
          json.writeStringField("type", e.type().name().toLowerCase(Locale.ROOT));
          json.writeNumberField("mentions", e.mentions());
          json.writeArrayFieldStart("forms");
          for (String form : e.forms()) {
            json.writeString(form);
          }
          json.writeEndArray();
          json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      buffer.write('\n');
      return buffer.toByteArray();
    }
  }
}
