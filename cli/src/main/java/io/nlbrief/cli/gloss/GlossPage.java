package io.nlbrief.cli.gloss;

import io.nlbrief.summarizer.gloss.GlossLine;
import java.util.List;

/**
 * What {@code gloss} writes for one input.
 *
 * @param file the input's name ({@code --text} for text on the command line)
 * @param lines every sentence glossed, in order
 * @param interlinear whether text shows each Dutch word above its English (JSON has both anyway)
 */
public record GlossPage(String file, List<GlossLine> lines, boolean interlinear) {
  public GlossPage {
    lines = List.copyOf(lines);
  }
}
