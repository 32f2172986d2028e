package io.nlbrief.cli.pipeline;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;

/**
 * Writes every failure, sorted like the records, to {@code DIR/dead-letter.jsonl}: one object a
 * line with {@code file}, {@code reason} and {@code message}. Failures are few, so one file.
 */
final class WriteDeadLetters extends DoFn<KV<Integer, Iterable<Failure>>, Void> {
  private static final long serialVersionUID = 1L;
  static final String FILE = "dead-letter.jsonl";
  private final String outputDir;

  WriteDeadLetters(String outputDir) {
    this.outputDir = outputDir;
  }

  @ProcessElement
  public void process(@Element KV<Integer, Iterable<Failure>> all) throws IOException {
    List<Failure> failures = new ArrayList<>();
    all.getValue().forEach(failures::add);
    failures.sort(Comparator.comparing(Failure::order).thenComparing(Failure::name));
    // The generator must not close the shard's stream after each line.
    JsonFactory factory = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    WriteShard.write(outputDir, FILE, out -> {
      for (Failure f : failures) {
        try (JsonGenerator json = factory.createGenerator(out, JsonEncoding.UTF8)) {
          json.writeStartObject();
          json.writeStringField("file", f.name());
          json.writeStringField("reason", f.reason());
          json.writeStringField("message", f.message());
          json.writeEndObject();
        }
        out.write('\n');
      }
    });
  }
}
