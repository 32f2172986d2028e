package io.nlbrief.cli.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The file name of an article's sheet in {@code DIR/sheets/}: its last path segment made safe for
 * every file system, plus eight hex digits of its full name's SHA-256, so that two articles of the
 * same name in different folders or archives do not overwrite each other and every worker names a
 * sheet the same way without asking the others ({@code brief}'s {@code -1}, {@code -2} counters need
 * the whole list).
 */
final class SheetFiles {
  private SheetFiles() {}

  static String nameOf(String name, String format) {
    String last = name.substring(name.lastIndexOf('/') + 1);
    String safe = last.replaceAll("[^\\p{L}\\p{N}._-]+", "_");
    String hash = SheetBriefer.sha256(name.getBytes(StandardCharsets.UTF_8)).substring(0, 8);
    String ext = switch (format.toLowerCase(Locale.ROOT)) {
      case "text", "txt" -> "txt";
      case "markdown" -> "md";
      default -> format.toLowerCase(Locale.ROOT);
    };
    return safe + "." + hash + "." + ext;
  }
}
