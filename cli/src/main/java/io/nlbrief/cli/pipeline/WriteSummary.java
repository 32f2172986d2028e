package io.nlbrief.cli.pipeline;

import java.io.IOException;
import org.apache.beam.sdk.transforms.DoFn;

/** Writes the summary record to {@code DIR/summary.json}. */
final class WriteSummary extends DoFn<Summary, Void> {
  private static final long serialVersionUID = 1L;
  static final String FILE = "summary.json";
  private final String outputDir;
  private final boolean checked;
  private final int shards;
  private final String version;

  WriteSummary(String outputDir, boolean checked, int shards, String version) {
    this.outputDir = outputDir;
    this.checked = checked;
    this.shards = shards;
    this.version = version;
  }

  @ProcessElement
  public void process(@Element Summary summary) throws IOException {
    byte[] json = summary.toJson(checked, shards, version);
    WriteShard.write(outputDir, FILE, out -> out.write(json));
  }
}
