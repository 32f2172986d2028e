package io.nlbrief.summarizer;

import io.nlbrief.parser.Article;
import io.nlbrief.parser.ArticleParser;
import io.nlbrief.parser.Sentence;
import io.nlbrief.summarizer.internal.Analysis;
import io.nlbrief.summarizer.internal.AnalysisRanker;
import io.nlbrief.summarizer.internal.CompoundNames;
import io.nlbrief.summarizer.internal.Selection;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Summarises a parsed (and tagged) {@link Article}: chooses whole sentences with a {@link Method},
 * and finds the article's key terms and named entities. Headings, datelines, source lines and bare
 * quotations without a speaker are never chosen. The same article and length always give the same
 * summary.
 *
 * <p>Immutable and thread-safe: one instance serves every thread.
 */
public final class Summarizer {
  private final Method method;
  private final CompoundNames compoundNames;

  /** A summarizer whose entities are the names the article uses as words of their own. */
  public Summarizer(Method method) {
    this.method = Objects.requireNonNull(method);
    this.compoundNames = null;
  }

  /**
   * A summarizer whose entities also take the acronyms the article uses only inside compounds
   * ({@code NAVO} from {@code NAVO-lidstaten}), typed by {@code names} as it types them standing
   * alone. {@code names} must tag; it is called for short made-up sentences, never for the article.
   */
  public Summarizer(Method method, ArticleParser names) {
    this.method = Objects.requireNonNull(method);
    this.compoundNames = new CompoundNames(Objects.requireNonNull(names));
  }

  /** The default method. */
  public static Summarizer create() {
    return new Summarizer(Methods.defaultMethod());
  }

  public Method method() {
    return method;
  }

  public Summary summarize(Article article, SummaryLength length) {
    return summarize(ArticleDigest.of(article), length);
  }

  /**
   * The summary of a digested article: the same as of the article whole, however it was gathered.
   * The method's ranker must work on the digest's analysis (every built-in method's does); a ranker
   * that reads the article's tokens itself cannot rank an article gathered in parts.
   */
  public Summary summarize(ArticleDigest digest, SummaryLength length) {
    if (!digest.hasTokens() && !(method.ranker() instanceof AnalysisRanker)) {
      throw new IllegalArgumentException("method " + method.name() + " reads the article's tokens: it cannot summarise an article gathered in parts");
    }
    List<SummarySentence> chosen = choose(digest.analysis(), length);
    List<Entity> entities = digest.entities();
    if (compoundNames != null) {
      entities = compoundNames.with(digest.acronyms(), entities);
    }
    return new Summary(digest.article().file(), method.name(), chosen, digest.keyTerms(), entities);
  }

  /** Only the chosen sentences, without key terms and entities (for evaluation). */
  public List<SummarySentence> sentences(Article article, SummaryLength length) {
    return choose(Analysis.of(article), length);
  }

  private List<SummarySentence> choose(Analysis analysis, SummaryLength length) {
    int n = analysis.size();
    int eligible = 0;
    for (int i = 0; i < n; i++) {
      if (analysis.eligible(i)) {
        eligible++;
      }
    }
    int[] words = new int[eligible];
    for (int i = 0, k = 0; i < n; i++) {
      if (analysis.eligible(i)) {
        words[k++] = analysis.wordCount(i);
      }
    }
    int k = length.sentencesFor(words);
    if (k == 0) {
      return List.of();
    }
    double[] scores = method.ranker() instanceof AnalysisRanker ranker
        ? ranker.score(analysis)
        : method.ranker().score(analysis.article());
    if (scores.length != n) {
      throw new IllegalStateException("ranker " + method.name() + " gave " + scores.length + " scores for " + n + " sentences");
    }
    int[] picked = Selection.choose(analysis, scores, k, method.redundancy());
    List<SummarySentence> result = new ArrayList<>(picked.length);
    for (int i : picked) {
      Sentence s = analysis.sentences().get(i);
      result.add(new SummarySentence(i, s.text(), s.span(), Math.round(scores[i] * 1e6) / 1e6));
    }
    return result;
  }
}
