package io.nlbrief.cli.gloss;

import com.fasterxml.jackson.core.JsonGenerator;
import io.nlbrief.cli.format.JsonFormat;
import io.nlbrief.summarizer.gloss.GlossLine;
import io.nlbrief.summarizer.gloss.GlossToken;
import java.io.IOException;
import java.util.List;

/**
 * JSON: {@code schemaVersion}, {@code file}, {@code english} (the variant of the renderings:
 * {@code american} or {@code british}), {@code sentences} (each {@code nl}, {@code en} (the
 * rendering in English order), {@code literal} (word by word in Dutch order), {@code uncertain} and
 * its {@code doubts}, {@code tokens} with {@code nl}, {@code start}, {@code end}, {@code en},
 * {@code origin}, {@code position} (the place of its English in {@code en}, from 0; null without
 * English of its own) and {@code moved} (the ordering rule that moved it, or null), and
 * {@code unknown}), and {@code coverage} ({@code glossed}, {@code counted}, {@code ratio},
 * {@code foreign}: English words passed through as they are, counted but not glossed, and
 * {@code unknown}: words without a gloss).
 * Pretty-printed for one input, JSON Lines in a batch.
 */
public final class GlossJson extends JsonFormat<GlossPage> {
  /** Changes only when a key goes away or changes meaning: {@code english} was added within version 1. */
  static final int SCHEMA_VERSION = 1;

  @Override
  protected void write(GlossPage page, JsonGenerator json) throws IOException {
    String file = page.file();
    List<GlossLine> lines = page.lines();
    int glossed = 0;
    int counted = 0;
    int foreign = 0;
    int unknown = 0;
    json.writeStartObject();
    json.writeNumberField("schemaVersion", SCHEMA_VERSION);
    json.writeStringField("file", file);
    json.writeStringField("english", page.english().toString());
    json.writeArrayFieldStart("sentences");
    for (GlossLine l : lines) {
      glossed += l.glossedWords();
      counted += l.countedWords();
      foreign += l.foreignWords();
      unknown += l.unknown().size();
      json.writeStartObject();
      json.writeStringField("nl", l.dutch());
      json.writeStringField("en", l.english());
      json.writeStringField("literal", l.literal());
      json.writeBooleanField("uncertain", l.uncertain());
      json.writeArrayFieldStart("doubts");
      for (String d : l.doubts()) {
        json.writeString(d);
      }
      json.writeEndArray();
      json.writeArrayFieldStart("tokens");
      for (GlossToken t : l.tokens()) {
        json.writeStartObject();
        json.writeStringField("nl", t.dutch());
        json.writeNumberField("start", t.span().start());
        json.writeNumberField("end", t.span().end());
        json.writeStringField("en", t.english());
        json.writeStringField("origin", t.origin());
        if (t.position() >= 0) {
          json.writeNumberField("position", t.position());
        } else {
          json.writeNullField("position");
        }
        json.writeStringField("moved", t.moved());
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
    json.writeNumberField("foreign", foreign);
    json.writeNumberField("unknown", unknown);
    json.writeEndObject();
    json.writeEndObject();
  }
}
