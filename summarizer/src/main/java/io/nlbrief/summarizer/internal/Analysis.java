package io.nlbrief.summarizer.internal;

import io.nlbrief.parser.Article;
import io.nlbrief.parser.Paragraph;
import io.nlbrief.parser.Quote;
import io.nlbrief.parser.Sentence;
import io.nlbrief.parser.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every ranker and the selection need to know about one article's sentences: which may be
 * chosen, how many words each has, and their lemma-based TF-IDF vectors (lower-cased lemmas, stop
 * words, numbers and punctuation left out; each sentence is a document for the IDF). Built once
 * per article and never changed.
 */
public final class Analysis {
  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{M}'\\-]*");

  private final Article article;
  private final List<Sentence> sentences;
  private final boolean[] eligible;
  private final int[] wordCounts;
  private final SparseVector[] vectors;
  private final SparseVector title;
  private final Map<String, Integer> termIds;

  private Analysis(Article article, Terms terms) {
    this.article = article;
    this.sentences = article.sentences();
    int n = sentences.size();
    if (terms.ids.size() != n) {
      throw new IllegalStateException("terms of " + terms.ids.size() + " sentences gathered for an article of " + n);
    }
    this.eligible = eligibility(article, sentences);
    this.wordCounts = terms.wordCounts.stream().mapToInt(Integer::intValue).toArray();
    this.termIds = terms.termIds;
    int[] df = new int[termIds.size()];
    for (int[] ids : terms.ids) {
      for (int id : distinct(ids)) {
        df[id]++;
      }
    }
    this.vectors = new SparseVector[n];
    for (int i = 0; i < n; i++) {
      vectors[i] = tfIdf(terms.ids.get(i), df, n);
    }
    this.title = titleVector(article.metadata().title(), terms.lemmaOfForm, df, n);
  }

  public static Analysis of(Article article) {
    Terms terms = new Terms();
    terms.add(article);
    return terms.analysis(article);
  }

  /**
   * The terms of an article's sentences gathered a part at a time (its parts in text order), the
   * first of two passes: document frequencies, and so the vectors, need every sentence, but each
   * sentence's tokens are needed only once, for its term ids and word count. What is kept is some
   * bytes a content word (its id) and the article's vocabulary, not its tokens. Not thread-safe.
   */
  public static final class Terms {
    private final List<int[]> ids = new ArrayList<>();
    private final List<Integer> wordCounts = new ArrayList<>();
    private final Map<String, Integer> termIds = new HashMap<>();
    // One map across the parts, so that a form keeps the lemma of its first use in the article.
    private final Map<String, String> lemmaOfForm = new HashMap<>();

    /** The sentences of the next part (or of the whole article), in order. */
    public void add(Article part) {
      for (Sentence s : part.sentences()) {
        List<String> lemmas = contentLemmas(s, lemmaOfForm);
        wordCounts.add(s.tokens().isEmpty() ? countWords(s.text()) : (int) s.wordCount());
        int[] sentenceIds = new int[lemmas.size()];
        for (int k = 0; k < sentenceIds.length; k++) {
          sentenceIds[k] = termIds.computeIfAbsent(lemmas.get(k), key -> termIds.size());
        }
        ids.add(sentenceIds);
      }
    }

    /**
     * The analysis of {@code whole}, the article whose parts were added (its sentences in the same
     * order; their tokens are not read, so it may be the article {@code parseInParts} returns).
     */
    public Analysis analysis(Article whole) {
      return new Analysis(whole, this);
    }
  }

  public Article article() {
    return article;
  }

  public List<Sentence> sentences() {
    return sentences;
  }

  public int size() {
    return sentences.size();
  }

  /** Whether sentence {@code i} may be chosen: body prose, not a bare quotation without a speaker. */
  public boolean eligible(int i) {
    return eligible[i];
  }

  public int wordCount(int i) {
    return wordCounts[i];
  }

  public SparseVector vector(int i) {
    return vectors[i];
  }

  /** The headline's vector over the article's own terms; empty when there is no headline. */
  public SparseVector title() {
    return title;
  }

  public int vocabularySize() {
    return termIds.size();
  }

