package io.nlbrief.cli.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputTest {
  @TempDir
  Path dir;

  @Test
  void fileAppearsOnlyOnCommit() throws IOException {
    Path target = dir.resolve("out.txt");
    try (Output output = Output.open(target, new ByteArrayOutputStream())) {
      output.write(bytes("een"));
      assertTrue(Files.notExists(target));
      output.commit();
    }
    assertEquals("een", Files.readString(target));
    assertEquals(List.of("out.txt"), names());
  }

  @Test
  void uncommittedOutputLeavesTheOldFileAndNoTemporaryFile() throws IOException {
    Path target = Files.writeString(dir.resolve("out.txt"), "oud");
    try (Output output = Output.open(target, new ByteArrayOutputStream())) {
      output.write(bytes("nieuw"));
    }
    assertEquals("oud", Files.readString(target));
    assertEquals(List.of("out.txt"), names());
  }

  @Test
  void commitReplacesAnExistingFile() throws IOException {
    Path target = Files.writeString(dir.resolve("out.txt"), "oud");
    try (Output output = Output.open(target, new ByteArrayOutputStream())) {
      output.write(bytes("nieuw"));
      output.commit();
    }
    assertEquals("nieuw", Files.readString(target));
  }

  @Test
  void aStreamedResultIsWrittenWholeBesideOthersAndItsStreamIsNotClosedByIt() throws IOException {
    Path target = dir.resolve("out.txt");
    try (Output output = Output.open(target, new ByteArrayOutputStream())) {
      output.write(bytes("een "));
      output.write(stream -> {
        stream.write(bytes("twee"));
        stream.write(' ');
        stream.close(); // A careless result closing its stream must not end the output's file.
      });
      output.write(bytes("drie"));
      output.commit();
    }
    assertEquals("een twee drie", Files.readString(target));
    assertEquals(List.of("out.txt"), names());
  }

  @Test
  void aStreamedResultThatFailsHalfWayLeavesTheOldFileAndTakesNoLaterResult() throws IOException {
    Path target = Files.writeString(dir.resolve("out.txt"), "oud");
    try (Output output = Output.open(target, new ByteArrayOutputStream())) {
      output.write(bytes("een"));
      IOException failure = assertThrows(IOException.class, () -> output.write(stream -> {
        stream.write(bytes("half"));
        throw new IOException("the spool could not be read");
      }));
      assertEquals("the spool could not be read", failure.getMessage());
      assertThrows(OutputException.class, () -> output.write(bytes("drie")));
      output.commit();
    }
    assertEquals("oud", Files.readString(target), "half a result never replaces the file");
    assertEquals(List.of("out.txt"), names());
  }

  @Test
  void aStreamedResultOnStdoutIsFlushedWhenDone() throws IOException {
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    try (Output output = Output.open(null, new java.io.BufferedOutputStream(stdout, 1 << 16))) {
      output.write(stream -> stream.write(bytes("een")));
      assertEquals("een", stdout.toString(StandardCharsets.UTF_8), "shown before the next input is done");
    }
  }

  @Test
  void knowsItsTargetSoAFolderWalkCanSkipIt() throws IOException {
    Path target = dir.resolve("out.txt");
    try (Output output = Output.open(target, new ByteArrayOutputStream())) {
      assertTrue(output.isTarget(dir.resolve("sub/../out.txt")));
    }
  }

  @Test
  void stdoutIsWrittenAndNeverClosed() throws IOException {
    ByteArrayOutputStream stdout = new ByteArrayOutputStream() {
      @Override
      public void close() {
        throw new AssertionError("stdout closed");
      }
    };
    try (Output output = Output.open(null, stdout)) {
      output.write(bytes("een"));
      output.commit();
    }
    assertEquals("een", stdout.toString(StandardCharsets.UTF_8));
  }

  @Test
  void folderIsRefusedBeforeAnythingIsRead() {
    OutputException e = assertThrows(OutputException.class, () -> Output.open(dir, new ByteArrayOutputStream()));
    assertEquals(dir + ": cannot be written (is a directory)", e.getMessage());
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(file -> file.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aNamedPipeIsWrittenInPlaceNotReplacedByAFile() throws Exception {
    // The same path as -o /dev/null, without touching the machine's /dev/null if this broke.
    Path fifo = dir.resolve("pipe");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available");
    java.util.concurrent.CompletableFuture<byte[]> read = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
      try {
        return Files.readAllBytes(fifo);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    try (Output out = Output.open(fifo, new ByteArrayOutputStream())) {
      out.write("sheet".getBytes(StandardCharsets.UTF_8));
      out.commit();
    }
    assertEquals("sheet", new String(read.get(10, java.util.concurrent.TimeUnit.SECONDS), StandardCharsets.UTF_8));
    assertTrue(Files.exists(fifo) && !Files.isRegularFile(fifo), "still a pipe");
  }
}
