package io.nlbrief.cli.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MoveOptions.StandardMoveOptions;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;

/**
 * Writes one shard's records, sorted by path (and line in an archive), to
 * {@code DIR/briefs-SSSSS-of-NNNNN.jsonl}: written aside and renamed into place, so a reader never
 * sees half a shard and a retried bundle replaces the file with the same bytes. A shard is held in
 * memory while sorted: {@code --shards} keeps each one small.
 */
final class WriteShard extends DoFn<KV<Integer, Iterable<Record>>, Void> {
  private static final long serialVersionUID = 1L;
  private final String outputDir;
  private final int shards;

  WriteShard(String outputDir, int shards) {
    this.outputDir = outputDir;
    this.shards = shards;
  }

  static String fileName(int shard, int shards) {
    return String.format(Locale.ROOT, "briefs-%05d-of-%05d.jsonl", shard, shards);
  }

  @ProcessElement
  public void process(@Element KV<Integer, Iterable<Record>> shard) throws IOException {
    List<Record> records = new ArrayList<>();
    shard.getValue().forEach(records::add);
    records.sort(Comparator.comparing(Record::order).thenComparing(Record::name));
    write(outputDir, fileName(shard.getKey(), shards), out -> {
      for (Record r : records) {
        out.write(r.json());
      }
    });
  }

  interface Body {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Writes {@code name} in {@code dir} through a temporary file renamed into place. */
  static void write(String dir, String name, Body body) throws IOException {
    ResourceId folder = FileSystems.matchNewResource(dir, true);
    ResourceId target = folder.resolve(name, StandardResolveOptions.RESOLVE_FILE);
    ResourceId temp = folder.resolve("." + name + ".tmp", StandardResolveOptions.RESOLVE_FILE);
    try (OutputStream out = Channels.newOutputStream(FileSystems.create(temp, "application/octet-stream"))) {
      body.writeTo(out);
    }
    FileSystems.rename(List.of(temp), List.of(target), StandardMoveOptions.IGNORE_MISSING_FILES);
  }
}
