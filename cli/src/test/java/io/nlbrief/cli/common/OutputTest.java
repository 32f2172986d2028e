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
}
