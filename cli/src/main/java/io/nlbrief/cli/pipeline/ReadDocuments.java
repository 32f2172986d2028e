package io.nlbrief.cli.pipeline;

import io.nlbrief.parser.ParseException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.channels.Channels;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Reads each file: a document as it is, an archive line by line, each line one document. A file
 * over the size limit is refused before it is read, so one huge file cannot take a worker's memory.
 */
final class ReadDocuments extends DoFn<FileRef, Document> {
  private static final long serialVersionUID = 1L;
  static final TupleTag<Document> DOCUMENTS = new TupleTag<>() {
    private static final long serialVersionUID = 1L;
  };

  private final TupleTag<Failure> failures;
  private final long maxBytes;

  ReadDocuments(TupleTag<Failure> failures, long maxBytes) {
    this.failures = failures;
    this.maxBytes = maxBytes;
  }

  @ProcessElement
  public void process(@Element FileRef file, MultiOutputReceiver out) {
    try {
      if (file.archive()) {
        readArchive(file, out);
      } else if (file.size() > maxBytes) {
        out.get(failures).output(Failure.of(file.name(), file.name(),
            new ParseException(file.name(), ParseException.Reason.TOO_LARGE, file.size() + " bytes, the limit is " + maxBytes)));
      } else if (file.size() == 0) {
        out.get(failures).output(Failure.of(file.name(), file.name(), new ParseException(file.name(), ParseException.Reason.EMPTY, null)));
      } else {
        try (InputStream in = open(file)) {
          out.get(DOCUMENTS).output(new Document(file.name(), file.name(), in.readAllBytes()));
        }
      }
    } catch (IOException e) {
      out.get(failures).output(Failure.of(file.name(), file.name(),
          new ParseException(file.name(), ParseException.Reason.UNREADABLE, e.getMessage(), e)));
    }
  }

  private void readArchive(FileRef file, MultiOutputReceiver out) throws IOException {
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    long number = 0;
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(open(file), decoder))) {
      String line;
      while (true) {
        try {
          line = lines.readLine();
        } catch (java.nio.charset.CharacterCodingException e) {
          out.get(failures).output(Failure.of(file.name() + ":" + (number + 1), ArchiveLine.order(file.name(), number + 1),
              new ParseException(file.name() + ":" + (number + 1), ParseException.Reason.BAD_ENCODING, "the rest of the archive is not UTF-8")));
          return;
        }
        if (line == null) {
          return;
        }
        number++;
        if (line.isBlank()) {
          continue;
        }
        String where = file.name() + ":" + number;
        if (line.length() > maxBytes) {
          out.get(failures).output(Failure.of(where, ArchiveLine.order(file.name(), number),
              new ParseException(where, ParseException.Reason.TOO_LARGE, "a line of " + line.length() + " characters")));
          continue;
        }
        try {
          out.get(DOCUMENTS).output(ArchiveLine.read(file.name(), number, line));
        } catch (ArchiveLine.BadLine e) {
          out.get(failures).output(new Failure(where, ArchiveLine.order(file.name(), number), Failure.BAD_RECORD,
              where + ": not an article: " + e.getMessage()));
        }
      }
    }
  }

  private static InputStream open(FileRef file) throws IOException {
    return Channels.newInputStream(FileSystems.open(FileSystems.matchNewResource(file.resource(), false)));
  }
}
