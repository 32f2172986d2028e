package io.nlbrief.cli.parse;

import io.nlbrief.cli.format.FormatContext;
import io.nlbrief.cli.format.NamedFormat;
import io.nlbrief.parser.Article;
import io.nlbrief.parser.Sentence;
import io.nlbrief.parser.Token;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
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
  /**
   * CoNLL-U of an article parsed in parts: the {@code newdoc} line, then the sentences as the
   * parts spooled them, numbered and placed in the whole article. A part's text runs to where the
   * next part begins, so whether white space follows its last token is told as in the whole text.
   */
  static final PartedFormat PARTED = new PartedFormat() {
    @Override
    public SentenceSpool.Writer open(OutputStream spool) {
      java.io.Writer out = new OutputStreamWriter(spool, StandardCharsets.UTF_8);
      return new SentenceSpool.Writer() {
        @Override
        public void sentences(Article part, int firstSentence, int firstParagraph, int offset) throws IOException {
          ConlluArticle.sentences(out, part, firstSentence, offset);
        }

        @Override
        public void flush() throws IOException {
          out.flush();
        }
      };
    }

    @Override
    public void write(Article whole, SentenceSpool sentences, OutputStream out) throws IOException {
      out.write(newdoc(whole).getBytes(StandardCharsets.UTF_8));
      sentences.copyTo(out);
      out.flush();
    }
  };

  public ConlluArticle() {
    super("conllu", "conllu");
  }

  @Override
  public byte[] render(Article article, FormatContext context, int position) {
    StringBuilder out = new StringBuilder(article.text().length() * 12 + 256);
    out.append(newdoc(article));
    try {
      sentences(out, article, 0, 0);
    } catch (IOException cannot) {
      throw new UncheckedIOException(cannot); // a StringBuilder does not fail
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String newdoc(Article article) {
    return "# newdoc id = " + clean(article.file()) + "\n";
  }

  /**
   * The article's sentences, numbered {@code firstSentence} on and their token ranges {@code
   * offset} on: a part's sentences where they stand in the whole.
   */
  private static void sentences(Appendable out, Article article, int firstSentence, int offset) throws IOException {
    String text = article.text();
    StringBuilder line = new StringBuilder(256);
    for (Sentence s : article.sentences()) {
      out.append("# sent_id = ").append(String.valueOf(s.index() + firstSentence + 1)).append('\n');
      out.append("# text = ").append(clean(s.text())).append('\n');
      int n = s.tokens().size();
      for (int i = 0; i < n; i++) {
        Token t = s.tokens().get(i);
        int head = t.dependency().head();
        line.setLength(0);
        line.append(i + 1).append('\t')
            .append(field(t.text())).append('\t')
            .append(field(t.morphology().lemma())).append('\t')
            .append(t.upos().name()).append('\t')
            .append(t.tag() == null ? "_" : field(t.tag())).append('\t')
            .append(t.morphology().features()).append('\t')
            .append(head < 0 ? 0 : head + 1).append('\t')
            .append(t.dependency().relation()).append('\t')
            .append('_').append('\t')
            .append("TokenRange=").append(t.span().start() + offset).append(':').append(t.span().end() + offset);
        int end = t.span().end();
        if (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
          line.append("|SpaceAfter=No");
        }
        line.append('\n');
        out.append(line);
      }
      out.append('\n');
    }
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
