package io.nlbrief.cli.brief;

import io.nlbrief.cli.format.FormatContext;
import io.nlbrief.cli.format.NamedFormat;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Calendar;
import java.util.HexFormat;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * The HTML sheet rendered to PDF by openhtmltopdf (on PDFBox 3, the PDFBox Tika uses), with DejaVu
 * Sans embedded (subset), which has „ ” and ⟨ ⟩. Deterministic: the creation date is fixed and the
 * document id comes from the input's checksum, so the same input gives the same bytes.
 */
public final class PdfSheet extends NamedFormat<Sheet> {
  /** Creation date of every sheet: the day the format was fixed, not the day a sheet was made. */
  static final long CREATED_MILLIS = 1_767_225_600_000L; // 2026-01-01T00:00:00Z
  static final String FONT_FAMILY = "DejaVu Sans";

  private final HtmlSheet html = new HtmlSheet();
  private final byte[] regular = font("DejaVuSans.ttf");
  private final byte[] bold = font("DejaVuSans-Bold.ttf");
  private final byte[] oblique = font("DejaVuSans-Oblique.ttf");

  public PdfSheet() {
    super("pdf", "pdf", true);
  }

  @Override
  public byte[] render(Sheet sheet, FormatContext context, int position) throws IOException {
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    // Tagged (PDF/UA): a screen reader gets the headings, tables and each block's language.
    builder.usePdfUaAccessibility(true);
    builder.withHtmlContent(html.html(sheet), null);
    builder.useFont(() -> new ByteArrayInputStream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
    builder.useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
    builder.useFont(() -> new ByteArrayInputStream(oblique), FONT_FAMILY, 400, FontStyle.ITALIC, true);
    builder.useFont(() -> new ByteArrayInputStream(oblique), FONT_FAMILY, 400, FontStyle.OBLIQUE, true);
    builder.withProducer("nlbrief " + sheet.footer().version());
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
      renderer.layout();
      try (PDDocument document = renderer.createPDFKeepOpen()) {
        PDDocumentInformation info = document.getDocumentInformation();
        Calendar created = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        created.setTimeInMillis(CREATED_MILLIS);
        info.setCreationDate(created);
        info.setModificationDate(null);
        info.setTitle(sheet.headline().isEmpty() ? sheet.file() : sheet.headline().dutch());
        info.setSubject(sheet.headline().english());
        info.setCreator("nlbrief brief");
        COSString id = new COSString(documentId(sheet.sha256()));
        COSArray ids = new COSArray();
        ids.add(id);
        ids.add(id);
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
        // Without object streams: PDFBox 3 counts the objects of a compressed save one too many in the
        // trailer, which qpdf --check reports; the page is small, so the bytes saved are few.
        document.save(out, CompressParameters.NO_COMPRESSION);
      }
    }
    return out.toByteArray();
  }

  /** The first 16 bytes of the input's SHA-256: the same input, the same id; another input, another. */
  static byte[] documentId(String sha256) {
    if (sha256 == null || sha256.length() < 32) {
      return new byte[16];
    }
    return Arrays.copyOf(HexFormat.of().parseHex(sha256.substring(0, 32)), 16);
  }

  private static byte[] font(String name) {
    try (InputStream in = PdfSheet.class.getResourceAsStream("fonts/" + name)) {
      if (in == null) {
        throw new IllegalStateException("font " + name + " is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
