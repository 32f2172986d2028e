package io.nlbrief.cli.gloss;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.nlbrief.summarizer.gloss.GlossLine;
import io.nlbrief.summarizer.gloss.GlossToken;
import io.nlbrief.summarizer.gloss.Interlinear;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** How {@code gloss} writes the glosses of one article. One instance per run; not thread-safe. */
interface GlossFormat {
  byte[] render(String file, List<GlossLine> lines) throws IOException;

  /**
   * Text: each Dutch sentence, the English gloss under it indented by two spaces (or the
   * interlinear columns), a blank line between sentences; in a batch {@code ==> FILE <==} first.
   */
  final class Text implements GlossFormat {
    private final boolean batch;
    private final Layout layout;
    private final int width;
    private boolean first = true;

    Text(boolean batch, Layout layout, int width) {
      this.batch = batch;
      this.layout = layout;
      this.width = width;
    }

    @Override
    public byte[] render(String file, List<GlossLine> lines) {
      StringBuilder out = new StringBuilder();
      if (batch) {
        out.append(first ? "" : "\n").append("==> ").append(file).append(" <==\n");
      }
      first = false;
      boolean firstLine = true;
      for (GlossLine l : lines) {
        if (!firstLine) {
          out.append('\n');
        }
        firstLine = false;
        if (layout == Layout.INTERLINEAR) {
          out.append(Interlinear.render(l, width));
        } else {
          out.append(oneLine(l.dutch())).append('\n').append("  ").append(l.english()).append('\n');
        }
      }
      return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String oneLine(String s) {
      return s.replaceAll("\\s*\\R\\s*", " ");
    }
  }

  /**
   * JSON: {@code schemaVersion}, {@code file}, {@code sentences} (each {@code nl}, {@code en},
   * {@code tokens} with {@code nl}, {@code start}, {@code end}, {@code en}, {@code origin}, and
   * {@code unknown}), and {@code coverage} ({@code glossed}, {@code counted}, {@code ratio}).
   * Pretty-printed for one input, JSON Lines in a batch.
   */
  final class Json implements GlossFormat {
    static final int SCHEMA_VERSION = 1;
    private final JsonFactory factory = JsonFactory.builder().build();
    private final boolean pretty;

    Json(boolean pretty) {
      this.pretty = pretty;
    }

    @Override
    public byte[] render(String file, List<GlossLine> lines) throws IOException {
      ByteArrayOutputStream buffer = new ByteArrayOutputStream(8192);
      int glossed = 0;
      int counted = 0;
      try (JsonGenerator json = factory.createGenerator(buffer, JsonEncoding.UTF8)) {
        if (pretty) {
          json.setPrettyPrinter(io.nlbrief.cli.common.Json.prettyPrinter());
        }
        json.writeStartObject();
        json.writeNumberField("schemaVersion", SCHEMA_VERSION);
        json.writeStringField("file", file);
        json.writeArrayFieldStart("sentences");
        for (GlossLine l : lines) {
          glossed += l.glossedWords();
          counted += l.countedWords();
          json.writeStartObject();
          json.writeStringField("nl", l.dutch());
          json.writeStringField("en", l.english());
          json.writeArrayFieldStart("tokens");
          for (GlossToken t : l.tokens()) {
            json.writeStartObject();
            json.writeStringField("nl", t.dutch());
            json.writeNumberField("start", t.span().start());
            json.writeNumberField("end", t.span().end());
            json.writeStringField("en", t.english());
            json.writeStringField("origin", t.origin());
            json.writeEndObject();
          }
          json.writeEndArray();
          json.writeArrayFieldStart("unknown");
          for (String u : l.unknown()) {
            json.writeString(u);
          }
          json.writeEndArray();
          json.writeEndObject();
        }
        json.writeEndArray();
        json.writeObjectFieldStart("coverage");
        json.writeNumberField("glossed", glossed);
        json.writeNumberField("counted", counted);
        json.writeNumberField("ratio", counted == 0 ? 1.0 : Math.round(10000.0 * glossed / counted) / 10000.0);
        json.writeEndObject();
        json.writeEndObject();
      }
      buffer.write('\n');
      return buffer.toByteArray();
    }
  }

  static String percent(int glossed, int counted) {
    return String.format(Locale.ROOT, "%.1f%%", counted == 0 ? 100.0 : 100.0 * glossed / counted);
  }
}
