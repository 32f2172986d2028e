package io.nlbrief.cli.summarize;

import com.fasterxml.jackson.core.JsonGenerator;
import io.nlbrief.cli.format.JsonFormat;
import io.nlbrief.parser.Article;
import io.nlbrief.summarizer.Entity;
import io.nlbrief.summarizer.KeyTerm;
import io.nlbrief.summarizer.Summary;
import io.nlbrief.summarizer.SummarySentence;
import java.io.IOException;
import java.util.Locale;

/**
 * JSON: {@code file}, {@code method}, {@code sentences} (objects with {@code index}, {@code
 * text}, {@code start}, {@code end}, {@code score}; offsets are UTF-16 code unit indices into
 * the article's decoded text, as in {@code parse --format json}), {@code keyTerms} and {@code
 * entities}. Keys always present, in a fixed order. Pretty-printed for one input, one compact
 * object per line (JSON Lines) in a batch.
 */
public final class SummaryJson extends JsonFormat<Summarized> {
  static final int SCHEMA_VERSION = 1;


  @Override
  protected void write(Summarized result, JsonGenerator json) throws IOException {
    Article article = result.article();
    Summary summary = result.summary();
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
}
