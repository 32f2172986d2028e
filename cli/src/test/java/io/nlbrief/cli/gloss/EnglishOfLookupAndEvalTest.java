package io.nlbrief.cli.gloss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.nlbrief.cli.testing.InProcess;
import io.nlbrief.cli.testing.InProcess.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --english american|british} on {@code eval gloss} and {@code glossary lookup}: the figures
 * are of the variant asked for and the JSON names it, as gloss and brief JSON do; lookup shows each
 * sense as the gloss would write it (the glossary's own English is British). Run in-process.
 */
class EnglishOfLookupAndEvalTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path config;

  @TempDir
  Path work;

  /** One pair whose reference is British: the British gloss matches it word for word, the American does not. */
  private Path britishPair() throws Exception {
    return Files.writeString(work.resolve("pair.jsonl"),
        "{\"nl\": \"De minister opent het nieuwe centrum.\", \"en\": \"The minister opens the new centre.\"}\n");
  }

  @Test
  void evalGlossJsonNamesTheEnglishItMeasured() throws Exception {
    Path data = britishPair();
    Result american = new InProcess(config).run("eval", "gloss", "--data", data.toString(), "--format", "json");
    assertEquals(0, american.exitCode(), american.describe());
    JsonNode us = JSON.readTree(american.out());
    assertEquals("american", us.get("english").textValue(), "American unless told otherwise");
    // "center" against "centre": the last word and its 2- to 4-grams miss.
    assertTrue(us.get("BLEU").asDouble() < 100.0, american.out());

    Result british = new InProcess(config).run("eval", "gloss", "--data", data.toString(), "--format", "json",
        "--english", "british");
    assertEquals(0, british.exitCode(), british.describe());
    JsonNode gb = JSON.readTree(british.out());
    assertEquals("british", gb.get("english").textValue());
    assertEquals(100.0, gb.get("BLEU").asDouble(), 1e-9, british.out());
    assertEquals(100.0, gb.get("chrF").asDouble(), 1e-9, british.out());
    // The rest of the object is the same set of keys: english is added, nothing moved.
    assertEquals(List.of("data", "glossary", "english", "pairs", "articles", "BLEU", "chrF", "coverage", "glossed",
        "counted", "foreign", "unknownWords", "unknown"), fieldNames(gb));
  }

  @Test
  void evalGlossTextNamesTheEnglishInItsHeader() throws Exception {
    Path data = britishPair();
    Result british = new InProcess(config).run("eval", "gloss", "--data", data.toString(), "--english", "British",
        "--show", "1");
    assertEquals(0, british.exitCode(), british.describe());
    assertTrue(british.out().contains("gl:  The minister opens the new centre."), british.out());
    assertTrue(british.out().contains("; english: british\n"), british.out());
    Result american = new InProcess(config).run("eval", "gloss", "--data", data.toString(), "--show", "1");
    assertTrue(american.out().contains("gl:  The minister opens the new center."), american.out());
    assertTrue(american.out().contains("; english: american\n"), american.out());
  }

  @Test
  void anUnknownEnglishIsAUsageErrorOnOneLine() throws Exception {
    Path data = britishPair();
    List<List<String>> commands = List.of(
        List.of("eval", "gloss", "--data", data.toString(), "--english", "klingon"),
        List.of("glossary", "lookup", "--english", "klingon", "centrum"),
        List.of("glossary", "lookup", "--english=", "centrum"));
    for (List<String> args : commands) {
      Result r = new InProcess(config).run(args.toArray(String[]::new));
      assertEquals(2, r.exitCode(), args + ": " + r.describe());
      assertEquals(1, r.errLines().size(), args + ": " + r.describe());
      String value = args.contains("klingon") ? "klingon" : "";
      assertTrue(r.err().startsWith("nlbrief: Invalid value for option '--english': expected american or british but was '"
          + value + "'"), args + ": " + r.describe());
      assertEquals("", r.out(), args + ": " + r.describe());
    }
  }

  @Test
  void lookupShowsTheSensesInTheEnglishAskedFor() {
    Result american = new InProcess(config).run("glossary", "lookup", "centrum", "meneer", "VS");
    assertEquals(0, american.exitCode(), american.describe());
    assertEquals(List.of(
        "centrum", "  noun: center  [default]",
        "meneer", "  noun: sir; Mr.; gentleman  [default]",
        "VS", "  name: U.S.  [default]"), american.outLines());

    Result british = new InProcess(config).run("glossary", "lookup", "--english", "british", "centrum", "meneer", "VS");
    assertEquals(0, british.exitCode(), british.describe());
    assertEquals(List.of(
        "centrum", "  noun: centre  [default]",
        "meneer", "  noun: sir; Mr; gentleman  [default]",
        "VS", "  name: US  [default]"), british.outLines());
  }

  @Test
  void lookupOfAWordWithoutEntryIsGlossedInTheEnglishAskedFor() {
    Result american = new InProcess(config).run("glossary", "lookup", "organiseerde");
    assertEquals(0, american.exitCode(), american.describe());
    assertTrue(american.out().contains("glossed as: organized  ["), american.out());
    Result british = new InProcess(config).run("glossary", "lookup", "--english", "british", "organiseerde");
    assertTrue(british.out().contains("glossed as: organised  ["), british.out());
  }

  @Test
  void lookupJsonNamesTheEnglishOfEveryWordAndWritesItsSensesInIt() throws Exception {
    Result american = new InProcess(config).run("glossary", "lookup", "--format", "json", "centrum", "organiseerde");
    assertEquals(0, american.exitCode(), american.describe());
    JsonNode us = JSON.readTree(american.out());
    assertEquals(2, us.size(), american.out());
    for (JsonNode word : us) {
      assertEquals("american", word.get("english").textValue(), american.out());
    }
    assertEquals("center", us.at("/0/entries/0/english/0").textValue(), american.out());
    assertEquals("organized", us.at("/1/gloss/en").textValue(), american.out());

    Result british = new InProcess(config).run("glossary", "lookup", "--format", "json", "--english", "british",
        "centrum", "organiseerde");
    assertEquals(0, british.exitCode(), british.describe());
    JsonNode gb = JSON.readTree(british.out());
    for (JsonNode word : gb) {
      assertEquals("british", word.get("english").textValue(), british.out());
    }
    assertEquals("centre", gb.at("/0/entries/0/english/0").textValue(), british.out());
    assertEquals("organised", gb.at("/1/gloss/en").textValue(), british.out());
  }

  /** A user's entry that lists both spellings shows one sense in American, both in British (the file as it is). */
  @Test
  void aSenseThatRespellsToAnotherOfTheSameEntryIsShownOnce() throws Exception {
    Path mine = Files.writeString(work.resolve("mine.tsv"), "spilpunt\tcentre; center; hub\tnoun\n");
    Result american = new InProcess(config).run("glossary", "lookup", "--glossary", mine.toString(), "spilpunt");
    assertEquals(0, american.exitCode(), american.describe());
    assertEquals(List.of("spilpunt", "  noun: center; hub  [mine.tsv]"), american.outLines());
    Result british = new InProcess(config).run("glossary", "lookup", "--glossary", mine.toString(), "--english", "british",
        "spilpunt");
    assertEquals(List.of("spilpunt", "  noun: centre; center; hub  [mine.tsv]"), british.outLines());
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
