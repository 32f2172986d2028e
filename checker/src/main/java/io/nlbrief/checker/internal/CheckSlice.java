package io.nlbrief.checker.internal;

import io.nlbrief.parser.Article;
import io.nlbrief.parser.Paragraph;
import io.nlbrief.parser.Sentence;
import io.nlbrief.parser.Span;
import io.nlbrief.parser.Token;
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

  /**
   * A sentence longer than this is given to LanguageTool in pieces of about this many characters,
   * cut where a token begins: some of its rules take time quadratic in the length of a sentence
   * (its simple-replace rules try every run of tokens), so a degenerate "sentence" of thousands of
   * tokens ({@code a.a.a.…}) took minutes. No real sentence is this long; text and offsets stay whole.
   */
  static final int SENTENCE_LIMIT = 1_000;

  /**
   * In such a sentence, a piece also ends where a run of characters without whitespace has gone
   * on this long (cut where a token begins, or inside a longer token). Why: for every token,
   * LanguageTool's simple-replace rules glue together all the tokens that follow it without a
   * space between them, one string concatenation at a time, which is cubic in the tokens of such
   * a run: a 1,000-character piece of {@code a.a.a.…} or {@code 1,1,1,…} (a thousand tokens)
   * cost seconds, a 16 KB line over ten seconds of CPU. At 256 characters a piece costs a few
   * milliseconds, and no word, number or ordinary URL is that long. Text and offsets stay whole.
   */
  static final int RUN_LIMIT = 256;

  /** The article cut into slices of about {@code limit} characters (see {@link #DEFAULT_LIMIT}). */
  static List<CheckSlice> of(Article article, int limit) {
    String text = article.text();
    int length = text.length();
    List<Paragraph> checked = ArticleText.checkedParagraphs(article);
    boolean longSentence = article.sentences().stream().anyMatch(s -> s.span().length() > SENTENCE_LIMIT);
    if (length <= limit && !longSentence) {
      return List.of(new CheckSlice(new Span(0, length), checked.stream().map(Paragraph::span).toList()));
    }
    Slicer slicer = new Slicer();
    for (Paragraph paragraph : checked) {
      Span span = paragraph.span();
      if (span.start() - slicer.start >= limit && span.start() > slicer.start) {
        slicer.cut(span.start(), null);
      }
      slicer.current.add(span);
      if (span.length() <= Math.min(limit, SENTENCE_LIMIT)) {
        continue;
      }
      // Too long alone, or holding a very long sentence: cut at its sentences, each part keeping
      // the whole paragraph's span.
      for (Sentence sentence : paragraph.sentences()) {
        int at = sentence.span().start();
        boolean inside = at > span.start() && at < span.end();
        if (span.length() > limit && at - slicer.start >= limit && at > slicer.start && inside) {
          slicer.cut(at, span);
        }
        if (sentence.span().length() <= SENTENCE_LIMIT) {
          continue;
        }
        if (at > slicer.start) {
          slicer.cut(at, span);
        }
        int piece = at;
        int run = at; // where the current run of characters without whitespace began
        for (Token token : sentence.tokens()) {
          int t = token.span().start();
          if (t > 0 && Character.isWhitespace(text.charAt(t - 1))) {
            run = t;
          }
          boolean longPiece = t - piece >= SENTENCE_LIMIT;
          boolean longRun = t - Math.max(run, piece) >= RUN_LIMIT;
          if ((longPiece || longRun) && t > slicer.start) {
            slicer.cut(t, span);
            piece = t;
          }
          // A "token" this long is no word (1,1,1,… or a run of letters): cut inside it too,
          // never between the two halves of a surrogate pair.
          for (int in = Math.max(piece, t) + RUN_LIMIT; in < token.span().end(); in += RUN_LIMIT) {
            int cut = Character.isLowSurrogate(text.charAt(in)) ? in + 1 : in;
            if (cut > slicer.start && cut > t && cut < token.span().end()) {
              slicer.cut(cut, span);
              piece = cut;
            }
          }
        }
      }
    }
    slicer.cut(length, null);
    return slicer.slices;
  }

  /** The slices so far and the one being filled. */
  private static final class Slicer {
    final List<CheckSlice> slices = new ArrayList<>();
    List<Span> current = new ArrayList<>();
    int start;

    /** Ends the current slice at {@code at}; the next begins there, inside {@code paragraph} if not null. */
    void cut(int at, Span paragraph) {
      List<Span> ending = current;
      if (paragraph != null && at == paragraph.start() && !ending.isEmpty()) {
        ending = ending.subList(0, ending.size() - 1); // the paragraph begins the next slice
      }
      slices.add(new CheckSlice(new Span(start, at), ending));
      current = paragraph == null ? new ArrayList<>() : new ArrayList<>(List.of(paragraph));
      start = at;
    }
  }
}
