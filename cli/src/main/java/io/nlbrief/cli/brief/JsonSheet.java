package io.nlbrief.cli.brief;

import com.fasterxml.jackson.core.JsonGenerator;
import io.nlbrief.cli.format.JsonFormat;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Everything on the sheet as JSON, keys always present and in a fixed order ({@code null} where
 * the article does not tell). Pretty-printed for one input; one compact object per line (JSON
 * Lines) in a batch. {@code schemaVersion} changes when a key changes meaning or goes away, not
 * when one is added ({@code english}, the variant of the sheet's English, came within version 1).
 */
public final class JsonSheet extends JsonFormat<Sheet> {
  static final int SCHEMA_VERSION = 1;

  @Override
  protected void write(Sheet sheet, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeNumberField("schemaVersion", SCHEMA_VERSION);
    json.writeStringField("file", sheet.file());
    json.writeStringField("sha256", sheet.sha256());
    json.writeStringField("english", sheet.english().toString());
    json.writeObjectFieldStart("headline");
    bilingual(json, sheet.headline());
    json.writeEndObject();
    json.writeStringField("source", sheet.source());
    json.writeStringField("author", sheet.author());
    json.writeStringField("url", sheet.url());
    json.writeStringField("date", sheet.date());
    json.writeNumberField("words", sheet.words());
    json.writeNumberField("readingMinutes", sheet.readingMinutes());
    json.writeStringField("warning", sheet.warning());
    json.writeArrayFieldStart("keyPoints");
    for (Sheet.Bilingual point : sheet.keyPoints()) {
      json.writeStartObject();
      bilingual(json, point);
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("keyTerms");
    for (Sheet.Term term : sheet.keyTerms()) {
      json.writeStartObject();
      json.writeStringField("dutch", term.dutch());
      json.writeStringField("english", term.english());
      json.writeNumberField("count", term.count());
      json.writeEndObject();
    }
    json.writeEndArray();
    names(json, "people", sheet.people());
    names(json, "organisations", sheet.organisations());
    names(json, "places", sheet.places());
    json.writeArrayFieldStart("quotes");
    for (Sheet.QuoteLine quote : sheet.quotes()) {
      json.writeStartObject();
      json.writeStringField("dutch", quote.dutch());
      json.writeStringField("english", quote.english());
      json.writeStringField("speaker", quote.speaker());
      json.writeStringField("reportedBy", quote.reportedBy());
      json.writeEndObject();
    }
    json.writeEndArray();
    proofreading(json, sheet.proofreading());
    json.writeObjectFieldStart("footer");
    json.writeStringField("method", sheet.footer().method());
    json.writeNumberField("glossedWords", sheet.footer().glossedWords());
    json.writeNumberField("countedWords", sheet.footer().countedWords());
    json.writeNumberField("coveragePercent", sheet.footer().coveragePercent());
    json.writeStringField("version", sheet.footer().version());
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void bilingual(JsonGenerator json, Sheet.Bilingual b) throws IOException {
    json.writeStringField("dutch", b.dutch());
    json.writeStringField("english", b.english());
    strings(json, "unknown", b.unknown());
    json.writeBooleanField("uncertain", b.uncertain());
  }

  private static void names(JsonGenerator json, String field, List<Sheet.Name> names) throws IOException {
    json.writeArrayFieldStart(field);
    for (Sheet.Name name : names) {
      json.writeStartObject();
      json.writeStringField("dutch", name.dutch());
      json.writeStringField("english", name.english());
      json.writeNumberField("mentions", name.mentions());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void proofreading(JsonGenerator json, Sheet.Proofreading p) throws IOException {
    json.writeObjectFieldStart("proofreading");
    json.writeBooleanField("checked", p.checked());
    json.writeNumberField("total", p.total());
    json.writeObjectFieldStart("categories");
    for (Map.Entry<String, Integer> e : p.categories().entrySet()) {
      json.writeNumberField(e.getKey(), e.getValue());
    }
    json.writeEndObject();
    json.writeArrayFieldStart("findings");
    for (Sheet.Issue issue : p.findings()) {
      json.writeStartObject();
      json.writeNumberField("line", issue.line());
      json.writeNumberField("column", issue.column());
      json.writeStringField("category", issue.category());
      json.writeStringField("rule", issue.ruleId());
      json.writeStringField("text", issue.text());
      json.writeStringField("message", issue.message());
      json.writeStringField("explanation", issue.explanation());
      strings(json, "suggestions", issue.suggestions());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
    json.writeArrayFieldStart(field);
    for (String v : values) {
      json.writeString(v);
    }
    json.writeEndArray();
  }
}
