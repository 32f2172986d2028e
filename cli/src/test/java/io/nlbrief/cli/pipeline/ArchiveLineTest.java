package io.nlbrief.cli.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A JSON Lines archive's line → the page it stands for. */
class ArchiveLineTest {
  @Test
  void titleDateAndUrlBecomeThePagesMetadataAndTextLinesItsParagraphs() throws Exception {
    Document d = ArchiveLine.read("dag.jsonl", 7,
        "{\"id\": \"x-1\", \"title\": \"Raad <zegt> ja & nee\", \"date\": \"2024-05-02\", \"url\": \"https://example.org/a?b=1&c=\\\"2\\\"\","
            + " \"text\": \"Eerste alinea.\\n\\nTweede alinea.\\nDerde.\"}");
    assertEquals("dag.jsonl#x-1", d.name());
    String html = new String(d.bytes(), StandardCharsets.UTF_8);
    assertTrue(html.contains("<title>Raad &lt;zegt&gt; ja &amp; nee</title>"), html);
    assertTrue(html.contains("<meta property=\"article:published_time\" content=\"2024-05-02\">"), html);
    assertTrue(html.contains("content=\"https://example.org/a?b=1&amp;c=&quot;2&quot;\""), html);
    assertTrue(html.contains("<p>Eerste alinea.</p>\n<p>Tweede alinea.</p>\n<p>Derde.</p>"), html);
  }

  @Test
  void theSameLineGivesTheSameBytesAndLinesSortInLineOrder() throws Exception {
    String line = "{\"id\": 12, \"text\": \"Een korte tekst.\"}";
    assertEquals(new String(ArchiveLine.read("a.jsonl", 1, line).bytes(), StandardCharsets.UTF_8),
        new String(ArchiveLine.read("a.jsonl", 1, line).bytes(), StandardCharsets.UTF_8));
    assertEquals("a.jsonl#12", ArchiveLine.read("a.jsonl", 1, line).name());
    assertTrue(ArchiveLine.order("a.jsonl", 9).compareTo(ArchiveLine.order("a.jsonl", 10)) < 0);
  }

  @Test
  void linesThatAreNoArticleAreRefusedWithTheReason() {
    assertTrue(assertThrows(ArchiveLine.BadLine.class, () -> ArchiveLine.read("a", 1, "{\"id\": \"1\""))
        .getMessage().startsWith("not JSON"));
    assertEquals("not a JSON object", assertThrows(ArchiveLine.BadLine.class, () -> ArchiveLine.read("a", 1, "\"tekst\"")).getMessage());
    assertEquals("no \"id\"", assertThrows(ArchiveLine.BadLine.class, () -> ArchiveLine.read("a", 1, "{\"text\": \"t\"}")).getMessage());
    assertEquals("no \"text\"", assertThrows(ArchiveLine.BadLine.class, () -> ArchiveLine.read("a", 1, "{\"id\": \"1\", \"text\": {}}")).getMessage());
  }
}
