package io.nlbrief.parser;

import java.util.List;

/**
 * A block of the article: a headline, a dateline, a source line, an intertitle or a body paragraph.
 * Only {@link Role#BODY} paragraphs (and a headline that is a full sentence) carry sentences.
 *
 * @param index position among the article's paragraphs, from 0
 * @param role what the block is
 * @param text the block's text as in {@link Article#text()} (for a heading, without its quote marks)
 * @param span where that text stands
 * @param sentences the sentences it holds
 */
public record Paragraph(int index, Role role, String text, Span span, List<Sentence> sentences) {
  public Paragraph {
    sentences = List.copyOf(sentences);
  }

  public enum Role {
    /** The article's title line. */
    HEADLINE,
    /** A date or time line such as {@code 27 maart 2018} or {@code 15u38}. */
    DATELINE,
    /** A line naming the source agency, such as {@code Bron: ANP}. */
    SOURCE,
    /** A short heading inside the body (an intertitle). */
    HEADING,
    /** Prose. */
    BODY
  }
}
