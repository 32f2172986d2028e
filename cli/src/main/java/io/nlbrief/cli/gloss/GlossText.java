package io.nlbrief.cli.gloss;

import io.nlbrief.cli.common.Names;
import io.nlbrief.cli.format.FormatContext;
import io.nlbrief.cli.format.NamedFormat;
import io.nlbrief.summarizer.gloss.GlossLine;
import io.nlbrief.summarizer.gloss.Interlinear;
import java.nio.charset.StandardCharsets;

/**
 * Text: each Dutch sentence, the English rendering (or the literal gloss) under it indented by two
 * spaces (or the interlinear columns), a blank line between sentences; in a batch {@code ==> FILE <==} first.
 */
public final class GlossText extends NamedFormat<GlossPage> {

  public GlossText() {
    super("text", "txt");
  }

  @Override
  public byte[] render(GlossPage page, FormatContext context, int position) {
    StringBuilder out = new StringBuilder();
    if (context.batch()) {
      out.append(position == 0 ? "" : "\n").append("==> ").append(Names.printable(page.file())).append(" <==\n");
    }
    boolean firstLine = true;
    for (GlossLine l : page.lines()) {
      if (!firstLine) {
        out.append('\n');
      }
      firstLine = false;
      switch (page.layout()) {
        case INTERLINEAR -> out.append(Interlinear.renderWithPositions(l, context.width()));
        case LITERAL -> out.append(oneLine(l.dutch())).append('\n').append("  ").append(l.literal()).append('\n');
        default -> out.append(oneLine(l.dutch())).append('\n').append("  ").append(l.english()).append('\n');
      }
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s*\\R\\s*", " ");
  }
}
