package io.nlbrief.cli.brief;

import com.samskivert.mustache.Template;
import java.nio.charset.StandardCharsets;

/** The sheet as Markdown (CommonMark with GitHub tables): Dutch, then its gloss as a quote line. */
public final class MarkdownSheet implements SheetFormat {
  private final Template template = Templates.markdown("sheet.md.mustache");

  @Override
  public byte[] render(Sheet sheet) {
    return template.execute(new SheetView(sheet)).getBytes(StandardCharsets.UTF_8);
  }
}
