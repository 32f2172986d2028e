package io.nlbrief.cli.brief;

import io.nlbrief.parser.testing.JarRunner;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.nlbrief.cli.Seeds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command and every sheet format through the shaded jar on both seeds, asserting content:
 * the headline's gloss, key points with their gloss lines, NATO among the organisations. The JSON
 * sheets (with proofreading) are made once and are what the other formats are checked against.
 */
@EnabledIfSystemProperty(named = "nlbrief.jar", matches = ".+")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BriefJarIT {
  private Path work;
  private JarRunner jar;
  private final List<JsonNode> sheets = new ArrayList<>();
  private final List<String> seeds = List.of(Seeds.seed(Seeds.NATO).toString(), Seeds.seed(Seeds.MINISTERS).toString());

  @BeforeAll
  void jsonSheetsWithProofreading(@TempDir Path dir) throws Exception {
    work = dir;
    jar = new JarRunner(work);
    JarRunner.Run run = jar.run("brief", "--format", "json", seeds.get(0), seeds.get(1));
    assertEquals(0, run.exitCode(), run.describe());
    assertEquals("2 succeeded, 0 failed\n", run.err(), run.describe());
    for (String line : run.out().lines().toList()) {
      sheets.add(new ObjectMapper().readTree(line));
    }
    assertEquals(2, sheets.size());
  }

  @Test
  void jsonSheetsHaveGlossesNamesAndProofreading() {
    for (JsonNode sheet : sheets) {
      assertTrue(sheet.at("/headline/english").asText().contains("NATO"), sheet.toString());
      assertEquals(3, sheet.get("keyPoints").size(), sheet.toString());
      for (JsonNode point : sheet.get("keyPoints")) {
        assertTrue(point.get("english").asText().length() > point.get("dutch").asText().length() / 3, point.toString());
      }
      assertTrue(names(sheet, "organisations").contains("NATO"), sheet.toString());
      assertTrue(names(sheet, "people").contains("Jens Stoltenberg"), sheet.toString());
      assertTrue(sheet.at("/proofreading/checked").asBoolean(), sheet.toString());
      assertEquals(64, sheet.get("sha256").asText().length());
    }
    assertTrue(sheets.get(0).at("/headline/dutch").asText().startsWith(Seeds.NATO_HEADLINE), sheets.get(0).toString());
    assertEquals("ANP", sheets.get(0).get("source").asText());
    assertEquals("2018-03-27T15:38", sheets.get(0).get("date").asText());
  }

  private static List<String> names(JsonNode sheet, String kind) {
    return StreamSupport.stream(sheet.get(kind).spliterator(), false).map(n -> n.get("english").asText()).toList();
  }

  @Test
  void textAndMarkdownCarryTheSameGlosses() throws Exception {
    for (int i = 0; i < 2; i++) {
      JsonNode sheet = sheets.get(i);
      for (String format : List.of("text", "md")) {
        JarRunner.Run run = jar.run(java.util.Map.of("COLUMNS", "400"), "brief", "--no-check", "--format", format, seeds.get(i));
        assertEquals(0, run.exitCode(), run.describe());
        assertEquals("", run.err(), run.describe());
        // Lines are wrapped (text) and indented; compared with runs of white space as one space.
        String out = run.out().replaceAll("\\s+", " ");
        assertTrue(out.contains(sheet.at("/headline/english").asText()), format + ": " + out);
        for (JsonNode point : sheet.get("keyPoints")) {
          String english = point.get("english").asText();
          if (format.equals("md")) {
            english = english.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_");
          }
          assertTrue(out.contains(english), format + ": " + out);
        }
        assertTrue(out.contains(format.equals("md") ? "| NATO" : "NAVO = NATO"), format + ": " + out);
      }
    }
  }

  @Test
  void htmlAndPdfToAFolderWithAnIndex() throws Exception {
    for (String format : List.of("html", "pdf")) {
      Path dir = work.resolve(format);
      JarRunner.Run run = jar.run("brief", "--no-check", "--format", format, seeds.get(0), seeds.get(1), "-o", dir.toString());
      assertEquals(0, run.exitCode(), run.describe());
      assertTrue(Files.readString(dir.resolve("index.html")).contains("2 succeeded, 0 failed."));
      List<Path> made;
      try (var files = Files.list(dir)) {
        made = files.filter(p -> p.toString().endsWith("." + format) && !p.endsWith("index.html")).sorted().toList();
      }
      assertEquals(2, made.size(), made.toString());
      for (int i = 0; i < 2; i++) {
        JsonNode sheet = sheets.get(i);
        String seed = i == 0 ? "000_" : "003_";
        Path file = made.stream().filter(p -> p.getFileName().toString().contains(seed)).findFirst().orElseThrow();
        String text = format.equals("pdf") ? pdfText(file) : Files.readString(file).replace("&amp;", "&").replace("&#39;", "'").replace("&quot;", "\"");
        text = text.replaceAll("\\s+", " ");
        assertTrue(text.contains(sheet.at("/headline/dutch").asText()), file + ": " + text);
        assertTrue(text.contains(sheet.at("/headline/english").asText()), file + ": " + text);
        for (JsonNode point : sheet.get("keyPoints")) {
          assertTrue(text.contains(point.get("english").asText()), file + " lacks " + point + ": " + text);
        }
        assertTrue(text.contains("NATO"), text);
      }
    }
  }

  private static String pdfText(Path file) throws Exception {
    try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
      assertEquals(1, pdf.getNumberOfPages(), file + " is one page");
      return new PDFTextStripper().getText(pdf);
    }
  }

  @Test
  void pdfIsTheSameBytesEveryTime() throws Exception {
    JarRunner.Run a = jar.run("brief", "--no-check", "--format", "pdf", seeds.get(0));
    JarRunner.Run b = jar.run("brief", "--no-check", "--format", "pdf", seeds.get(0));
    assertEquals(0, a.exitCode(), a.describe());
    assertTrue(new String(a.bytes(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-"));
    assertTrue(java.util.Arrays.equals(a.bytes(), b.bytes()), "two runs, two different PDFs");
  }

  @Test
  void everyOtherCommandRunsOnBothSeeds() throws Exception {
    for (String format : List.of("text", "json")) {
      JarRunner.Run parse = jar.run("parse", "--format", format, seeds.get(0), seeds.get(1));
      assertEquals(0, parse.exitCode(), parse.describe());
      assertTrue(parse.out().contains("NAVO stuurt Russische diplomaten weg"), parse.describe());
      JarRunner.Run summarize = jar.run("summarize", "--format", format, seeds.get(0), seeds.get(1));
      assertEquals(0, summarize.exitCode(), summarize.describe());
      assertTrue(summarize.out().contains("De NAVO stuurt zeven Russische diplomaten weg."), summarize.describe());
      JarRunner.Run check = jar.run("check", "--format", format, seeds.get(0), seeds.get(1));
      assertTrue(check.exitCode() == 0 || check.exitCode() == 1, check.describe());
      JarRunner.Run gloss = jar.run("gloss", "--format", format, seeds.get(0), seeds.get(1));
      assertEquals(0, gloss.exitCode(), gloss.describe());
      assertTrue(gloss.out().contains("NATO"), gloss.describe());
    }
    JarRunner.Run lookup = jar.run("glossary", "lookup", "NAVO");
    assertEquals(0, lookup.exitCode(), lookup.describe());
    assertTrue(lookup.out().contains("NATO"), lookup.describe());
  }

  @Test
  void versionAndHelpOfEveryCommand() throws Exception {
    JarRunner.Run version = jar.run("--version");
    assertEquals(0, version.exitCode(), version.describe());
    assertTrue(version.out().startsWith("nlbrief 0."), version.describe());
    JarRunner.Run help = jar.run("--help");
    for (String command : List.of("parse", "check", "summarize", "gloss", "glossary", "brief", "eval")) {
      assertTrue(help.out().contains("  " + command), help.describe());
      JarRunner.Run own = jar.run(command, "--help");
      assertEquals(0, own.exitCode(), own.describe());
      assertTrue(own.out().contains("Examples:"), command + " --help has no examples: " + own.out());
    }
  }
}
