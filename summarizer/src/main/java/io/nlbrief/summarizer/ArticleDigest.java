package io.nlbrief.summarizer;

import io.nlbrief.parser.Article;
import io.nlbrief.parser.Sentence;
import io.nlbrief.summarizer.internal.Analysis;
import io.nlbrief.summarizer.internal.CompoundNames;
import io.nlbrief.summarizer.internal.Entities;
import io.nlbrief.summarizer.internal.KeyTerms;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link Summarizer} needs of an article, without its tokens: each sentence's eligibility,
 * word count and term vector, the key terms, the names and the acronyms used inside compounds, and
 * the word count. Made from a whole article ({@link #of}) or gathered a part at a time ({@link
 * #gather()}: the parts of {@code ArticleParser.parseInParts}, in text order), which gives the
 * same digest, so that a text too big for its tokens to be held together is summarised as it would
 * be whole. Immutable once made.
 */
public final class ArticleDigest {
  private final Analysis analysis;
  private final List<KeyTerm> keyTerms;
  private final List<Entity> entities;
  private final CompoundNames.Acronyms acronyms;
  private final long wordCount;
  private final boolean tokens;

  private ArticleDigest(Analysis analysis, List<KeyTerm> keyTerms, List<Entity> entities, CompoundNames.Acronyms acronyms,
      long wordCount, boolean tokens) {
    this.tokens = tokens;
    this.analysis = analysis;
    this.keyTerms = keyTerms;
    this.entities = entities;
    this.acronyms = acronyms;
    this.wordCount = wordCount;
  }

  /** The digest of a whole parsed (and tagged) article. */
  public static ArticleDigest of(Article article) {
    Gathering gathering = gather();
    gathering.part(article, 0);
    return gathering.digest(article);
  }

  /** An empty gathering, to be fed an article's parts in text order. */
  public static Gathering gather() {
    return new Gathering();
  }

  /** The article it digests: the whole, without tokens when it was gathered in parts. */
  public Article article() {
    return analysis.article();
  }

  /** Number of word tokens over all sentences, as {@link Article#wordCount()} of the whole tagged article. */
  public long wordCount() {
    return wordCount;
  }

  /** Whether {@link #article()} is the article the tokens were read from (made whole, not in parts). */
  boolean hasTokens() {
    return tokens;
  }

  Analysis analysis() {
    return analysis;
  }

  List<KeyTerm> keyTerms() {
    return keyTerms;
  }

  /** The names used as words of their own. */
  List<Entity> entities() {
    return entities;
  }

  CompoundNames.Acronyms acronyms() {
    return acronyms;
  }

  /**
   * An article's digest being gathered: each part's tokens are read once, when the part comes, and
   * kept only as counts, term ids and names (some bytes a word, against some 300 for the tokens).
   * Not thread-safe: one gathering per article, fed from one thread.
   */
  public static final class Gathering {
    private final Analysis.Terms terms = new Analysis.Terms();
    private final KeyTerms.Tally keyTerms = new KeyTerms.Tally();
    private final Entities.Tally entities = new Entities.Tally();
    private final CompoundNames.Acronyms acronyms = new CompoundNames.Acronyms();
    private long words;
    private boolean done;
    private Article first;
    private int parts;

    private Gathering() {}

    /** The next part; {@code offset} is where its text stands in the whole article's text. */
    public void part(Article part, int offset) {
      if (done) {
        throw new IllegalStateException("the digest was made already");
      }
      terms.add(part);
      first = parts++ == 0 ? part : null;
      for (Sentence s : part.sentences()) {
        keyTerms.add(s.tokens());
        entities.add(s.tokens(), offset);
        acronyms.add(s.tokens());
        words += s.wordCount();
      }
    }

    /**
     * The digest, once every part is in. {@code whole} is the article the parts make up, with the
     * same sentences in the same order; its tokens are not read (the article {@code parseInParts}
     * returns will do).
     */
    public ArticleDigest digest(Article whole) {
      Objects.requireNonNull(whole);
      done = true;
      return new ArticleDigest(terms.analysis(whole), keyTerms.terms(), entities.entities(), acronyms, words,
          parts == 1 && first == whole);
    }
  }
}
