package io.nlbrief.cli.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.options.PipelineOptions;

/**
 * Runs the job and reads back what it wrote. Kept apart from {@link PipelineCommand}, which must
 * load without Beam on the class path to say that this jar has no pipeline.
 */
final class Launch {
  private Launch() {}

  /** What the launcher reports: the summary, and the first failures for stderr. */
  record Outcome(Summary summary, List<Failure> firstFailures) {}

  static Outcome run(Runner runner, int parallelism, String master, List<String> beamOptions, List<InputPattern> inputs,
      BriefSettings settings, String outputDir, int shards, int failuresShown) throws IOException {
    PipelineOptions options = runner.options(parallelism, master, beamOptions);
    FileSystems.setDefaultPipelineOptions(options);
    PipelineResult.State state = new BriefJob(inputs, settings, outputDir, shards, parallelism).run(options);
    if (state != PipelineResult.State.DONE) {
      throw new IllegalStateException("the job ended " + state);
    }
    ResourceId dir = FileSystems.matchNewResource(outputDir, true);
    ObjectMapper mapper = new ObjectMapper();
    Summary summary;
    try (var in = Channels.newInputStream(FileSystems.open(dir.resolve(WriteSummary.FILE, StandardResolveOptions.RESOLVE_FILE)))) {
      summary = Summary.fromJson(mapper.readTree(in));
    }
    List<Failure> first = new ArrayList<>();
    if (summary.failed > 0) {
      ResourceId dead = dir.resolve(WriteDeadLetters.FILE, StandardResolveOptions.RESOLVE_FILE);
      try (BufferedReader lines = new BufferedReader(new InputStreamReader(Channels.newInputStream(FileSystems.open(dead)), StandardCharsets.UTF_8))) {
        String line;
        while (first.size() < failuresShown && (line = lines.readLine()) != null) {
          JsonNode f = mapper.readTree(line);
          first.add(new Failure(f.path("file").asText(), "", f.path("reason").asText(), f.path("message").asText()));
        }
      }
    }
    return new Outcome(summary, first);
  }
}
