package io.nlbrief.cli.pipeline;

import java.io.IOException;
import java.util.List;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Expands each input into its files through Beam's file systems (local here; object stores where
 * their file-system module is on the class path). An input that matches nothing is a failure,
 * {@code not-found}, as {@code brief} reports a missing file.
 */
final class MatchInputs extends DoFn<InputPattern, FileRef> {
  private static final long serialVersionUID = 1L;
  private final TupleTag<Failure> failures;

  MatchInputs(TupleTag<Failure> failures) {
    this.failures = failures;
  }

  @ProcessElement
  public void process(@Element InputPattern input, MultiOutputReceiver out) {
    List<MatchResult.Metadata> matched;
    try {
      matched = FileSystems.match(input.spec(), EmptyMatchTreatment.ALLOW).metadata();
    } catch (IOException e) {
      // Beam says NOT_FOUND for a missing single file; anything else is an unreadable input.
      String reason = e instanceof java.io.FileNotFoundException || String.valueOf(e.getMessage()).contains("NOT_FOUND")
          ? "not-found" : "unreadable";
      out.get(failures).output(new Failure(input.typed(), input.typed(), reason, input.typed() + ": " + Failure.oneLine(e.getMessage())));
      return;
    }
    int kept = 0;
    for (MatchResult.Metadata file : matched) {
      String name = input.nameOf(file.resourceId().toString());
      if (name != null && !file.resourceId().isDirectory()) {
        out.get(FILES).output(new FileRef(name, file.resourceId().toString(), file.sizeBytes()));
        kept++;
      }
    }
    if (kept == 0) {
      out.get(failures).output(new Failure(input.typed(), input.typed(), "not-found", input.typed() + ": no such file"));
    }
  }

  static final TupleTag<FileRef> FILES = new TupleTag<>() {
    private static final long serialVersionUID = 1L;
  };
}
