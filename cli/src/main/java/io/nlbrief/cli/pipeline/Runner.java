package io.nlbrief.cli.pipeline;

import java.util.List;
import java.util.Locale;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.runners.flink.FlinkRunner;
import org.apache.beam.runners.spark.SparkPipelineOptions;
import org.apache.beam.runners.spark.SparkRunner;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/** The values of {@code pipeline --runner}, each with the Beam options it sets. */
enum Runner {
  /** Beam's DirectRunner, in this process: needs nothing installed. */
  DIRECT,
  /** Flink: an embedded mini-cluster for {@code [local]}, else the JobManager at {@code --master}. */
  FLINK,
  /** Spark: {@code local[N]} in this process, else the cluster at {@code --master}. */
  SPARK;

  /**
   * The options for this runner: {@code extra} are Beam's own {@code --name=value} options, read
   * first so that ours are defaults they may override (as {@code --beam-option parallelism=8}).
   *
   * @param master Flink's JobManager or Spark's master URL, or {@code null} for this process
   */
  PipelineOptions options(int parallelism, String master, List<String> extra) {
    PipelineOptions options = PipelineOptionsFactory.fromArgs(extra.toArray(String[]::new)).create();
    options.setJobName("nlbrief-pipeline");
    switch (this) {
      case DIRECT -> {
        DirectOptions direct = options.as(DirectOptions.class);
        direct.setRunner(DirectRunner.class);
        if (!given(extra, "targetParallelism")) {
          direct.setTargetParallelism(parallelism);
        }
        // Our stages never change their inputs and the Flink and Spark tests encode every element:
        // the DirectRunner's copies to prove it cost a third of its time.
        if (!given(extra, "enforceImmutability")) {
          direct.setEnforceImmutability(false);
        }
        if (!given(extra, "enforceEncodability")) {
          direct.setEnforceEncodability(false);
        }
      }
      case FLINK -> {
        FlinkPipelineOptions flink = options.as(FlinkPipelineOptions.class);
        flink.setRunner(FlinkRunner.class);
        flink.setFlinkMaster(master == null ? "[local]" : master);
        if (!given(extra, "parallelism")) {
          flink.setParallelism(parallelism);
        }
      }
      case SPARK -> {
        SparkPipelineOptions spark = options.as(SparkPipelineOptions.class);
        spark.setRunner(SparkRunner.class);
        spark.setSparkMaster(master == null ? "local[" + parallelism + "]" : master);
      }
    }
    return options;
  }

  private static boolean given(List<String> extra, String name) {
    return extra.stream().anyMatch(o -> o.startsWith("--" + name + "=") || o.equals("--" + name));
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
