package io.nlbrief.cli.pipeline;

import java.io.Serializable;
import java.util.Locale;

/**
 * A matched file: its name as the user would expect it, where Beam's file systems find it, its size.
 */
record FileRef(String name, String resource, long size) implements Serializable {
  private static final long serialVersionUID = 1L;

  /** A JSON Lines archive of articles, one a line, rather than one article. */
  boolean archive() {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".jsonl") || n.endsWith(".ndjson");
  }
}
