package io.nlbrief.checker.internal;

import io.nlbrief.parser.Article;
import io.nlbrief.parser.Paragraph;
import io.nlbrief.parser.Span;
import java.util.ArrayList;
import java.util.List;
import org.languagetool.markup.AnnotatedText;
import org.languagetool.markup.AnnotatedTextBuilder;

/**
 * The article as LanguageTool should read it: body paragraphs, the headline and intertitles are
 * text, each its own paragraph; everything else (the seed header's {@code date YYYY-MM}, datelines,
 * the source line, quote marks around intertitles) is markup, which LanguageTool skips while its
 * offsets still count it. The typed low-high quotes {@code ,,} and {@code ''} are markup read as
 * „ and ”, so no rule sees a doubled comma.
 */
public final class ArticleText {
  private ArticleText() {}

  public static AnnotatedText of(Article article) {
    return of(article, word -> false);
  }

  /**
   * As {@link #of(Article)}, and a word with emphasis accents ({@code ík}, {@code zíj}, {@code
   * dóét}) reads as the plain word when {@code plainIsKnown} says the plain form is a word and
   * the accented one is not: LanguageTool's rules then see the {@code ik} of {@code ík ben}.
   * Taalunie's placement only: on the vowel, on both letters of a double vowel or diphthong, on the
   * i of ij. Any other accent ({@code níet}) is left for LanguageTool to report.
   */
  public static AnnotatedText of(Article article, java.util.function.Predicate<String> plainIsKnown) {
    return of(article, CheckSlice.whole(article), plainIsKnown);
  }

  /**
   * The part of the article one {@link CheckSlice} covers, as {@link #of(Article, java.util.function.Predicate)}
   * reads it, with offsets from the slice's start. Text before the slice is not there at all; text
   * after it that is not prose reads as the paragraph break it is in the whole article.
   */
  static AnnotatedText of(Article article, CheckSlice slice, java.util.function.Predicate<String> plainIsKnown) {
    String text = article.text();
    AnnotatedTextBuilder builder = new AnnotatedTextBuilder();
    int at = slice.span().start();
    for (Span paragraph : slice.paragraphs()) {
      int from = Math.max(paragraph.start(), slice.span().start());
      int to = Math.min(paragraph.end(), slice.span().end());
      if (from > at) {
        builder.addMarkup(text.substring(at, from), at == 0 ? "" : "\n\n");
      }
      addProse(builder, text, from, to, paragraph, plainIsKnown);
      at = Math.max(at, to);
    }
    int end = slice.span().end();
    if (at < end) {
      builder.addMarkup(text.substring(at, end), end == text.length() ? "\n" : "\n\n");
    }
    return builder.build();
  }

  /** The paragraphs LanguageTool reads, in text order, a paragraph inside an earlier one left out. */
  static List<Paragraph> checkedParagraphs(Article article) {
    List<Paragraph> checked = new ArrayList<>();
    for (Paragraph paragraph : article.paragraphs()) {
      if (paragraph.role() == Paragraph.Role.BODY || paragraph.role() == Paragraph.Role.HEADING
          || paragraph.role() == Paragraph.Role.HEADLINE) {
        checked.add(paragraph);
      }
    }
    checked.sort(java.util.Comparator.comparing(Paragraph::span));
    List<Paragraph> kept = new ArrayList<>(checked.size());
    int at = 0;
    for (Paragraph paragraph : checked) {
      if (paragraph.span().start() >= at) {
        kept.add(paragraph);
        at = paragraph.span().end();
      }
    }
    return kept;
  }

  /**
   * {@code ,,} opens a quotation closed by {@code ''} or ”, so it reads as „; many writers close it
   * with a straight {@code "} instead, and then it reads as {@code "} so the pair still matches.
   */
  private static String opening(String text, int from, int end) {
    for (int j = from; j < end; j++) {
      char c = text.charAt(j);
      if (c == '"') {
        return "\"";
      }
      if (c == '”' || c == '“' || text.startsWith("''", j) || text.startsWith(",,", j)) {
        return "„";
      }
    }
    return "„";
  }

  /**
   * {@code ''} closes a quotation: as ” after „ or “, and as {@code "} when a straight quote opened
   * it ({@code "De wind was net een tornado.''}), so the pair still matches.
   */
  private static String closing(String text, int paragraphStart, int at) {
    for (int j = at - 1; j >= paragraphStart; j--) {
      char c = text.charAt(j);
      if (c == '"') {
        return "\"";
      }
      if (c == '„' || c == '“' || c == '”' || (c == ',' && j > paragraphStart && text.charAt(j - 1) == ',')
          || (c == '\'' && j > paragraphStart && text.charAt(j - 1) == '\'')) {
        return "”";
      }
    }
    return "”";
  }

  /**
   * The prose of {@code [start, end)}, a part of {@code paragraph} (all of it unless a slice ends
   * inside it): which quote a typed {@code ,,} or {@code ''} stands for is read within the whole paragraph.
   */
  private static void addProse(AnnotatedTextBuilder builder, String text, int start, int end, Span paragraph,
      java.util.function.Predicate<String> plainIsKnown) {
    int from = start;
    for (int i = start; i < end - 1; i++) {
      if (Character.isLetter(text.charAt(i)) && (i == start || !Character.isLetter(text.charAt(i - 1)))) {
        int wordEnd = i;
        while (wordEnd < end && Character.isLetter(text.charAt(wordEnd))) {
          wordEnd++;
        }
        String word = text.substring(i, wordEnd);
        String plain = Emphasis.plain(word);
        if (plain != null && plainIsKnown.test(plain) && !plainIsKnown.test(word)) {
          if (i > from) {
            builder.addText(text.substring(from, i));
          }
          builder.addMarkup(word, plain);
          from = wordEnd;
        }
        i = wordEnd - 1;
        continue;
      }
      String mark = text.startsWith(",,", i) ? opening(text, i + 2, paragraph.end())
          : text.startsWith("''", i) ? closing(text, paragraph.start(), i) : null;
      if (mark == null) {
        continue;
      }
      if (i > from) {
        builder.addText(text.substring(from, i));
      }
      builder.addMarkup(text.substring(i, i + 2), mark);
      from = i + 2;
      i++;
    }
    if (from < end) {
      builder.addText(text.substring(from, end));
    }
  }
}