  private static boolean[] eligibility(Article article, List<Sentence> sentences) {
    boolean[] result = new boolean[sentences.size()];
    List<Paragraph> paragraphs = article.paragraphs();
    Map<Integer, List<Quote>> quotesBySentence = new HashMap<>();
    for (Quote q : article.quotes()) {
      if (q.speaker() == null) {
        quotesBySentence.computeIfAbsent(q.sentence(), k -> new ArrayList<>()).add(q);
      }
    }
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      Paragraph.Role role = s.paragraph() < paragraphs.size() ? paragraphs.get(s.paragraph()).role() : Paragraph.Role.BODY;
      boolean prose = role == Paragraph.Role.BODY || role == Paragraph.Role.HEADLINE;
      result[i] = prose && !isBareQuote(article.text(), s, quotesBySentence.getOrDefault(s.index(), List.of()));
    }
    return result;
  }

  // A quotation nobody is said to have spoken tells the reader nothing on its own: who says it?
  private static boolean isBareQuote(String text, Sentence s, List<Quote> unattributed) {
    for (Quote q : unattributed) {
      int start = Math.max(q.span().start(), s.span().start());
      int end = Math.min(q.span().end(), s.span().end());
      if (start >= end) {
        continue;
      }
      String rest = text.substring(s.span().start(), start) + text.substring(end, s.span().end());
      if (rest.codePoints().noneMatch(Character::isLetterOrDigit)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> contentLemmas(Sentence s, Map<String, String> lemmaOfForm) {
    List<String> lemmas = new ArrayList<>();
    if (s.tokens().isEmpty()) {
      Matcher m = WORD.matcher(s.text());
      while (m.find()) {
        String w = m.group().toLowerCase(Locale.ROOT);
        if (isContent(w)) {
          lemmas.add(w);
        }
      }
      return lemmas;
    }
    for (Token t : s.tokens()) {
      if (!t.isWord()) {
        continue;
      }
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      lemmaOfForm.putIfAbsent(t.text().toLowerCase(Locale.ROOT), lemma);
      if (isContent(lemma) && !StopWords.contains(t.text().toLowerCase(Locale.ROOT))) {
        lemmas.add(lemma);
      }
    }
    return lemmas;
  }

  static boolean isContent(String lowerCased) {
    return lowerCased.length() > 1 && !StopWords.contains(lowerCased) && Character.isLetter(lowerCased.codePointAt(0));
  }

  private static int countWords(String text) {
    int count = 0;
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      count++;
    }
    return count;
  }

  private static int[] distinct(int[] ids) {
    return java.util.Arrays.stream(ids).distinct().toArray();
  }

  private static SparseVector tfIdf(int[] ids, int[] df, int documents) {
    if (ids.length == 0) {
      return SparseVector.EMPTY;
    }
    Map<Integer, Integer> tf = new HashMap<>();
    for (int id : ids) {
      tf.merge(id, 1, Integer::sum);
    }
    int[] keys = new int[tf.size()];
    float[] weights = new float[tf.size()];
    int k = 0;
    for (Map.Entry<Integer, Integer> e : tf.entrySet()) {
      keys[k] = e.getKey();
      weights[k] = (float) ((1 + Math.log(e.getValue())) * idf(df[e.getKey()], documents));
      k++;
    }
    return SparseVector.normalised(keys, weights, k);
  }

  private static double idf(int df, int documents) {
    return Math.log((documents + 1.0) / (df + 0.5)) + 1;
  }

  // The headline is not tagged when it is not a sentence; its words take the lemma they have in
  // the body, so "stuurt" in the headline meets "sturen" in the text without tagging twice.
  private SparseVector titleVector(String headline, Map<String, String> lemmaOfForm, int[] df, int documents) {
    if (headline == null || headline.isBlank()) {
      return SparseVector.EMPTY;
    }
    Map<Integer, Integer> tf = new HashMap<>();
    Matcher m = WORD.matcher(headline);
    while (m.find()) {
      String form = m.group().toLowerCase(Locale.ROOT);
      String lemma = lemmaOfForm.getOrDefault(form, form);
      Integer id = termIds.get(lemma);
      if (id != null && isContent(lemma)) {
        tf.merge(id, 1, Integer::sum);
      }
    }
    int[] keys = new int[tf.size()];
    float[] weights = new float[tf.size()];
    int k = 0;
    for (Map.Entry<Integer, Integer> e : tf.entrySet()) {
      keys[k] = e.getKey();
      weights[k] = (float) idf(df[e.getKey()], documents);
      k++;
    }
    return SparseVector.normalised(keys, weights, k);
  }
}
