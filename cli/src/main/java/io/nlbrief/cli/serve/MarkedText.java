package io.nlbrief.cli.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * LanguageTool's {@code data} parameter: a text as a list of text parts and markup parts
 * ({@code {"annotation":[{"text":"Een "},{"markup":"<b>"},{"text":"zin"},{"markup":"<p>",
 * "interpretAs":"\n\n"}]}}). The checker reads the plain text (text parts, and markup as its
 * {@code interpretAs}); offsets in the answer are mapped back into the whole text, markup included,
 * as LanguageTool does.
 */
final class MarkedText {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One part: where it starts in the plain text and in the whole text, and its lengths there. */
  private record Part(int plainStart, int plainLength, int start, int length, boolean text) {}

  private final String plain;
  private final List<Part> parts;

  private MarkedText(String plain, List<Part> parts) {
    this.plain = plain;
    this.parts = parts;
  }

  /** A text without markup: positions map to themselves. */
  static MarkedText plain(String text) {
    return new MarkedText(text, List.of(new Part(0, text.length(), 0, text.length(), true)));
  }

  /**
   * Reads the {@code data} JSON.
   *
   * @throws IllegalArgumentException with a message for the client when it is not that JSON
   */
  static MarkedText parse(String data) {
    JsonNode root;
    try {
      root = JSON.readTree(data);
    } catch (IOException e) {
      throw new IllegalArgumentException("'data' is not JSON: " + firstLine(e.getMessage()));
    }
    if (root == null || !root.path("annotation").isArray()) {
      throw new IllegalArgumentException("'data' needs an 'annotation' array of {\"text\":…} and {\"markup\":…} parts");
    }
    StringBuilder plain = new StringBuilder();
    List<Part> parts = new ArrayList<>();
    int at = 0;
    for (JsonNode part : root.get("annotation")) {
      if (part.has("text") && part.get("text").isTextual()) {
        String text = part.get("text").textValue();
        parts.add(new Part(plain.length(), text.length(), at, text.length(), true));
        plain.append(text);
        at += text.length();
      } else if (part.has("markup") && part.get("markup").isTextual()) {
        String markup = part.get("markup").textValue();
        JsonNode as = part.get("interpretAs");
        String read = as != null && as.isTextual() ? as.textValue() : "";
        parts.add(new Part(plain.length(), read.length(), at, markup.length(), false));
        plain.append(read);
        at += markup.length();
      } else {
        throw new IllegalArgumentException("'data': each annotation part needs a string 'text' or 'markup'");
      }
    }
    return new MarkedText(plain.toString(), List.copyOf(parts));
  }

  /** What the checker reads. */
  String plain() {
    return plain;
  }

  /** The start of a span at plain-text position {@code p}, in the whole text. */
  int start(int p) {
    for (Part part : parts) {
      if (p >= part.plainStart() && p < part.plainStart() + part.plainLength()) {
        return part.text() ? part.start() + (p - part.plainStart()) : part.start();
      }
    }
    return length();
  }

  /** The end (exclusive) of a span ending at plain-text position {@code p}, in the whole text. */
  int end(int p) {
    for (Part part : parts) {
      if (p > part.plainStart() && p <= part.plainStart() + part.plainLength()) {
        return part.text() ? part.start() + (p - part.plainStart()) : part.start() + part.length();
      }
    }
    return p == 0 ? start(0) : length();
  }

  /** The whole text's length, markup included. */
  private int length() {
    return parts.isEmpty() ? 0 : parts.get(parts.size() - 1).start() + parts.get(parts.size() - 1).length();
  }

  boolean hasMarkup() {
    return parts.stream().anyMatch(p -> !p.text());
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
