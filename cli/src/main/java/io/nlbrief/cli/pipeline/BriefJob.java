package io.nlbrief.cli.pipeline;

import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * The corpus job: inputs → files → documents → briefs, with every failure on a dead-letter branch.
 *
 * <pre>
 * inputs ─match─► files ─spread─► read ─► documents ─spread─► brief ─► records ─shard─► briefs-*.jsonl
 *            └──────────────┴──────────────────────┴──► failures ─► dead-letter.jsonl
 *                                               records + failures ─add up─► summary.json
 * </pre>
 *
 * The two spreads share out the work: the files of one folder, then the lines of one archive,
 * over every worker.
 */
final class BriefJob {
  private final List<InputPattern> inputs;
  private final BriefSettings settings;
  private final String outputDir;
  private final int shards;
  private final int groups;

  /**
   * @param outputDir where the results go, ending in {@code /}
   * @param parallelism the workers' threads in all: the work is spread over eight groups per thread
   */
  BriefJob(List<InputPattern> inputs, BriefSettings settings, String outputDir, int shards, int parallelism) {
    this.inputs = List.copyOf(inputs);
    this.settings = settings;
    this.outputDir = outputDir;
    this.shards = shards;
    this.groups = GROUPS_PER_THREAD * parallelism;
  }

  static final int GROUPS_PER_THREAD = 8;

  /** Builds the job on {@code options} and runs it to its end. */
  PipelineResult.State run(PipelineOptions options) {
    Pipeline pipeline = Pipeline.create(options);
    build(pipeline);
    return pipeline.run().waitUntilFinish();
  }

  void build(Pipeline pipeline) {
    // Plain tags, not anonymous subclasses: those would hold this job, which the DoFns would then
    // have to serialize. The coders are set below, so the tags need no type of their own.
    TupleTag<Failure> matchFailed = new TupleTag<>("match-failed");
    TupleTag<Failure> readFailed = new TupleTag<>("read-failed");
    TupleTag<Failure> briefFailed = new TupleTag<>("brief-failed");
    SerializableCoder<Failure> failureCoder = SerializableCoder.of(Failure.class);

    PCollectionTuple matched = pipeline
        .apply("Inputs", Create.of(inputs).withCoder(SerializableCoder.of(InputPattern.class)))
        .apply("Match", ParDo.of(new MatchInputs(matchFailed)).withOutputTags(MatchInputs.FILES, TupleTagList.of(matchFailed)));
    PCollectionTuple read = matched.get(MatchInputs.FILES).setCoder(SerializableCoder.of(FileRef.class))
        .apply("SpreadFiles", new Spread<FileRef>(groups, FileRef::name))
        .apply("Read", ParDo.of(new ReadDocuments(readFailed, settings.maxBytes()))
            .withOutputTags(ReadDocuments.DOCUMENTS, TupleTagList.of(readFailed)));
    String sheets = settings.sheetFormat() == null ? null : outputDir + "sheets/";
    PCollectionTuple briefed = read.get(ReadDocuments.DOCUMENTS).setCoder(SerializableCoder.of(Document.class))
        .apply("SpreadDocuments", new Spread<Document>(groups, Document::name))
        .apply("Brief", ParDo.of(new BriefArticles(settings, briefFailed, sheets))
            .withOutputTags(BriefArticles.RECORDS, TupleTagList.of(briefFailed)));
    PCollection<Record> records = briefed.get(BriefArticles.RECORDS).setCoder(SerializableCoder.of(Record.class));

    records
        .apply("Shard", ParDo.of(new KeyByShard(shards)))
        .setCoder(KvCoder.of(VarIntCoder.of(), SerializableCoder.of(Record.class)))
        .apply("GroupShards", GroupByKey.create())
        .apply("WriteShards", ParDo.of(new WriteShard(outputDir, shards)));

    PCollection<Failure> failures = PCollectionList
        .of(matched.get(matchFailed).setCoder(failureCoder))
        .and(read.get(readFailed).setCoder(failureCoder))
        .and(briefed.get(briefFailed).setCoder(failureCoder))
        .apply("AllFailures", Flatten.pCollections());
    failures
        .apply("OneDeadLetterFile", ParDo.of(new KeyAll<Failure>()))
        .setCoder(KvCoder.of(VarIntCoder.of(), failureCoder))
        .apply("GroupFailures", GroupByKey.create())
        .apply("WriteDeadLetters", ParDo.of(new WriteDeadLetters(outputDir)));

    SerializableCoder<Summary> summaryCoder = SerializableCoder.of(Summary.class);
    PCollection<Summary> ofRecords = records.apply("AddUpRecords", Combine.globally(new AddUp.Records())).setCoder(summaryCoder);
    PCollection<Summary> ofFailures = failures.apply("AddUpFailures", Combine.globally(new AddUp.Failures())).setCoder(summaryCoder);
    PCollectionList.of(ofRecords).and(ofFailures)
        .apply("BothHalves", Flatten.pCollections())
        .apply("AddUp", Combine.globally(new AddUp.Both()))
        .setCoder(summaryCoder)
        .apply("WriteSummary", ParDo.of(new WriteSummary(outputDir, settings.check(), shards, settings.version())));
  }

  /** The shard of each record, from its name: see {@link Record#shardOf}. */
  static final class KeyByShard extends DoFn<Record, KV<Integer, Record>> {
    private static final long serialVersionUID = 1L;
    private final int shards;

    KeyByShard(int shards) {
      this.shards = shards;
    }

    @ProcessElement
    public void process(@Element Record record, OutputReceiver<KV<Integer, Record>> out) {
      out.output(KV.of(Record.shardOf(record.name(), shards), record));
    }
  }

  /** One key for all: the failures go to one file. */
  static final class KeyAll<T> extends DoFn<T, KV<Integer, T>> {
    private static final long serialVersionUID = 1L;

    @ProcessElement
    public void process(@Element T element, OutputReceiver<KV<Integer, T>> out) {
      out.output(KV.of(0, element));
    }
  }
}
