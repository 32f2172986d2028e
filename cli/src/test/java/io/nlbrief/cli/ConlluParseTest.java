package io.nlbrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nlbrief.cli.testing.InProcess;
import io.nlbrief.cli.testing.InProcess.Result;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parse --format conllu}, {@code --plain} and {@code eval syntax}, run in-process. */
class ConlluParseTest {
  @TempDir
  Path config;

  @TempDir
  Path work;

  @Test
  void conlluHasTenColumnsOffsetsAndSentenceComments() {
    String nato = Seeds.seed(Seeds.NATO).toString();
    Result result = new InProcess(config).run("parse", "--format", "conllu", nato);
    assertEquals(0, result.exitCode(), result.describe());
    List<String> lines = result.outLines();
    assertEquals("# newdoc id = " + nato, lines.get(0));
    assertEquals("# sent_id = 1", lines.get(1));
    assertEquals("# text = De NAVO stuurt zeven Russische diplomaten weg.", lines.get(2));
    String[] stuurt = lines.get(5).split("\t", -1);
    assertEquals(10, stuurt.length);
    assertEquals("3", stuurt[0]);
    assertEquals("stuurt", stuurt[1]);
    assertEquals("wegsturen", stuurt[2]);
    assertEquals("VERB", stuurt[3]);
    assertEquals("WKW:TGW:3EP", stuurt[4], "XPOS is LanguageTool's tag");
    assertTrue(stuurt[5].contains("VerbForm=Fin"), stuurt[5]);
    assertEquals("0", stuurt[6]);
    assertEquals("root", stuurt[7]);
    String text = readSeed();
    for (String line : lines) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t", -1);
      assertEquals(10, c.length, line);
      String misc = c[9];
      assertTrue(misc.startsWith("TokenRange="), line);
      String[] range = misc.substring("TokenRange=".length()).split("\\|")[0].split(":");
      assertEquals(c[1], text.substring(Integer.parseInt(range[0]), Integer.parseInt(range[1])), line);
    }
    assertTrue(lines.get(9).endsWith("|SpaceAfter=No"), "weg before the full stop: " + lines.get(9));
  }

  private static String readSeed() {
    try {
      return Files.readString(Seeds.seed(Seeds.NATO), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void plainReadsEveryBlockAsProse() throws Exception {
    Path file = work.resolve("prose.txt");
    Files.writeString(file, "Een kop zonder punt\n\nBron: ANP. Dit is gewoon tekst.\n");
    Result news = new InProcess(config).run("parse", "--format", "conllu", file.toString());
    Result plain = new InProcess(config).run("parse", "--format", "conllu", "--plain", file.toString());
    assertEquals(0, plain.exitCode(), plain.describe());
    assertTrue(plain.out().contains("# text = Een kop zonder punt\n"), plain.describe());
    assertTrue(plain.out().contains("# text = Bron: ANP.\n"), plain.describe());
    assertTrue(!news.out().contains("# text = Bron: ANP."), "the news layout reads a source line: " + news.describe());
    assertTrue(!news.out().contains("# text = Een kop zonder punt"), "and a headline: " + news.describe());
  }

  @Test
  void emptyInputFailsLikeJson() throws Exception {
    Path empty = work.resolve("empty.txt");
    Files.write(empty, new byte[0]);
    Result json = new InProcess(config).run("parse", "--format", "json", empty.toString());
    Result conllu = new InProcess(config).run("parse", "--format", "conllu", empty.toString());
    assertEquals(json.exitCode(), conllu.exitCode(), conllu.describe());
    assertEquals(json.err(), conllu.err());
    assertEquals(1, conllu.errLines().size(), conllu.describe());
    assertEquals("", conllu.out());
  }

  @Test
  void nonDutchInputWarnsLikeJson() throws Exception {
    Path english = work.resolve("english.txt");
    Files.writeString(english, "The quick brown fox jumps over the lazy dog. It was not amused by this at all.\n");
    Result json = new InProcess(config).run("parse", "--format", "json", english.toString());
    Result conllu = new InProcess(config).run("parse", "--format", "conllu", english.toString());
    assertEquals(json.exitCode(), conllu.exitCode(), conllu.describe());
    assertEquals(json.err(), conllu.err());
    assertTrue(conllu.err().contains("does not look Dutch"), conllu.describe());
    assertTrue(conllu.out().contains("# text = The quick brown fox"), conllu.describe());
  }

  @Test
  void evalSyntaxScoresAGivenSystemOutput() throws Exception {
    Path gold = work.resolve("gold.conllu");
    Path sys = work.resolve("system.conllu");
    try (var in = getClass().getResourceAsStream("/io/nlbrief/cli/evalsyntax/gold.conllu")) {
      Files.write(gold, in.readAllBytes());
    }
    try (var in = getClass().getResourceAsStream("/io/nlbrief/cli/evalsyntax/system.conllu")) {
      Files.write(sys, in.readAllBytes());
    }
    Result all = new InProcess(config).run("eval", "syntax", "--data", gold.toString(), "--part", "all", "--system", sys.toString());
    assertEquals(0, all.exitCode(), all.describe());
    assertEquals("gold.conllu (all): gold sentences 2, gold words 11, system words 10", all.outLines().get(0));
    assertEquals("words F1 85.7  UPOS 63.6  lemma 72.7  finite verb F1 66.7  nsubj LAS-F1 66.7  obj LAS-F1 0.0  "
        + "compound:prt LAS-F1 100.0  mark LAS-F1 0.0  UAS 54.5  LAS 45.5", all.outLines().get(1));
    Result held = new InProcess(config).run("eval", "syntax", "--data", gold.toString(), "--system", sys.toString());
    assertEquals("gold.conllu (heldout): gold sentences 1, gold words 5, system words 10", held.outLines().get(0));
    Result missing = new InProcess(config).run("eval", "syntax", "--data", work.resolve("none.conllu").toString());
    assertEquals(3, missing.exitCode(), missing.describe());
    assertEquals(1, missing.errLines().size(), missing.describe());
  }
}
