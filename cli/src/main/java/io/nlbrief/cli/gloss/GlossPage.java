package io.nlbrief.cli.gloss;

import io.nlbrief.summarizer.gloss.EnglishVariant;
import io.nlbrief.summarizer.gloss.GlossLine;
import java.util.List;
import java.util.Objects;

/**
 * What {@code gloss} writes for one input.
 *
 * @param file the input's name ({@code --text} for text on the command line)
 * @param lines every sentence glossed, in order
 * @param layout how text shows each sentence (JSON has everything anyway)
 * @param english the English the lines are rendered in, which JSON names: most sentences read the
 *     same in both, so the lines alone do not tell
 */
public record GlossPage(String file, List<GlossLine> lines, Layout layout, EnglishVariant english) {
  public GlossPage {
    lines = List.copyOf(lines);
    Objects.requireNonNull(english);
  }
}
