package io.nlbrief.cli.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One line of a JSON Lines archive ({@code id}, {@code text}, optionally {@code title}, {@code date},
 * {@code url}) read as the web page it stands for: a small HTML document whose title, publication
 * date and address the parser reads as it reads them on a news site, and whose text lines are its
 * paragraphs. The same line always gives the same bytes, so its {@code sha256} is stable, and
 * {@code brief} on those bytes saved as a file gives the same record.
 */
final class ArchiveLine {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ArchiveLine() {}

  /** A line that is not an article: not JSON, not an object, or without {@code id} or {@code text}. */
  static final class BadLine extends Exception {
    private static final long serialVersionUID = 1L;

    BadLine(String message) {
      super(message);
    }
  }

  /** {@code archive#id}: the record's {@code file}. */
  static String name(String archive, String id) {
    return archive + "#" + id;
  }

  /** The article of one line; {@code archive} is the archive's name, {@code line} counts from 1. */
  static Document read(String archive, long line, String json) throws BadLine {
    JsonNode node;
    try {
      node = JSON.readTree(json);
    } catch (java.io.IOException e) {
      throw new BadLine("not JSON: " + firstLine(e.getMessage()));
    }
    if (node == null || !node.isObject()) {
      throw new BadLine("not a JSON object");
    }
    String id = text(node, "id");
    String text = text(node, "text");
    if (id == null || id.isBlank()) {
      throw new BadLine("no \"id\"");
    }
    if (text == null) {
      throw new BadLine("no \"text\"");
    }
    return new Document(name(archive, id), order(archive, line), html(text(node, "title"), text(node, "date"), text(node, "url"), text));
  }

  /** The archive's name, then the line number padded so that text order is line order. */
  static String order(String archive, long line) {
    return archive + "\u0000" + String.format(Locale.ROOT, "%012d", line);
  }

  /** A string field, a number as written, or {@code null}. */
  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    return value.isValueNode() ? value.asText() : null;
  }

  static byte[] html(String title, String date, String url, String text) {
    StringBuilder page = new StringBuilder(text.length() + 256);
    page.append("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n");
    if (title != null && !title.isBlank()) {
      page.append("<title>").append(escape(title.strip())).append("</title>\n");
    }
    if (date != null && !date.isBlank()) {
      page.append("<meta property=\"article:published_time\" content=\"").append(escape(date.strip())).append("\">\n");
    }
    if (url != null && !url.isBlank()) {
      page.append("<meta property=\"og:url\" content=\"").append(escape(url.strip())).append("\">\n");
    }
    page.append("</head>\n<body>\n");
    for (String paragraph : text.split("\\R")) {
      if (!paragraph.isBlank()) {
        page.append("<p>").append(escape(paragraph.strip())).append("</p>\n");
      }
    }
    page.append("</body>\n</html>\n");
    return page.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static String firstLine(String message) {
    String m = String.valueOf(message);
    int end = m.indexOf('\n');
    return end < 0 ? m : m.substring(0, end);
  }
}
