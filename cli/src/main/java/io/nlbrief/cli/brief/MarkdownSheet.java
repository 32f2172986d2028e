package io.nlbrief.cli.brief;

import com.samskivert.mustache.Template;
import io.nlbrief.cli.format.FormatContext;
import io.nlbrief.cli.format.NamedFormat;
import java.nio.charset.StandardCharsets;

/** The sheet as Markdown (CommonMark with GitHub tables): Dutch, then its gloss as a quote line. */
public final class MarkdownSheet extends NamedFormat<Sheet> {
  private final Template template = Templates.markdown("sheet.md.mustache");

  public MarkdownSheet() {
    super("md", "md");
  }

  /** In a batch on one stream, sheets are separated by a thematic break. */
  @Override
  public byte[] render(Sheet sheet, FormatContext context, int position) {
    String separator = context.batch() && position > 0 ? "\n---\n\n" : "";
    return (separator + template.execute(new SheetView(sheet))).getBytes(StandardCharsets.UTF_8);
  }
}
