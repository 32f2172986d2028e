package io.nlbrief.summarizer;

import io.nlbrief.parser.Article;
import io.nlbrief.parser.Sentence;
import io.nlbrief.summarizer.internal.Analysis;
import io.nlbrief.summarizer.internal.AnalysisRanker;
import io.nlbrief.summarizer.internal.Entities;
import io.nlbrief.summarizer.internal.KeyTerms;
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

  public Summarizer(Method method) {
    this.method = Objects.requireNonNull(method);
  }

  /** The default method. */
  public static Summarizer create() {
    return new Summarizer(Methods.defaultMethod());
  }

  public Method method() {
    return method;
  }

  public Summary summarize(Article article, SummaryLength length) {
    Analysis analysis = Analysis.of(article);
    List<SummarySentence> chosen = choose(analysis, length);
    return new Summary(article.file(), method.name(), chosen, KeyTerms.of(analysis), Entities.of(analysis));
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
