package io.nlbrief.parser.internal;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nlbrief.parser.ParseException;
import io.nlbrief.parser.ParseException.Reason;
import io.nlbrief.parser.ParseOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** Text and metadata from every input format, and the refusals for inputs that hold no article. */
class TextExtractorTest {
  private static final String FIRST = "De NAVO stuurt zeven Russische diplomaten weg.";
  private static final String SECOND = "Ook Oekraïne, Georgië en België reageerden.";
  private static final String THIRD = "Het bondgenootschap kiest voor afschrikking én dialoog.";
  private static final String TITLE = "NAVO stuurt zeven Russische diplomaten weg";

  /** Shared so that Tika loads once for the whole class; the extractor is thread-safe. */
  private static final TextExtractor EXTRACTOR = new TextExtractor(ParseOptions.defaults());

  // ------------------------------------------------------------------ plain text

  @Test
  void utf8IsDecodedWithoutLoadingTika() throws ParseException {
    TextExtractor fresh = new TextExtractor(ParseOptions.defaults());
    String text = FIRST + " " + SECOND + "\n\n" + THIRD + "\n";

    ExtractedText extracted = fresh.extract(text.getBytes(UTF_8), "navo.txt");

    assertEquals(text, extracted.text());
    assertEquals("text/plain", extracted.contentType());
    assertEquals("UTF-8", extracted.charset());
    assertNull(extracted.title());
    assertFalse(fresh.tikaLoaded(), "plain text must not load Tika");
  }

  @Test
  void utf8ByteOrderMarkIsRemovedSoOffsetsStartAtTheFirstLetter() throws ParseException {
    byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, (FIRST + "\r\n" + SECOND).getBytes(UTF_8));

    ExtractedText extracted = EXTRACTOR.extract(bytes, "bom.txt");

