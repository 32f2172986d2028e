package io.nlbrief.parser.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the parser's word lists from the class path: UTF-8, {@code #} comments, blank lines ignored. */
final class Resources {
  private Resources() {}

  static List<String> lines(String resource) {
    List<String> out = new ArrayList<>();
    try (InputStream in = Resources.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
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
