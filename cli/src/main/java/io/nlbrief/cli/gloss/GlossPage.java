package io.nlbrief.cli.gloss;

import io.nlbrief.summarizer.gloss.GlossLine;
import java.util.List;

/**
 * What {@code gloss} writes for one input.
 *
 * @param file the input's name ({@code --text} for text on the command line)
 * @param lines every sentence glossed, in order
 * @param layout how text shows each sentence (JSON has everything anyway)
 */
public record GlossPage(String file, List<GlossLine> lines, Layout layout) {
  public GlossPage {
    lines = List.copyOf(lines);
  }
}
