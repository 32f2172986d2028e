package io.nlbrief.cli.pipeline;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.nlbrief.cli.common.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the job did, added up over every article: how many gave a record, how many failed and why,
 * their words, and the proofreading findings by category. Mergeable, so each worker adds up its
 * own part and the parts are merged (Beam's {@code Combine}); keys sorted, so the same input gives
 * the same bytes.
 */
final class Summary implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int SCHEMA_VERSION = 1;

  long succeeded;
  long failed;
  long words;
  long findings;
  final TreeMap<String, Long> failures = new TreeMap<>();
  final TreeMap<String, Long> categories = new TreeMap<>();

  void add(Record record) {
    succeeded++;
    words += record.words();
    for (Map.Entry<String, Integer> e : record.findings().entrySet()) {
      categories.merge(e.getKey(), (long) e.getValue(), Long::sum);
      findings += e.getValue();
    }
  }

  void add(Failure failure) {
    failed++;
    failures.merge(failure.reason(), 1L, Long::sum);
  }

  Summary merge(Summary other) {
    succeeded += other.succeeded;
    failed += other.failed;
    words += other.words;
    findings += other.findings;
    other.failures.forEach((k, v) -> failures.merge(k, v, Long::sum));
    other.categories.forEach((k, v) -> categories.merge(k, v, Long::sum));
    return this;
  }

  /** The summary record: pretty JSON, keys always present. */
  byte[] toJson(boolean checked, int shards, String version) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (JsonGenerator json = JsonFactory.builder().build().createGenerator(buffer, JsonEncoding.UTF8)) {
      json.setPrettyPrinter(Json.prettyPrinter());
      json.writeStartObject();
      json.writeNumberField("schemaVersion", SCHEMA_VERSION);
      json.writeNumberField("articles", succeeded + failed);
      json.writeNumberField("succeeded", succeeded);
      json.writeNumberField("failed", failed);
      json.writeObjectFieldStart("failures");
      for (Map.Entry<String, Long> e : failures.entrySet()) {
        json.writeNumberField(e.getKey(), e.getValue());
      }
      json.writeEndObject();
      json.writeNumberField("words", words);
      json.writeBooleanField("checked", checked);
      json.writeObjectFieldStart("findings");
      json.writeNumberField("total", findings);
      json.writeObjectFieldStart("categories");
      for (Map.Entry<String, Long> e : categories.entrySet()) {
        json.writeNumberField(e.getKey(), e.getValue());
      }
      json.writeEndObject();
      json.writeEndObject();
      json.writeNumberField("shards", shards);
      json.writeStringField("version", version);
      json.writeEndObject();
    }
    buffer.write('\n');
    return buffer.toByteArray();
  }

  /** Reads back what {@link #toJson} wrote, for the launcher's last line and exit code. */
  static Summary fromJson(JsonNode node) {
    Summary s = new Summary();
    s.succeeded = node.path("succeeded").asLong();
    s.failed = node.path("failed").asLong();
    s.words = node.path("words").asLong();
    s.findings = node.path("findings").path("total").asLong();
    node.path("failures").properties().forEach(e -> s.failures.put(e.getKey(), e.getValue().asLong()));
    node.path("findings").path("categories").properties().forEach(e -> s.categories.put(e.getKey(), e.getValue().asLong()));
    return s;
  }
}
