package io.nlbrief.cli.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {
  @TempDir
  Path dir;

  private final ByteArrayInputStream stdin = new ByteArrayInputStream(new byte[0]);

  @Test
  void argumentsKeepTheirOrderAndFoldersAreSortedInside() throws IOException {
    for (String name : List.of("z/2.txt", "z/10.txt", "z/a/1.txt", "z/.cache/x.txt", "z/.x.txt", "m.txt")) {
      Files.createDirectories(dir.resolve(name).getParent());
      Files.writeString(dir.resolve(name), "tekst");
    }
    String m = dir.resolve("m.txt").toString();

    List<Input> inputs = Inputs.expand(List.of(dir.resolve("z").toString(), "-", m), stdin, path -> false);

    // Plain path order, as sort(1) in the C locale: "10.txt" before "2.txt" before "a/".
    assertEquals(
        List.of(dir.resolve("z/10.txt").toString(), dir.resolve("z/2.txt").toString(),
            dir.resolve("z/a/1.txt").toString(), "-", m),
        inputs.stream().map(Input::name).toList());
    assertInstanceOf(Input.Stdin.class, inputs.get(3));
  }

  @Test
  void excludedFilesAreLeftOut() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "tekst");
    Files.writeString(dir.resolve("out.json"), "{}");

    List<Input> inputs = Inputs.expand(List.of(dir.toString()), stdin, path -> path.endsWith("out.json"));

    assertEquals(List.of(dir.resolve("a.txt").toString()), inputs.stream().map(Input::name).toList());
  }

  @Test
  void aHiddenFolderNamedExplicitlyIsRead() throws IOException {
    Path hidden = Files.createDirectories(dir.resolve(".archief"));
    Files.writeString(hidden.resolve("a.txt"), "tekst");

    assertEquals(1, Inputs.expand(List.of(hidden.toString()), stdin, path -> false).size());
  }

  @Test
  void aFolderMakesABatchEvenWithOneFile() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "tekst");

    assertTrue(Inputs.isBatch(List.of(dir.toString())));
    assertTrue(Inputs.isBatch(List.of("a", "b")));
    assertFalse(Inputs.isBatch(List.of(dir.resolve("a.txt").toString())));
    assertFalse(Inputs.isBatch(List.of("-")));
  }
}