    assertEquals(FIRST + "\r\n" + SECOND, extracted.text(), "BOM gone, CRLF kept");
    assertEquals(0, extracted.text().indexOf("De NAVO"));
    assertEquals("UTF-8", extracted.charset());
  }

  @Test
  void windows1252QuotesAndAccentsAreDecoded() throws ParseException {
    String text = "Stoltenberg: „Wij kiezen voor afschrikking én dialoog.” België reageerde.";
    byte[] bytes = text.getBytes(Charset.forName("windows-1252"));
    assertEquals(0x84, bytes[13] & 0xFF, "the fixture must hold the C1 byte for „");

    assertEquals(text, EXTRACTOR.extract(bytes, "cp1252.txt").text());
  }

  @Test
  void latin1AccentsAreDecoded() throws ParseException {
    String text = "Oekraïne, Georgië en België reageerden op het geïnspireerde besluit: afschrikking én dialoog.";

    assertEquals(text, EXTRACTOR.extract(text.getBytes(ISO_8859_1), "latin1.txt").text());
  }

  @Test
  void utf16WithByteOrderMarkIsDecodedWithoutTheMark() throws ParseException {
    byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, (FIRST + "\n" + SECOND).getBytes(UTF_16LE));

    ExtractedText extracted = EXTRACTOR.extract(bytes, "utf16.txt");

    assertEquals(FIRST + "\n" + SECOND, extracted.text());
    assertEquals("UTF-16LE", extracted.charset());
  }

  @Test
  void utf16WithoutByteOrderMarkIsRecognisedByItsZeroBytes() throws ParseException {
    byte[] bytes = (FIRST + " " + SECOND).getBytes(UTF_16LE);

    assertEquals(FIRST + " " + SECOND, EXTRACTOR.extract(bytes, "utf16.txt").text());
  }

  @Test
  void declaredEncodingIsUsed() throws ParseException {
    TextExtractor latin = new TextExtractor(ParseOptions.defaults().withEncoding(Charset.forName("windows-1252")));
    // These bytes are also valid UTF-8 ("Ã«"), so only the declaration gives "ë".
    byte[] bytes = "BelgiÃ«".getBytes(Charset.forName("windows-1252"));

    assertEquals("BelgiÃ«", latin.extract(bytes, "declared.txt").text());
  }

  @Test
  void invalidBytesInDeclaredUtf8AreRefusedWithTheirOffset() {
    TextExtractor utf8 = new TextExtractor(ParseOptions.defaults().withEncoding(UTF_8));
    byte[] bytes = (FIRST + " Belgi\u00eb").getBytes(ISO_8859_1);

    ParseException e = assertThrows(ParseException.class, () -> utf8.extract(bytes, "kapot.txt"));

    assertRefused(e, Reason.BAD_ENCODING, "kapot.txt");
    assertTrue(e.getMessage().contains("invalid UTF-8 at byte " + (FIRST.length() + 6)), e.getMessage());
  }

  @Test
  void invalidUtf8AfterAByteOrderMarkIsRefused() {
    byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "Belgi\u00eb".getBytes(ISO_8859_1));

    ParseException e = assertThrows(ParseException.class, () -> EXTRACTOR.extract(bytes, "bom-kapot.txt"));

    assertRefused(e, Reason.BAD_ENCODING, "bom-kapot.txt");
    assertTrue(e.getMessage().contains("invalid UTF-8 at byte 8"), e.getMessage());
  }

  @Test
  void textThatMerelyMentionsTagsStaysPlainText() throws ParseException {
    String text = "De tag <html> staat niet aan het begin. " + FIRST;
    TextExtractor fresh = new TextExtractor(ParseOptions.defaults());

    assertEquals(text, fresh.extract(text.getBytes(UTF_8), "tags.txt").text());
    assertFalse(fresh.tikaLoaded());
  }

  // ------------------------------------------------------------------ HTML

  @Test
  void htmlArticleKeepsTheArticleAndDropsThePageAroundIt() throws Exception {
    ExtractedText extracted = EXTRACTOR.extract(resource("article.html"), "article.html");
    String text = extracted.text();

    assertEquals(
        String.join("\n\n",
            "De NAVO stuurt zeven Russische diplomaten weg. Ook Oekraïne, Georgië en België reageerden.",
            "Het bondgenootschap kiest voor afschrikking én dialoog.\nVolgens Stoltenberg is dat geen tegenstelling.",
            "Het besluit is geïnspireerd door de aanslag in Salisbury."),
        text.substring(text.indexOf("De NAVO")));
    for (String furniture : List.of("voorpagina", "Binnenland", "Trackingcode", "Advertentie", "Lees ook", "Zoek op",
        "JavaScript", "rechten voorbehouden", "font-family")) {
      assertFalse(text.contains(furniture), furniture + " should be gone: " + text);
    }
    assertEquals("text/html", extracted.contentType());
    assertEquals("UTF-8", extracted.charset());
    assertEquals(TITLE, extracted.title(), "og:title wins over <title>");
    assertEquals("2018-03-27T15:38:00+02:00", extracted.published());
    assertEquals("Nieuwsblad", extracted.source());
    assertEquals("Anne Jansen", extracted.author());
    assertEquals("https://nieuwsblad.example/buitenland/navo-diplomaten", extracted.url());
  }

  @Test
  void htmlHeadingIsItsOwnBlockWithCollapsedWhitespace() throws Exception {
    String text = EXTRACTOR.extract(resource("article.html"), "article.html").text();

    assertTrue(text.startsWith(TITLE + "\n\nDe NAVO"), text);
  }

  @Test
  void htmlTitleFallsBackToTheTitleElementAndUrlToTheCanonicalLink() throws Exception {
    ExtractedText extracted = EXTRACTOR.extract(resource("title-only.html"), "title-only.html");

    assertEquals("Kabinet wil afschrikking én dialoog", extracted.title());
    assertEquals("https://krant.example/kabinet-dialoog", extracted.url());
    assertEquals("Het kabinet wil afschrikking én dialoog met Rusland.", extracted.text());
    assertNull(extracted.published());
    assertNull(extracted.source());
  }

  @Test
  void htmlDeclaredWindows1252IsDecodedAsDeclared() throws ParseException {
    String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
        + "<title>België</title></head><body><p>„Afschrikking én dialoog”, zei hij.</p></body></html>";

    ExtractedText extracted = EXTRACTOR.extract(html.getBytes(Charset.forName("windows-1252")), "latin.html");

    assertEquals("„Afschrikking én dialoog”, zei hij.", extracted.text());
    assertEquals("België", extracted.title());
    assertEquals("windows-1252", extracted.charset());
  }

  @Test
  void htmlDeclaringUtf8WithAnInvalidByteIsRefused() {
    byte[] start = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body><p>Belgi".getBytes(UTF_8);
    byte[] html = concat(start, new byte[] {(byte) 0xEB}, " reageerde.</p></body></html>".getBytes(UTF_8));

    ParseException e = assertThrows(ParseException.class, () -> EXTRACTOR.extract(html, "kapot.html"));

    assertRefused(e, Reason.BAD_ENCODING, "kapot.html");
    assertTrue(e.getMessage().contains("invalid UTF-8 at byte " + start.length), e.getMessage());
  }

  @Test
  void htmlInUtf16IsStillHtml() throws ParseException {
    String html = "<html><head><title>België</title></head><body><p>" + SECOND + "</p></body></html>";
    byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, html.getBytes(UTF_16LE));

    ExtractedText extracted = EXTRACTOR.extract(bytes, "utf16.html");

    assertEquals(SECOND, extracted.text());
    assertEquals("text/html", extracted.contentType());
    assertEquals("België", extracted.title());
  }

  @Test
  void htmlWithOnlyPageFurnitureHasNoText() {
    byte[] html = "<html><body><nav>Home</nav><footer>Colofon</footer></body></html>".getBytes(UTF_8);

    ParseException e = assertThrows(ParseException.class, () -> EXTRACTOR.extract(html, "leeg.html"));

    assertRefused(e, Reason.NO_TEXT, "leeg.html");
  }

  // ------------------------------------------------------------------ documents

  @Test
  void pdfTextAndTitle() throws Exception {
    ExtractedText extracted = EXTRACTOR.extract(pdf(null), "navo.pdf");

    assertEquals(FIRST + "\n" + SECOND + "\n\n" + THIRD, extracted.text());
    assertEquals("application/pdf", extracted.contentType());
    assertEquals(TITLE, extracted.title());
    assertNull(extracted.charset());
    assertNull(extracted.published(), "a PDF's creation date is not a publication date");
  }

  @Test
  void docxTextAndCoreTitle() throws Exception {
    ExtractedText extracted = EXTRACTOR.extract(docx(), "navo.docx");

    assertEquals("Russische diplomaten\n\n" + FIRST + " " + SECOND + "\n\n" + THIRD, extracted.text());
    assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", extracted.contentType());
    assertEquals(TITLE, extracted.title());
    assertEquals("Anne Jansen", extracted.author());
    assertNull(extracted.published(), "a document's creation date is not a publication date");
  }

  @Test
  void odtTextAndTitle() throws Exception {
    ExtractedText extracted = EXTRACTOR.extract(odt(), "navo.odt");

    assertEquals("Russische diplomaten\n\n" + FIRST + " " + SECOND + "\n\n" + THIRD, extracted.text());
    assertEquals("application/vnd.oasis.opendocument.text", extracted.contentType());
    assertEquals(TITLE, extracted.title());
    assertNull(extracted.published());
  }

  @Test
  void rtfEscapedAccentsAreDecoded() throws ParseException {
    String rtf = "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Helvetica;}}{\\info{\\title " + TITLE + "}}\\f0 "
        + "De NAVO stuurt zeven Russische diplomaten weg. Ook Oekra\\'efne, Georgi\\'eb en Belgi\\'eb reageerden.\\par\n"
        + "Het bondgenootschap kiest voor afschrikking \\'e9n dialoog.\\par}";

    ExtractedText extracted = EXTRACTOR.extract(rtf.getBytes(ISO_8859_1), "navo.rtf");

    assertEquals(FIRST + " " + SECOND + "\n\n" + THIRD, extracted.text());
    assertEquals("application/rtf", extracted.contentType());
    assertEquals(TITLE, extracted.title());
  }

  @Test
  void emailSubjectDateSenderAndBody() throws Exception {
    ExtractedText extracted = EXTRACTOR.extract(resource("article.eml"), "article.eml");

    assertEquals(FIRST + " " + SECOND + "\n\n" + THIRD, extracted.text());
    assertEquals("message/rfc822", extracted.contentType());
    assertEquals("NAVO stuurt diplomaten weg na aanslag in Salisbury", extracted.title());
    assertEquals("2018-03-27T15:38:00+02:00", extracted.published(), "the sender's local time, not UTC");
    assertEquals("Anne Jansen <anne@nieuwsblad.example>", extracted.author());
    assertEquals("UTF-8", extracted.charset());
  }

  @Test
  void extractionIsSafeFromManyThreads() throws Exception {
    byte[] html = resource("article.html");
    byte[] pdf = pdf(null);
    String expectedHtml = EXTRACTOR.extract(html, "a.html").text();
    String expectedPdf = EXTRACTOR.extract(pdf, "a.pdf").text();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        boolean even = i % 2 == 0;
        results.add(pool.submit(() -> even
            ? EXTRACTOR.extract(html, "a.html").text().equals(expectedHtml)
            : EXTRACTOR.extract(pdf, "a.pdf").text().equals(expectedPdf)));
      }
      for (Future<Boolean> result : results) {
        assertTrue(result.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  // ------------------------------------------------------------------ refusals

  @Test
  void emptyInput() {
    assertRefused(assertThrows(ParseException.class, () -> EXTRACTOR.extract(new byte[0], "leeg.txt")),
        Reason.EMPTY, "leeg.txt");
  }

  @Test
  void whitespaceOnlyText() {
    ParseException e = assertThrows(ParseException.class,
        () -> EXTRACTOR.extract(" \n\t\r\n\u00a0 ".getBytes(UTF_8), "wit.txt"));

    assertRefused(e, Reason.NO_TEXT, "wit.txt");
    assertTrue(e.getMessage().contains("only whitespace"), e.getMessage());
  }

  @Test
  void inputAboveTheLimitIsTooLarge() {
    TextExtractor small = new TextExtractor(ParseOptions.defaults().withMaxBytes(10));

    assertRefused(assertThrows(ParseException.class, () -> small.extract(FIRST.getBytes(UTF_8), "groot.txt")),
        Reason.TOO_LARGE, "groot.txt");
  }

  @Test
  void randomBytesWithNulsAreBinary() {
    byte[] bytes = new byte[4096];
    new Random(42).nextBytes(bytes);
    bytes[0] = 0x01;
    bytes[10] = 0;

    ParseException e = assertThrows(ParseException.class, () -> EXTRACTOR.extract(bytes, "ruis.bin"));

    assertRefused(e, Reason.UNSUPPORTED, "ruis.bin");
    assertTrue(e.getMessage().contains("binary data"), e.getMessage());
  }

  @Test
  void pngIsRefusedByItsMagicWithoutLoadingTika() {
    TextExtractor fresh = new TextExtractor(ParseOptions.defaults());
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 0, 1};

    ParseException e = assertThrows(ParseException.class, () -> fresh.extract(png, "foto.png"));

    assertRefused(e, Reason.UNSUPPORTED, "foto.png");
    assertTrue(e.getMessage().contains("image/png"), e.getMessage());
    assertFalse(fresh.tikaLoaded());
  }

  @Test
  void zipArchiveIsRefusedByType() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("navo.txt"));
      zip.write(FIRST.getBytes(UTF_8));
      zip.closeEntry();
    }

    ParseException e = assertThrows(ParseException.class, () -> EXTRACTOR.extract(bytes.toByteArray(), "archief.zip"));

    assertRefused(e, Reason.UNSUPPORTED, "archief.zip");
    assertTrue(e.getMessage().contains("application/zip"), e.getMessage());
  }

  @Test
  void encryptedPdf() throws IOException {
    ParseException e = assertThrows(ParseException.class, () -> EXTRACTOR.extract(pdf("geheim"), "geheim.pdf"));

    assertRefused(e, Reason.ENCRYPTED, "geheim.pdf");
  }

  @Test
  void passwordProtectedDocxIsEncrypted() throws Exception {
    POIFSFileSystem container = new POIFSFileSystem();
    Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
    encryptor.confirmPassword("geheim");
    try (OPCPackage docx = OPCPackage.open(new ByteArrayInputStream(docx()));
        OutputStream encrypted = encryptor.getDataStream(container)) {
      docx.save(encrypted);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    container.writeFilesystem(bytes);
    container.close();

    ParseException e = assertThrows(ParseException.class, () -> EXTRACTOR.extract(bytes.toByteArray(), "geheim.docx"));

    assertRefused(e, Reason.ENCRYPTED, "geheim.docx");
  }

  @Test
  void truncatedPdfIsCorrupt() throws IOException {
    byte[] whole = pdf(null);
    byte[] truncated = Arrays.copyOf(whole, 300);

    ParseException e = assertThrows(ParseException.class, () -> EXTRACTOR.extract(truncated, "half.pdf"));

    assertRefused(e, Reason.CORRUPT, "half.pdf");
    assertFalse(e.getMessage().contains("\n"), "detail on one line: " + e.getMessage());
  }

  @Test
  void docxCutInHalfIsCorrupt() throws IOException {
    byte[] whole = docx();
    byte[] half = Arrays.copyOf(whole, whole.length / 2);

    ParseException e = assertThrows(ParseException.class, () -> EXTRACTOR.extract(half, "half.docx"));

    assertRefused(e, Reason.CORRUPT, "half.docx");
    assertFalse(e.getMessage().contains("\n"), "detail on one line: " + e.getMessage());
  }

  // ------------------------------------------------------------------ fixtures

  private static void assertRefused(ParseException e, Reason reason, String name) {
    assertEquals(reason, e.reason(), e.getMessage());
    assertEquals(name, e.file());
    assertTrue(e.getMessage().startsWith(name + ": "), e.getMessage());
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = TextExtractorTest.class.getResourceAsStream("/formats/" + name)) {
      if (in == null) {
        throw new IOException("missing test resource formats/" + name);
      }
      return in.readAllBytes();
    }
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  /** Two paragraphs (the second after an empty line), Helvetica in WinAnsi, which has ë é ï. */
  private static byte[] pdf(String userPassword) throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage();
      document.addPage(page);
      document.getDocumentInformation().setTitle(TITLE);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.setLeading(14);
        content.newLineAtOffset(72, 700);
        for (String line : new String[] {FIRST, SECOND, "", "", THIRD}) {
          content.showText(line);
          content.newLine();
        }
        content.endText();
      }
      if (userPassword != null) {
        StandardProtectionPolicy policy = new StandardProtectionPolicy("eigenaar", userPassword, new AccessPermission());
        policy.setEncryptionKeyLength(128);
        document.protect(policy);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }

  private static byte[] docx() throws IOException {
    try (XWPFDocument document = new XWPFDocument()) {
      document.getProperties().getCoreProperties().setTitle(TITLE);
      document.getProperties().getCoreProperties().setCreator("Anne Jansen");
      document.createParagraph().createRun().setText("Russische diplomaten");
      document.createParagraph().createRun().setText(FIRST + " " + SECOND);
      document.createParagraph().createRun().setText(THIRD);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.write(out);
      return out.toByteArray();
    }
  }

  /** A minimal OpenDocument text: the mimetype entry first and stored, as the format requires. */
  private static byte[] odt() throws IOException {
    String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
        + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
        + "<office:body><office:text>"
        + "<text:h text:outline-level=\"2\">Russische diplomaten</text:h>"
        + "<text:p>" + FIRST + " " + SECOND + "</text:p>"
        + "<text:p>" + THIRD + "</text:p>"
        + "</office:text></office:body></office:document-content>";
    String meta = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<office:document-meta xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
        + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
        + " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" office:version=\"1.2\">"
        + "<office:meta><dc:title>" + TITLE + "</dc:title>"
        + "<meta:creation-date>2018-03-20T10:00:00</meta:creation-date></office:meta></office:document-meta>";
    String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
        + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
        + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
        + "<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>"
        + "</manifest:manifest>";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(UTF_8);
      ZipEntry stored = new ZipEntry("mimetype");
      stored.setMethod(ZipEntry.STORED);
      stored.setSize(mimetype.length);
      CRC32 crc = new CRC32();
      crc.update(mimetype);
      stored.setCrc(crc.getValue());
      zip.putNextEntry(stored);
      zip.write(mimetype);
      zip.closeEntry();
      addEntry(zip, "content.xml", content);
      addEntry(zip, "meta.xml", meta);
      addEntry(zip, "META-INF/manifest.xml", manifest);
    }
    return bytes.toByteArray();
  }

  private static void addEntry(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(UTF_8));
    zip.closeEntry();
  }
}
