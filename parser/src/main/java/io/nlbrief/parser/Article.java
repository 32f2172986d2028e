package io.nlbrief.parser;

import java.util.List;

/**
 * A parsed article: its decoded text and everything found in it. Immutable and safe to share
 * between threads.
 *
 * @param file the name the input was given by (a path as the user typed it, or {@code -})
 * @param text the decoded text every {@link Span} points into: for plain text the file's
 *     characters without a byte-order mark, for other formats the text Apache Tika extracted
 * @param metadata headline, dates, source and format
 * @param paragraphs every block in text order
 * @param quotes the quotations in text order
 * @param language which language the text looks like
 * @param warnings things the reader should know, such as a text that does not look Dutch
 */
public record Article(
    String file,
    String text,
    Metadata metadata,
    List<Paragraph> paragraphs,
    List<Quote> quotes,
    LanguageGuess language,
    List<String> warnings) {

  public Article {
    paragraphs = List.copyOf(paragraphs);
    quotes = List.copyOf(quotes);
    warnings = List.copyOf(warnings);
  }

  /** All sentences in text order. */
  public List<Sentence> sentences() {
    return paragraphs.stream().flatMap(p -> p.sentences().stream()).toList();
  }

  /** The intertitles. */
  public List<Paragraph> headings() {
    return paragraphs.stream().filter(p -> p.role() == Paragraph.Role.HEADING).toList();
  }

  /** Number of word tokens over all sentences (0 when parsed without tagging). */
  public long wordCount() {
    return paragraphs.stream().flatMap(p -> p.sentences().stream()).mapToLong(Sentence::wordCount).sum();
  }
}
