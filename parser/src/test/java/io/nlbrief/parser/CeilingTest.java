package io.nlbrief.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nlbrief.parser.ParseException.Reason;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every input has a ceiling: bytes read from devices and pipes, text extracted from containers,
 * element nesting. The time-outs are not speed targets: they only keep a regression (reading
 * /dev/zero to its end) from hanging the build, and are far above what the refusals take.
 */
class CeilingTest {
  private static final long ONE_MB = 1_000_000;
  private final ArticleParser parser = ArticleParser.create(ParseOptions.defaults().withTag(false).withMaxBytes(ONE_MB));

  @TempDir Path dir;

  @Test
  void aDeviceIsReadOnlyUpToTheLimit() {
    Path zero = Path.of("/dev/zero");
    Assumptions.assumeTrue(Files.exists(zero), "no /dev/zero here");
    ParseException e = assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> assertThrows(ParseException.class, () -> parser.parse(zero, "/dev/zero")));
    assertEquals(Reason.TOO_LARGE, e.reason());
    assertEquals("/dev/zero: is too large (more than the limit 1,000,000 bytes; raise it with --max-size)", e.getMessage());
  }

  @Test
  void aPipeThatNeverEndsIsReadOnlyUpToTheLimit() throws Exception {
    Path fifo = dir.resolve("endless");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    Assumptions.assumeTrue(mkfifo.waitFor() == 0, "no mkfifo here");
    Thread writer = new Thread(() -> {
      byte[] line = "De NAVO stuurt zeven Russische diplomaten weg.\n".getBytes(StandardCharsets.UTF_8);
      try (OutputStream out = Files.newOutputStream(fifo)) {
        while (!Thread.currentThread().isInterrupted()) {
          out.write(line);
        }
      } catch (IOException e) {
        // The reader closed its end: done.
      }
    });
    writer.setDaemon(true);
    writer.start();
    try {
      ParseException e = assertTimeoutPreemptively(Duration.ofSeconds(60),
          () -> assertThrows(ParseException.class, () -> parser.parse(fifo, "endless")));
      assertEquals(Reason.TOO_LARGE, e.reason());
    } finally {
      writer.interrupt();
    }
  }

  @Test
  void aPipeWithinTheLimitIsParsed() throws Exception {
    Path fifo = dir.resolve("short");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    Assumptions.assumeTrue(mkfifo.waitFor() == 0, "no mkfifo here");
    Thread writer = new Thread(() -> {
      try {
        Files.writeString(fifo, "Kabinet valt\n\nHet kabinet is gisteren gevallen. De premier biedt zijn ontslag aan.\n");
      } catch (IOException e) {
        throw new RuntimeException(e);
      }
    });
    writer.start();
    Article article = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> parser.parse(fifo, "short"));
    writer.join();
    assertEquals(2, article.sentences().size());
  }

  @Test
  void htmlNestedAThousandLevelsIsRead() throws Exception {
    Article article = parser.parse(nestedHtml(1_000), "deep.html");
    assertTrue(article.text().contains("De NAVO stuurt zeven Russische diplomaten weg."), article.text());
  }

  @Test
  void aPageAHundredAndTenDeepWithUnclosedParagraphsIsRead() throws Exception {
    // Layout tables as real pages have them: a table, a row and a cell per level (row and cell
    // without their end tags, as HTML allows), 110 tables deep.
    String page = "<html><body>" + "<table><tr><td>".repeat(110) + "<p>De NAVO stuurt zeven Russische diplomaten weg."
        + "<p>Rusland reageert boos." + "</table>".repeat(110) + "</body></html>";
    Article article = parser.parse(page.getBytes(StandardCharsets.UTF_8), "tables.html");
    assertTrue(article.text().contains("Rusland reageert boos."), article.text());
  }

  @Test
  void htmlNestedDeeperThanTheLimitIsRefusedAsTooDeep() {
    ArticleParser roomy = ArticleParser.create(ParseOptions.defaults().withTag(false)); // 100,000 levels are 1.1 MB
    for (int depth : new int[] {2_500, 100_000}) {
      ParseException e = assertThrows(ParseException.class, () -> roomy.parse(nestedHtml(depth), "deep.html"));
      assertEquals(ParseException.Reason.TOO_DEEP, e.reason(), e.getMessage());
      assertTrue(e.getMessage().contains("deep.html") && e.getMessage().contains("too deeply nested"), e.getMessage());
    }
  }

  private static byte[] nestedHtml(int depth) {
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><title>Diep</title></head><body>");
    html.append("<div>".repeat(depth));
    html.append("<p>De NAVO stuurt zeven Russische diplomaten weg. Rusland reageert boos.</p>");
    html.append("</div>".repeat(depth));
    return html.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A DOCX of a few hundred kilobytes whose document.xml inflates to about 40 MB of text (forty times the limit): refused
   * at the text limit (or by the zip-bomb guards), long before it is all inflated. Made here, not
   * committed.
   */
  @Test
  void aZipBombDocxIsRefused() throws Exception {
    Path docx = dir.resolve("bomb.docx");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(docx))) {
      entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/word/document.xml\" "
          + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
          + "</Types>");
      entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
          + "officeDocument\" Target=\"word/document.xml\"/></Relationships>");
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>")
          .getBytes(StandardCharsets.UTF_8));
      byte[] paragraph = ("<w:p><w:r><w:t>" + "De NAVO stuurt zeven Russische diplomaten weg. ".repeat(20)
          + "</w:t></w:r></w:p>").getBytes(StandardCharsets.UTF_8);
      for (long written = 0; written < 40_000_000L; written += paragraph.length) {
        zip.write(paragraph);
      }
      zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    assertTrue(Files.size(docx) < ONE_MB, "the bomb itself is within --max-size: " + Files.size(docx));

    ParseException e = assertTimeoutPreemptively(Duration.ofSeconds(120),
        () -> assertThrows(ParseException.class, () -> parser.parse(docx, "bomb.docx")));

    assertEquals(Reason.TOO_LARGE, e.reason(), e.getMessage());
    assertTrue(e.getMessage().startsWith("bomb.docx: is too large ("), e.getMessage());
  }

  /**
   * A DOCX whose text is read as it inflates, not after: its {@code document.xml} has five times
   * the text limit and then stops short of its end tags. Read into a document model first (POI's
   * XWPFDocument, what Tika does by default) it is corrupt, and a bomb of gigabytes ran out of
   * memory before a character came out; streamed, the text limit is reached long before the damage.
   */
  @Test
  void aDocxIsStreamedSoTheTextLimitStopsItBeforeTheEnd() throws Exception {
    Path docx = dir.resolve("truncated-bomb.docx");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(docx))) {
      contentTypesAndRels(zip);
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>")
          .getBytes(StandardCharsets.UTF_8));
      byte[] paragraph = ("<w:p><w:r><w:t>" + "De NAVO stuurt zeven Russische diplomaten weg. ".repeat(20)
          + "</w:t></w:r></w:p>").getBytes(StandardCharsets.UTF_8);
      for (long written = 0; written < 5 * ONE_MB; written += paragraph.length) {
        zip.write(paragraph);
      }
      zip.write("<w:p><w:r><w:t>en hier houdt het op".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }

    ParseException e = assertThrows(ParseException.class, () -> parser.parse(docx, "truncated-bomb.docx"));

    assertEquals(Reason.TOO_LARGE, e.reason(), e.getMessage());
    assertTrue(e.getMessage().startsWith("truncated-bomb.docx: is too large (more than 1,000,000 characters"), e.getMessage());
  }

  private static void contentTypesAndRels(ZipOutputStream zip) throws IOException {
    entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/word/document.xml\" "
        + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        + "</Types>");
    entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        + "officeDocument\" Target=\"word/document.xml\"/></Relationships>");
  }

  private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
