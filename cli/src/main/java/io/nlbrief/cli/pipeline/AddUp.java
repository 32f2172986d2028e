package io.nlbrief.cli.pipeline;

import org.apache.beam.sdk.transforms.Combine;

/** Adds up the records and the failures into one {@link Summary}, each worker its part first. */
final class AddUp {
  private AddUp() {}

  static final class Records extends Combine.CombineFn<Record, Summary, Summary> {
    private static final long serialVersionUID = 1L;

    @Override
    public Summary createAccumulator() {
      return new Summary();
    }

    @Override
    public Summary addInput(Summary summary, Record record) {
      summary.add(record);
      return summary;
    }

    @Override
    public Summary mergeAccumulators(Iterable<Summary> parts) {
      Summary all = new Summary();
      parts.forEach(all::merge);
      return all;
    }

    @Override
    public Summary extractOutput(Summary summary) {
      return summary;
    }
  }

  static final class Failures extends Combine.CombineFn<Failure, Summary, Summary> {
    private static final long serialVersionUID = 1L;

    @Override
    public Summary createAccumulator() {
      return new Summary();
    }

    @Override
    public Summary addInput(Summary summary, Failure failure) {
      summary.add(failure);
      return summary;
    }

    @Override
    public Summary mergeAccumulators(Iterable<Summary> parts) {
      Summary all = new Summary();
      parts.forEach(all::merge);
      return all;
    }

    @Override
    public Summary extractOutput(Summary summary) {
      return summary;
    }
  }

  /** The two halves merged: records' and failures' summaries. */
  static final class Both extends Combine.CombineFn<Summary, Summary, Summary> {
    private static final long serialVersionUID = 1L;

    @Override
    public Summary createAccumulator() {
      return new Summary();
    }

    @Override
    public Summary addInput(Summary summary, Summary part) {
      return summary.merge(part);
    }

    @Override
    public Summary mergeAccumulators(Iterable<Summary> parts) {
      Summary all = new Summary();
      parts.forEach(all::merge);
      return all;
    }

    @Override
    public Summary extractOutput(Summary summary) {
      return summary;
    }
  }
}
