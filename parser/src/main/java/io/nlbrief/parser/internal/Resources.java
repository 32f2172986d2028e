package io.nlbrief.parser.internal;

import io.nlbrief.parser.WordLists;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The parser's word lists from the class path, read by {@link WordLists}'s one rule. */
final class Resources {
  private Resources() {}

  static List<String> lines(String resource) {
    return WordLists.resource(Resources.class, resource);
  }

  static Map<String, String> tabSeparated(String resource) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : lines(resource)) {
      String[] parts = line.split("\t", 2);
      out.put(parts[0], parts.length > 1 ? parts[1].strip() : "");
    }
    return out;
  }
}
