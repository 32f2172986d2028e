package io.nlbrief.cli.pipeline;

import java.io.Serializable;
import java.util.Map;

/**
 * One article's record on its way to its shard, with what the summary counts of it.
 *
 * @param name the record's {@code file}
 * @param order where it sorts in its shard
 * @param json the record's line, newline included
 */
record Record(String name, String order, byte[] json, long words, Map<String, Integer> findings) implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * The shard of an article: from the hash of its name, which Java defines for every JVM, so the
   * same input lands in the same shard on every run and every runner.
   */
  static int shardOf(String name, int shards) {
    return Math.floorMod(name.hashCode(), shards);
  }
}
