package io.nlbrief.cli.brief;

import io.nlbrief.cli.format.FormatContext;
import io.nlbrief.cli.format.Formats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class SheetFormatsTest {
  private final Sheet sheet = SampleSheet.sheet();

  @Test
  void textPutsEachGlossLineBeneathItsDutchLine() {
    String text = new String(new TextSheet(80, false).render(sheet), StandardCharsets.UTF_8);
    List<String> lines = text.lines().toList();

    int point = lines.indexOf("• " + SampleSheet.POINT);
    assertTrue(point > 0, text);
    assertEquals("  " + SampleSheet.POINT_EN, lines.get(point + 1));
    assertEquals(SampleSheet.HEADLINE, lines.get(0));
    assertEquals(SampleSheet.HEADLINE_EN, lines.get(1));
    assertEquals("By Anna de Vries · Source: ANP · 2018-03-27 15:38 · 1,234 words · 7 min read", lines.get(2));
    assertTrue(lines.contains("  Organisations  NAVO = NATO (4×)"), text);
    assertTrue(lines.contains("  People         Jens Stoltenberg (3×)"), text);
    assertTrue(text.contains("By Anna de Vries · Source: ANP · 2018-03-27 15:38"), text);
    assertTrue(lines.contains("https://example.org/nieuws/navo?id=1&lang=nl"), text);
    assertTrue(text.contains("— Lavrov, cited by de BBC"), text);
    assertTrue(lines.contains("  3 findings: Spelling 2, Grammatica 1"), text);
    assertTrue(lines.contains("  … and 2 more (nlbrief check news/navo & co.txt)"), text);
    assertFalse(text.contains("\u001b"), "no escape codes without colour");
    assertTrue(lines.stream().allMatch(l -> l.codePointCount(0, l.length()) <= 80 || !l.contains(" ")), text);
  }

  @Test
  void aTimeWithItsOffsetShowsTheOffsetInEveryFormat() throws Exception {
    Sheet dated = SampleSheet.published("2018-03-27T15:38+02:00");
    String text = new String(new TextSheet(100, false).render(dated), StandardCharsets.UTF_8);
    assertEquals("By Anna de Vries · Source: ANP · 2018-03-27 15:38 UTC+02:00 · 1,234 words · 7 min read",
        text.lines().toList().get(2));
    String html = new HtmlSheet().html(dated);
    assertTrue(html.contains("<time datetime=\"2018-03-27T15:38+02:00\">2018-03-27 15:38 UTC+02:00</time>"), html);
    JsonNode json = new ObjectMapper().readTree(new JsonSheet().render(dated, FormatContext.single(), 0));
    assertEquals("2018-03-27T15:38+02:00", json.get("date").asText());
    String md = new String(Formats.SHEET.get("md").render(dated, FormatContext.single(), 0), StandardCharsets.UTF_8);
    assertTrue(md.contains("2018-03-27 15:38 UTC+02:00 · "), md);
    // local time (a dateline's 15u38) is shown as it is; a negative offset is named too
    assertEquals("2018-03-27 15:38", SheetView.readable("2018-03-27T15:38"));
    assertEquals("2018-03-27 09:05 UTC-04:30", SheetView.readable("2018-03-27T09:05-04:30"));
    assertEquals("2018-03", SheetView.readable("2018-03"));
  }

  @Test
  void anUncertainLineIsMarkedAndTheMarkExplainedInEveryFormat() throws Exception {
    Sheet marked = SampleSheet.withUncertainPoint();
    String text = new String(new TextSheet(200, false).render(marked), StandardCharsets.UTF_8);
    List<String> lines = text.lines().toList();
    assertTrue(lines.contains("  ≈ The <script> of A & B | *not* ⟨vet?⟩."), text);
    assertTrue(lines.contains("  " + SampleSheet.POINT_EN), "a sure line is not marked: " + text);
    assertTrue(text.contains("≈ the engine was unsure of this English rendering"), text); // wrapped as any line
    assertFalse(new String(new TextSheet(200, false).render(sheet), StandardCharsets.UTF_8).contains("≈"),
        "no mark and no note when every line is sure");
    String md = new String(Formats.SHEET.get("md").render(marked, FormatContext.single(), 0), StandardCharsets.UTF_8);
    assertTrue(md.contains("  *≈ The"), md);
    assertTrue(md.contains(Sheet.UNCERTAIN_NOTE), md);
    String html = new HtmlSheet().html(marked);
    assertTrue(html.contains("<span class=\"uncertain\" title=\"The engine was unsure of this English rendering\">≈</span> The &lt;script&gt;"), html);
    assertTrue(html.contains("<p class=\"note\">" + Sheet.UNCERTAIN_NOTE + "</p>"), html);
    JsonNode json = new ObjectMapper().readTree(new JsonSheet().render(marked, FormatContext.single(), 0));
    assertTrue(json.get("keyPoints").get(1).get("uncertain").asBoolean());
    assertFalse(json.get("keyPoints").get(0).get("uncertain").asBoolean());
    assertFalse(json.get("headline").get("uncertain").asBoolean());
    try (PDDocument doc = Loader.loadPDF(new PdfSheet().render(marked, FormatContext.single(), 0))) {
      String pdfText = new PDFTextStripper().getText(doc);
      assertTrue(pdfText.contains("≈ The <script>"), pdfText);
      assertTrue(pdfText.contains("the engine was unsure of this English rendering"), pdfText);
    }
  }

  @Test
  void textColourOnlyWhenAsked() {
    String text = new String(new TextSheet(80, true).render(sheet), StandardCharsets.UTF_8);
    assertTrue(text.startsWith("\u001b[1m" + SampleSheet.HEADLINE + "\u001b[0m\n"), text);
  }

  @Test
  void textWrapsAtWordsWithinTheWidth() {
    // 10-column limit: "aaa bbb" is 7, adding " ccc" would make 11.
    assertEquals(List.of("aaa bbb", "ccc ddd", "eeeeeeeeeeeeee"), TextSheet.lines("aaa bbb ccc ddd eeeeeeeeeeeeee", 10, 10));
  }

  @Test
  void htmlIsWellFormedXmlWithEscapedTextInTwoColumns() throws Exception {
    String html = new HtmlSheet().html(sheet);
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));

    assertEquals(SampleSheet.HEADLINE, doc.getElementsByTagName("h1").item(0).getTextContent());
    assertTrue(html.contains("Het &lt;script&gt; van A &amp; B"), html);
    assertFalse(html.contains("<script"), "text never becomes markup");
    for (String outside : List.of("src=", "<link", "url(", "@import")) {
      assertFalse(html.contains(outside), "self-contained, yet has " + outside);
    }
    // The one link is to the source, which the reader follows; nothing is loaded from it.
    assertEquals(1, html.split("href=", -1).length - 1, html);
    assertEquals("https://example.org/nieuws/navo?id=1&lang=nl", ((org.w3c.dom.Element) doc.getElementsByTagName("a").item(0)).getAttribute("href"));
    assertTrue(html.contains("<meta name=\"viewport\""), html);
    assertEquals("en", doc.getDocumentElement().getAttribute("lang"), "the page's own words are English");
    assertEquals("nl", ((org.w3c.dom.Element) doc.getElementsByTagName("h1").item(0)).getAttribute("lang"));
    assertTrue(html.contains("<span lang=\"nl\">NAVO</span> = <span class=\"en\" lang=\"en\">NATO</span> (4×)"), html);
    assertTrue(html.contains("@media screen"), "readable on screen as well as on paper");
    assertTrue(html.contains("<td lang=\"nl\">" + SampleSheet.POINT + "</td><td class=\"en\" lang=\"en\">" + SampleSheet.POINT_EN + "</td>"), html);
    assertTrue(html.contains("@page { size: A4;"), html);
  }

  @Test
  void markdownEscapesWhatWouldBecomeMarkup() {
    String md = new String(new MarkdownSheet().render(sheet, FormatContext.single(), 0), StandardCharsets.UTF_8);

    assertTrue(md.startsWith("# " + SampleSheet.HEADLINE + "\n\n*" + SampleSheet.HEADLINE_EN + "*\n"), md);
    assertTrue(md.contains("- " + SampleSheet.POINT + "  \n  *" + SampleSheet.POINT_EN + "*\n"), md);
    assertTrue(md.contains("Het &lt;script&gt; van A & B \\| \\*niet\\* vet."), md);
    assertTrue(md.contains("| Organisations | NAVO = NATO (4×) |"), md);
    assertTrue(md.contains("By Anna de Vries · Source: ANP"), md);
    assertTrue(md.contains("<https://example.org/nieuws/navo?id=1&lang=nl>"), md);
  }

  @Test
  void jsonHasEverything() throws Exception {
    JsonNode json = new ObjectMapper().readTree(new JsonSheet().render(sheet, FormatContext.single(), 0));

    assertEquals(SampleSheet.HEADLINE_EN, json.at("/headline/english").asText());
    assertEquals(SampleSheet.POINT_EN, json.at("/keyPoints/0/english").asText());
    assertEquals("vet", json.at("/keyPoints/1/unknown/0").asText());
    assertEquals("NATO", json.at("/organisations/0/english").asText());
    assertEquals("Stoltenberg", json.at("/quotes/0/speaker").asText());
    assertTrue(json.at("/quotes/0/reportedBy").isNull());
    assertEquals("de BBC", json.at("/quotes/1/reportedBy").asText());
    assertEquals("Anna de Vries", json.at("/author").asText());
    assertEquals("https://example.org/nieuws/navo?id=1&lang=nl", json.at("/url").asText());
    assertEquals(3, json.at("/proofreading/total").asInt());
    assertEquals(2, json.at("/proofreading/categories/Spelling").asInt());
    // 55 of 310 words: 17.7 %, rounded down to 17.
    assertEquals(17, json.at("/footer/coveragePercent").asInt());
    assertEquals(SampleSheet.SHA, json.at("/sha256").asText());
    // The sample is British (not the default): the key names the sheet's variant, not a constant.
    assertEquals("british", json.at("/english").asText());
    assertEquals(1, json.at("/schemaVersion").asInt(), "an added key is not a new schema version");
    assertTrue(json.at("/warning").isNull());
  }

  @Test
  void pdfIsOneA4PageWithTheTextTheFontAndFixedMetadata() throws Exception {
    byte[] pdf = new PdfSheet().render(sheet, FormatContext.single(), 0);

    assertArrayEquals(pdf, new PdfSheet().render(sheet, FormatContext.single(), 0), "the same sheet gives the same bytes");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertEquals(1, doc.getNumberOfPages());
      PDRectangle a4 = doc.getPage(0).getMediaBox();
      // A4 is 210 × 297 mm = 595.3 × 841.9 pt (1 pt = 25.4/72 mm).
      assertEquals(595.3, a4.getWidth(), 0.5);
      assertEquals(841.9, a4.getHeight(), 0.5);
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains(SampleSheet.HEADLINE), text);
      assertTrue(text.contains(SampleSheet.POINT_EN), text);
      assertTrue(text.contains("„Een roekeloze schending van de normen”"), text);
      assertTrue(text.contains("⟨vet?⟩"), text);
      Calendar created = doc.getDocumentInformation().getCreationDate();
      assertEquals(PdfSheet.CREATED_MILLIS, created.getTimeInMillis());
      boolean dejaVu = false;
      for (var name : doc.getPage(0).getResources().getFontNames()) {
        PDFont font = doc.getPage(0).getResources().getFont(name);
        dejaVu |= font.getName().contains("DejaVuSans") && font.isEmbedded();
      }
      assertTrue(dejaVu, "DejaVu Sans embedded");
      // Tagged for screen readers (what pdfinfo reports as "Tagged: yes"), in the page's language.
      assertTrue(doc.getDocumentCatalog().getMarkInfo().isMarked());
      assertTrue(doc.getDocumentCatalog().getStructureTreeRoot() != null);
      assertEquals("en", doc.getDocumentCatalog().getLanguage());
      // The link to the source is a link annotation on the page.
      assertTrue(doc.getPage(0).getAnnotations().stream()
          .anyMatch(a -> a instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink), "source linked");
    }
  }

  @Test
  void pdfDocumentIdFollowsTheInput() throws Exception {
    byte[] id = PdfSheet.documentId(SampleSheet.SHA);
    // The first 16 bytes of the checksum: 83 10 5f a9 ...
    assertEquals((byte) 0x83, id[0]);
    assertEquals((byte) 0x10, id[1]);
    assertEquals(16, id.length);
  }

  @Test
  void theRegistryNamesEverySheetFormatOnceAndTakesMarkdownForMd() {
    assertEquals(List.of("text", "md", "html", "pdf", "json"), Formats.SHEET.names());
    assertEquals("md", Formats.SHEET.get("Markdown").name());
    assertTrue(Formats.SHEET.get("pdf").standalone() && Formats.SHEET.get("html").standalone());
    assertFalse(Formats.SHEET.get("json").standalone());
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Formats.SHEET.get("docx"));
    assertEquals("expected one of [text, md, html, pdf, json] but was 'docx'", e.getMessage());
  }

  @Test
  void onOneStreamSheetsAreSeparatedAndJsonIsOneLineEach() throws Exception {
    FormatContext stream = FormatContext.single().batch(true);
    String second = new String(Formats.SHEET.get("text").render(sheet, stream, 1), StandardCharsets.UTF_8);
    assertTrue(second.startsWith("\n" + "═".repeat(72) + "\n\n" + SampleSheet.HEADLINE), second);
    String first = new String(Formats.SHEET.get("md").render(sheet, stream, 0), StandardCharsets.UTF_8);
    assertTrue(first.startsWith("# "), first);
    assertTrue(new String(Formats.SHEET.get("md").render(sheet, stream, 1), StandardCharsets.UTF_8).startsWith("\n---\n\n# "));
    String json = new String(Formats.SHEET.get("json").render(sheet, stream, 3), StandardCharsets.UTF_8);
    assertEquals(1, json.lines().count(), json);
  }
}
