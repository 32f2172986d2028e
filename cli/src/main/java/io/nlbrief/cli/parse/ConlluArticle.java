package io.nlbrief.cli.parse;

import io.nlbrief.cli.format.FormatContext;
import io.nlbrief.cli.format.NamedFormat;
import io.nlbrief.parser.Article;
import io.nlbrief.parser.Sentence;
import io.nlbrief.parser.Token;
import java.nio.charset.StandardCharsets;

/**
 * An article as CoNLL-U (Universal Dependencies v2): {@code # newdoc id = FILE}, then per
 * sentence {@code # sent_id = N} (from 1 through the article) and {@code # text}, then one line
 * per token with all ten columns: ID, FORM, LEMMA (UD convention), UPOS, XPOS (LanguageTool's
 * tag, {@code _} for an unknown word), FEATS, HEAD (0 for the root), DEPREL, DEPS ({@code _}),
 * MISC ({@code TokenRange=START:END} in UTF-16 code units into the decoded text, as in the JSON,
 * and {@code SpaceAfter=No} where no white space follows). A blank line ends each sentence.
 */
public final class ConlluArticle extends NamedFormat<Article> {
  public ConlluArticle() {
    super("conllu", "conllu");
  }

  @Override
  public byte[] render(Article article, FormatContext context, int position) {
    StringBuilder out = new StringBuilder(article.text().length() * 12 + 256);
    out.append("# newdoc id = ").append(clean(article.file())).append('\n');
    String text = article.text();
    for (Sentence s : article.sentences()) {
      out.append("# sent_id = ").append(s.index() + 1).append('\n');
      out.append("# text = ").append(clean(s.text())).append('\n');
      int n = s.tokens().size();
      for (int i = 0; i < n; i++) {
        Token t = s.tokens().get(i);
        int head = t.dependency().head();
        out.append(i + 1).append('\t')
            .append(field(t.text())).append('\t')
            .append(field(t.morphology().lemma())).append('\t')
            .append(t.upos().name()).append('\t')
            .append(t.tag() == null ? "_" : field(t.tag())).append('\t')
            .append(t.morphology().features()).append('\t')
            .append(head < 0 ? 0 : head + 1).append('\t')
            .append(t.dependency().relation()).append('\t')
            .append('_').append('\t')
            .append("TokenRange=").append(t.span().start()).append(':').append(t.span().end());
        int end = t.span().end();
        if (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
          out.append("|SpaceAfter=No");
        }
        out.append('\n');
      }
      out.append('\n');
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A column value: no tabs or line breaks, never empty. */
  private static String field(String s) {
    if (s == null || s.isEmpty()) {
      return "_";
    }
    return clean(s).replace('\t', ' ');
  }

  /** A comment value: on one line. */
  private static String clean(String s) {
    return s.replace('\n', ' ').replace('\r', ' ');
  }
}
