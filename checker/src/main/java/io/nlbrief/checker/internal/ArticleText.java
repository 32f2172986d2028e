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
    String text = article.text();
    List<Span> checked = new ArrayList<>();
    for (Paragraph paragraph : article.paragraphs()) {
      if (paragraph.role() == Paragraph.Role.BODY || paragraph.role() == Paragraph.Role.HEADING
          || paragraph.role() == Paragraph.Role.HEADLINE) {
        checked.add(paragraph.span());
      }
    }
    checked.sort(null);
    AnnotatedTextBuilder builder = new AnnotatedTextBuilder();
    int at = 0;
    for (Span span : checked) {
      if (span.start() < at) {
        continue;
      }
      if (span.start() > at) {
        builder.addMarkup(text.substring(at, span.start()), at == 0 ? "" : "\n\n");
      }
      addProse(builder, text, span.start(), span.end(), plainIsKnown);
      at = span.end();
    }
    if (at < text.length()) {
      builder.addMarkup(text.substring(at), "\n");
    }
    return builder.build();
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

  private static void addProse(AnnotatedTextBuilder builder, String text, int start, int end,
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
      String mark = text.startsWith(",,", i) ? opening(text, i + 2, end) : text.startsWith("''", i) ? closing(text, start, i) : null;
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
