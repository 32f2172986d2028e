package io.nlbrief.cli.brief;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * File names for the sheets of a batch in one output folder, derived from the input paths so a
 * reader finds each article's sheet: {@code news/2018/navo.txt} → {@code news_2018_navo.html}. The
 * path is kept (not just the file name) because two folders often hold an {@code article.txt}
 * each; names that still collide (same path, other extension) get {@code -2}, {@code -3}, in input
 * order, so no sheet overwrites another and the same inputs always get the same names.
 */
final class SheetNames {
  private final String extension;
  private final Set<String> taken = new HashSet<>();

  /** @param reserved names already used in the folder by this run (the index page) */
  SheetNames(String extension, List<String> reserved) {
    this.extension = extension;
    reserved.forEach(name -> taken.add(name.toLowerCase(Locale.ROOT)));
  }

  /** The next name for the input named {@code input} (a path as listed, or {@code -}). */
  String next(String input) {
    String base = base(input);
    String name = base + "." + extension;
    for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
      name = base + "-" + n + "." + extension;
    }
    return name;
  }

  static String base(String input) {
    if (input.equals("-")) {
      return "stdin";
    }
    List<String> parts = new ArrayList<>();
    for (String part : input.replace('\\', '/').split("/")) {
      // Nothing that climbs out of the output folder or hides a file.
      if (part.isEmpty() || part.equals(".") || part.equals("..")) {
        continue;
      }
      parts.add(part);
    }
    if (parts.isEmpty()) {
      return "sheet";
    }
    String last = parts.remove(parts.size() - 1);
    int dot = last.lastIndexOf('.');
    if (dot > 0) {
      last = last.substring(0, dot);
    }
    parts.add(last);
    // Letters of any script, digits, dot, dash and underscore stay; the rest becomes _.
    String base = String.join("_", parts).replaceAll("[^\\p{L}\\p{N}._-]+", "_").replaceAll("^[._]+", "");
    return base.isEmpty() ? "sheet" : base;
  }
}
