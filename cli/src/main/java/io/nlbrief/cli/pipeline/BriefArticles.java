package io.nlbrief.cli.pipeline;

import io.nlbrief.parser.ParseException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Makes the brief of each document. The {@link Briefer} (parser, glossary and checker) is one per
 * worker JVM, shared by every instance ({@link WorkerBriefers}), taken in {@link Setup}; its
 * checker keeps one LanguageTool pipeline per worker thread, built on the thread's first article
 * and reused for every bundle after. A refused or failing article is a failure on its own output, never an
 * exception that would fail the job; only running out of memory still stops it.
 */
final class BriefArticles extends DoFn<Document, Record> {
  private static final long serialVersionUID = 1L;
  static final TupleTag<Record> RECORDS = new TupleTag<>() {
    private static final long serialVersionUID = 1L;
  };

  private final BriefSettings settings;
  private final TupleTag<Failure> failures;
  private final String sheetsDir;
  private transient Briefer briefer;
  private transient ResourceId sheets;

  /** @param sheetsDir where the sheets go, or {@code null} for none */
  BriefArticles(BriefSettings settings, TupleTag<Failure> failures, String sheetsDir) {
    this.settings = settings;
    this.failures = failures;
    this.sheetsDir = sheetsDir;
  }

  @Setup
  public void setup() throws ParseException {
    briefer = WorkerBriefers.of(settings);
    sheets = sheetsDir == null ? null : FileSystems.matchNewResource(sheetsDir, true);
  }

  @ProcessElement
  public void process(@Element Document document, MultiOutputReceiver out) throws IOException {
    Briefer.Brief brief;
    try {
      brief = briefer.brief(document);
    } catch (ParseException e) {
      out.get(failures).output(Failure.of(document.name(), document.order(), e));
      return;
    } catch (RuntimeException | StackOverflowError e) {
      // A bug on one article (LanguageTool's rules can recurse deeply): that article fails.
      out.get(failures).output(Failure.internal(document.name(), document.order(), e));
      return;
    }
    if (sheets != null && brief.sheet() != null) {
      // Written here, not shuffled: the name depends only on the article, so a retried bundle
      // writes the same file again.
      ResourceId file = sheets.resolve(SheetFiles.nameOf(document.name(), settings.sheetFormat()), StandardResolveOptions.RESOLVE_FILE);
      try (OutputStream sheet = Channels.newOutputStream(FileSystems.create(file, "application/octet-stream"))) {
        sheet.write(brief.sheet());
      }
    }
    out.get(RECORDS).output(new Record(document.name(), document.order(), brief.json(), brief.words(), brief.findings()));
  }
}
