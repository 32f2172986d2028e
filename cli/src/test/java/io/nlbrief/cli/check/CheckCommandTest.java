package io.nlbrief.cli.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.nlbrief.cli.Seeds;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.nlbrief.cli.testing.InProcess;
import io.nlbrief.cli.testing.InProcess.Result;

/** {@code nlbrief check} in-process: stdout, stderr and exit code as a user sees them. */
class CheckCommandTest {
  private static final String WRONG = "Gisteren zag ik de de man.\n";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private Result run(byte[] stdin, Map<String, String> extraEnv, String... args) {
    InProcess nlbrief = new InProcess(dir.resolve("config")).stdin(stdin);
    extraEnv.forEach(nlbrief::env);
    return nlbrief.run(args);
  }

  private Result run(String... args) {
    return run(new byte[0], Map.of(), args);
  }

  private Path write(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  @Test
  void humanOutputLikeALinter() throws Exception {
    Path file = write("a.txt", "Dit is goed.\n\n" + WRONG);
    Result r = run("check", file.toString());
    assertEquals(1, r.exitCode(), r.describe());
    List<String> lines = r.out().lines().toList();
    assertTrue(lines.get(0).startsWith(file + ":3:17: "), r.describe());
    assertTrue(lines.get(0).endsWith("[DUBBEL_DE]"), r.describe());
    assertEquals("    Gisteren zag ik de de man.", lines.get(1));
    assertEquals("    " + " ".repeat(16) + "^^^^^", lines.get(2));
    assertEquals("    suggestion: de", lines.get(3));
    assertFalse(r.out().contains("\u001b["), "no colour when not on a terminal");
    assertTrue(r.err().contains("1 finding in 1 file"), r.describe());
  }

  @Test
  void seedsAreCleanExceptTheNameHint() {
    Result r = run("check", Seeds.seed(Seeds.NATO).toString());
    assertEquals(0, r.exitCode(), r.describe());
    assertEquals("", r.out());
  }

  @Test
  void jsonInLanguageToolsResponseShape() throws Exception {
    Path file = write("a.txt", WRONG);
    Result r = run("check", "--format", "json", file.toString());
    assertEquals(1, r.exitCode(), r.describe());
    JsonNode root = JSON.readTree(r.out());
    assertEquals(file.toString(), root.path("file").asText());
    JsonNode m = root.path("matches").get(0);
    assertEquals("DUBBEL_DE", m.path("rule").path("id").asText());
    assertTrue(m.path("rule").path("description").isTextual());
    assertTrue(m.path("rule").path("issueType").isTextual());
    assertTrue(m.path("rule").path("category").path("id").isTextual());
    assertTrue(m.path("rule").path("category").path("name").isTextual());
    assertEquals(16, m.path("offset").asInt());
    assertEquals(5, m.path("length").asInt());
    assertEquals("de", m.path("replacements").get(0).path("value").asText());
    assertTrue(m.path("message").isTextual() && m.path("shortMessage").isTextual());
    JsonNode context = m.path("context");
    String text = context.path("text").asText();
    assertEquals("de de", text.substring(context.path("offset").asInt(), context.path("offset").asInt() + context.path("length").asInt()));
    assertEquals("Gisteren zag ik de de man.", m.path("sentence").asText());
    // LanguageTool's serializer wrote it: its types, nlbrief's name.
    assertEquals("nlbrief", root.path("software").path("name").asText());
    assertTrue(root.path("software").path("apiVersion").isInt());
    assertTrue(root.path("warnings").path("incompleteResults").isBoolean());
    assertEquals("nl-BE", root.path("language").path("code").asText());
    assertTrue(root.path("language").path("detectedLanguage").path("code").isTextual());
    assertEquals(1, root.path("sentenceRanges").size());
    assertEquals(1, m.path("line").asInt());
    assertEquals(17, m.path("column").asInt());
    assertTrue(m.path("explanation").isTextual());
  }

  @Test
  void severalInputsMakeJsonLinesAndAnUnreadableOneIsReportedWhileTheOthersAreChecked() throws Exception {
    Path a = write("a.txt", WRONG);
    Path b = write("b.txt", "Dit is een goede zin.\n");
    Result r = run("check", "--format", "json", a.toString(), dir.resolve("missing.txt").toString(), b.toString());
    assertEquals(3, r.exitCode(), r.describe());
    List<String> lines = r.out().lines().toList();
    assertEquals(2, lines.size(), r.describe());
    assertEquals(a.toString(), JSON.readTree(lines.get(0)).path("file").asText());
    assertEquals(0, JSON.readTree(lines.get(1)).path("matches").size());
    assertTrue(r.err().contains("missing.txt: no such file"), r.describe());
  }

  @Test
  void exitZeroWhenCleanAndFourWhenRefused() throws Exception {
    assertEquals(0, run("check", write("ok.txt", "Dit is een goede zin.\n").toString()).exitCode());
    assertEquals(4, run("check", write("empty.txt", "").toString()).exitCode());
  }

  @Test
  void usageErrors() {
    assertEquals(2, run("check").exitCode());
    assertEquals(2, run("check", "--variant", "fr", "x.txt").exitCode());
    assertEquals(2, run("check", "--in-place", "x.txt").exitCode());
    // A missing word list is a file problem, not a usage error.
    assertEquals(3, run("check", "--words", dir.resolve("nowords.txt").toString(), "x.txt").exitCode());
  }

  @Test
  void stdinAndUserWordsFromOptionAndConfigFolder() throws Exception {
    byte[] text = "De zorgcoördinatrix en de klantbelevingsmanagerix kwamen.\n".getBytes(StandardCharsets.UTF_8);
    Result before = run(text, Map.of(), "check", "-");
    assertEquals(1, before.exitCode(), before.describe());
    Path config = Files.createDirectories(dir.resolve("config"));
    Files.writeString(config.resolve("words.txt"), "# mijn woorden\nzorgcoördinatrix\n");
    Path words = write("words.txt", "klantbelevingsmanagerix\n");
    Result after = run(text, Map.of(), "check", "--words", words.toString(), "-");
    assertEquals(0, after.exitCode(), after.describe());
  }

  @Test
  void aWordListWithABadByteIsAnInputErrorNamingFileAndLine() throws Exception {
    Path config = Files.createDirectories(dir.resolve("config"));
    Path words = config.resolve("words.txt");
    Files.write(words, new byte[] {'#', 'w', '\n', 'c', 'a', 'f', (byte) 0xE9, '\n'});
    Path file = write("a.txt", WRONG);

    Result r = run("check", file.toString());

    assertEquals(4, r.exitCode(), r.describe());
    assertEquals(List.of("nlbrief: " + words + ":2: has bytes that are invalid in its encoding (a word list is UTF-8)"),
        r.err().lines().toList());
  }

  @Test
  void disableRuleAndCategory() throws Exception {
    Path file = write("a.txt", WRONG);
    assertEquals(0, run("check", "--disable", "DUBBEL_DE", file.toString()).exitCode());
    assertEquals(0, run("check", "--disable-category", "REPETITIONS", file.toString()).exitCode());
  }

  @Test
  void fixToStdoutAndInPlaceWithBackup() throws Exception {
    Path file = write("a.txt", WRONG);
    Result fixed = run("check", "--fix", file.toString());
    assertEquals("Gisteren zag ik de man.\n", fixed.out());
    Result inPlace = run("check", "--fix", "--in-place", file.toString());
    assertEquals(1, inPlace.exitCode(), inPlace.describe());
    assertEquals("Gisteren zag ik de man.\n", Files.readString(file));
    assertEquals(WRONG, Files.readString(dir.resolve("a.txt.orig")));
    assertTrue(inPlace.err().contains(file + ": 1 fix applied in place; the original is in a.txt.orig"), inPlace.describe());

    // A second run with something new to fix keeps the first original.
    Files.writeString(file, "Gisteren zag ik de de vrouw.\n");
    Result again = run("check", "--fix", "--in-place", file.toString());
    assertEquals("Gisteren zag ik de vrouw.\n", Files.readString(file), again.describe());
    assertEquals(WRONG, Files.readString(dir.resolve("a.txt.orig")), again.describe());
  }

  @Test
  void inPlaceRefusesOtherFormats() throws Exception {
    Path html = write("a.html", "<html><head><title>Test</title></head><body><p>Gisteren zag ik de de man.</p></body></html>");
    Result r = run("check", "--fix", "--in-place", html.toString());
    assertEquals(4, r.exitCode(), r.describe());
    assertTrue(r.err().contains("plain text only"), r.describe());
    assertTrue(Files.readString(html).contains("de de"));
  }
}
