package io.nlbrief.cli.gloss;

import io.nlbrief.cli.format.FormatContext;
import io.nlbrief.cli.format.NamedFormat;
import io.nlbrief.summarizer.gloss.GlossLine;
import io.nlbrief.summarizer.gloss.Interlinear;
import java.nio.charset.StandardCharsets;

/**
 * Text: each Dutch sentence, the English gloss under it indented by two spaces (or the
 * interlinear columns), a blank line between sentences; in a batch {@code ==> FILE <==} first.
 */
public final class GlossText extends NamedFormat<GlossPage> {

  public GlossText() {
    super("text", "txt");
  }

  @Override
  public byte[] render(GlossPage page, FormatContext context, int position) {
    StringBuilder out = new StringBuilder();
    if (context.batch()) {
      out.append(position == 0 ? "" : "\n").append("==> ").append(page.file()).append(" <==\n");
    }
    boolean firstLine = true;
    for (GlossLine l : page.lines()) {
      if (!firstLine) {
        out.append('\n');
      }
      firstLine = false;
      if (page.interlinear()) {
        out.append(Interlinear.render(l, context.width()));
      } else {
        out.append(oneLine(l.dutch())).append('\n').append("  ").append(l.english()).append('\n');
      }
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s*\\R\\s*", " ");
  }
}
