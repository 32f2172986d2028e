package io.nlbrief.checker.internal;

import io.nlbrief.parser.Article;
import io.nlbrief.parser.Sentence;
import io.nlbrief.parser.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the filters know about the article being checked: its text, its tokens from the parser,
 * the lexicon and the user's words. One per check; not shared between threads.
 */
public final class CheckContext {
  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  private final Article article;
  private final Lexicon lexicon;
  private final Set<String> userWords;
  private final List<Token> tokens = new ArrayList<>();
  private final Map<Integer, Integer> tokenStarts = new HashMap<>();
  private final Map<Integer, Sentence> sentenceOfToken = new HashMap<>();
  /** Capitalised word forms and how often they stand where a capital is not required. */
  private final Map<String, Integer> capitalisedMidSentence = new HashMap<>();
  private final Map<String, Integer> occurrences = new HashMap<>();
  private final java.util.BitSet sentenceInitial = new java.util.BitSet();
  private QuotedTerms quotedTerms;
  /** What a filter worked out about a sentence, kept for the rest of this check (filters keep no state). */
  private final Map<Object, Map<Sentence, Object>> perSentence = new HashMap<>();

  public CheckContext(Article article, Lexicon lexicon, Set<String> userWords) {
    this.article = article;
    this.lexicon = lexicon;
    this.userWords = userWords;
    for (Sentence sentence : article.sentences()) {
      boolean first = true;
      for (Token token : sentence.tokens()) {
        tokenStarts.put(token.span().start(), tokens.size());
        sentenceOfToken.put(token.span().start(), sentence);
        tokens.add(token);
        if (!token.isWord()) {
          continue;
        }
        occurrences.merge(token.text(), 1, Integer::sum);
        if (first) {
          sentenceInitial.set(token.span().start());
        } else if (isCapitalised(token.text())) {
          capitalisedMidSentence.merge(token.text(), 1, Integer::sum);
        }
        first = false;
      }
    }
  }

  public Article article() {
    return article;
  }

  public String text() {
    return article.text();
  }

  public Lexicon lexicon() {
    return lexicon;
  }

  /** The user's word list accepts {@code word}: as written, or a capitalised form of a listed word. */
  public boolean isUserWord(String word) {
    if (userWords.isEmpty()) {
      return false;
    }
    if (userWords.contains(word)) {
      return true;
    }
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0))
        && userWords.contains(word.substring(0, 1).toLowerCase(DUTCH) + word.substring(1));
  }

  /** The parser's token starting at {@code offset}, or null. */
  public Token tokenAt(int offset) {
    Integer i = tokenStarts.get(offset);
    return i == null ? null : tokens.get(i);
  }

  /** The word token before the one starting at {@code offset} in reading order, or null. */
  public Token previous(int offset, int distance) {
    Integer i = tokenStarts.get(offset);
    return i == null || i - distance < 0 ? null : tokens.get(i - distance);
  }

  /** The token after the one starting at {@code offset}, or null. */
  public Token next(int offset) {
    Integer i = tokenStarts.get(offset);
    return i == null || i + 1 >= tokens.size() ? null : tokens.get(i + 1);
  }

  /** The sentence of the token starting at {@code offset}, or null. */
  public Sentence sentenceAt(int offset) {
    return sentenceOfToken.get(offset);
  }

  public boolean isSentenceInitial(int offset) {
    return sentenceInitial.get(offset);
  }

  /**
   * Whether the article uses {@code word} as a name: the tagger knows it as a name, or it stands
   * capitalised where Dutch needs no capital (inside a sentence), or it is a name-shaped acronym
   * with lower-case letters ({@code PvdA}).
   */
  public boolean isName(String word) {
    if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
      return false;
    }
    if (capitalisedMidSentence.getOrDefault(word, 0) > 0 || isMixedCaseAcronym(word)) {
      return true;
    }
    return false;
  }

  /** The terms the text sets apart in quotation marks, read on first use. */
  QuotedTerms quotedTerms() {
    if (quotedTerms == null) {
      quotedTerms = QuotedTerms.of(text());
    }
    return quotedTerms;
  }

  /**
   * What {@code owner} (a filter) works out about {@code sentence}, made on first use and kept for
   * this check: a filter asked once per finding answers in time linear in the sentence, not in
   * the sentence times its findings.
   */
  @SuppressWarnings("unchecked")
  <T> T perSentence(Object owner, Sentence sentence, java.util.function.Function<Sentence, T> make) {
    return (T) perSentence.computeIfAbsent(owner, o -> new java.util.IdentityHashMap<>())
        .computeIfAbsent(sentence, s -> make.apply(s));
  }

  /** How often the exact form occurs among the article's words. */
  public int occurrences(String word) {
    return occurrences.getOrDefault(word, 0);
  }

  public static boolean isCapitalised(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
  }

  /** PvdA, CDenV, OpenVLD-like: a capital, then lower case, then a capital again. */
  public static boolean isMixedCaseAcronym(String word) {
    if (word.length() < 2 || word.length() > 8 || !Character.isUpperCase(word.charAt(0))) {
      return false;
    }
    int capitals = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (!Character.isLetter(c)) {
        return false;
      }
      if (Character.isUpperCase(c)) {
        capitals++;
      }
    }
    return capitals >= 2 && capitals < word.length();
  }
}
