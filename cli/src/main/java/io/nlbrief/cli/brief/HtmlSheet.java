package io.nlbrief.cli.brief;

import com.samskivert.mustache.Template;
import io.nlbrief.cli.format.FormatContext;
import io.nlbrief.cli.format.NamedFormat;
import java.nio.charset.StandardCharsets;

/**
 * A self-contained XHTML page: inline CSS, no scripts, no outside resources, Dutch and English in
 * two table columns (tables, not flex or grid, so the PDF renderer lays it out the same), sized to
 * print on one A4 page for a news article. Well-formed XML, which the PDF renderer needs.
 */
public final class HtmlSheet extends NamedFormat<Sheet> {
  private final Template template = Templates.html("sheet.html.mustache");

  public String html(Sheet sheet) {
    return template.execute(new SheetView(sheet));
  }

  public HtmlSheet() {
    super("html", "html", true);
  }

  @Override
  public byte[] render(Sheet sheet, FormatContext context, int position) {
    return html(sheet).getBytes(StandardCharsets.UTF_8);
  }
}
