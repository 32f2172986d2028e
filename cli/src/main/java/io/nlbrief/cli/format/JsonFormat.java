package io.nlbrief.cli.format;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.nlbrief.cli.common.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * {@code --format json}: one object per result, pretty-printed (the one layout every command
 * shares) when it is the run's only result, one compact line in a batch (JSON Lines), always
 * ending in a newline. Written with jackson-core's streaming generator: databind would cost
 * start-up time for nothing here. Subclasses write the object's keys, always all of them and in
 * a fixed order, so the same input gives the same bytes.
 */
public abstract class JsonFormat<T> extends NamedFormat<T> {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  protected JsonFormat() {
    super("json", "json");
  }

  @Override
  public final byte[] render(T result, FormatContext context, int position) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(8192);
    try (JsonGenerator json = FACTORY.createGenerator(buffer, JsonEncoding.UTF8)) {
      if (!context.batch()) {
        json.setPrettyPrinter(Json.prettyPrinter());
      }
      write(result, json);
    }
    buffer.write('\n');
    return buffer.toByteArray();
  }

  /** Writes {@code result} as one JSON value (an object). */
  protected abstract void write(T result, JsonGenerator json) throws IOException;
}
