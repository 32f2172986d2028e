package io.nlbrief.checker.internal;

import io.nlbrief.parser.Article;
import io.nlbrief.parser.Paragraph;
import io.nlbrief.parser.Sentence;
import io.nlbrief.parser.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * A stretch of the article LanguageTool checks at once, and the prose paragraphs in it (whole,
 * though the first or last may go on beyond the stretch when one paragraph alone is too long).
 *
 * <p>Why slices: LanguageTool keeps every analysed sentence of the text it is given until it has
 * checked all of it, so one call on a million-word text holds gigabytes. The stretches cover the
 * text end to end and are cut only where a prose paragraph begins, or where a sentence begins inside
 * a paragraph longer than the limit: every sentence is checked with the paragraph around it, as in
 * one call on the whole text. An article shorter than the limit is one slice, the whole text.
 *
 * @param span where it stands in {@code Article.text()}; the slices of an article cover the text
 * @param paragraphs the spans of the prose paragraphs that overlap it, in text order
 */
record CheckSlice(Span span, List<Span> paragraphs) {
  /**
   * Slices of at least {@code limit} characters where the text allows, so at most {@code limit}
   * plus one paragraph (or, in a paragraph longer than the limit, plus one sentence).
   */
  static final int DEFAULT_LIMIT = 50_000;

  CheckSlice {
    paragraphs = List.copyOf(paragraphs);
  }

  /** The whole article as one slice. */
  static CheckSlice whole(Article article) {
    return new CheckSlice(new Span(0, article.text().length()),
        ArticleText.checkedParagraphs(article).stream().map(Paragraph::span).toList());
  }

  /** The article cut into slices of about {@code limit} characters (see {@link #DEFAULT_LIMIT}). */
  static List<CheckSlice> of(Article article, int limit) {
    int length = article.text().length();
    List<Paragraph> checked = ArticleText.checkedParagraphs(article);
    if (length <= limit) {
      return List.of(new CheckSlice(new Span(0, length), checked.stream().map(Paragraph::span).toList()));
    }
    List<CheckSlice> slices = new ArrayList<>();
    List<Span> current = new ArrayList<>();
    int start = 0;
    for (Paragraph paragraph : checked) {
      Span span = paragraph.span();
      if (span.start() - start >= limit && span.start() > start) {
        slices.add(new CheckSlice(new Span(start, span.start()), current));
        current = new ArrayList<>();
        start = span.start();
      }
      current.add(span);
      if (span.length() > limit) {
        // Too long alone: cut at its sentences, each part keeping the whole paragraph's span.
        for (Sentence sentence : paragraph.sentences()) {
          int at = sentence.span().start();
          if (at - start >= limit && at > start && at > span.start() && at < span.end()) {
            slices.add(new CheckSlice(new Span(start, at), current));
            current = new ArrayList<>(List.of(span));
            start = at;
          }
        }
      }
    }
    slices.add(new CheckSlice(new Span(start, length), current));
    return slices;
  }
}
