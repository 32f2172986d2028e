package io.nlbrief.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One sentence of the article's body (or the headline, when the headline is itself the article's
 * first sentence). Immutable and thread-safe.
 *
 * <p>The sentences of an {@link ArticleParser}'s article are analysed on demand
 * ({@link #analysedOnDemand}): the syntactic analysis of a sentence (its {@link #clauses()} and
 * every token's {@link Token#morphology()} and {@link Token#dependency()}) runs on the first call
 * of any of those, once; the tagger's fields are there from the start. (This was a record; it
 * keeps the record's accessors, constructors, {@code equals}, {@code hashCode} and
 * {@code toString}.)
 *
 * <p>Fields, by accessor:
 * <ul>
 *   <li>{@code index} position among all sentences of the article, from 0
 *   <li>{@code paragraph} index of the paragraph it belongs to
 *   <li>{@code text} the sentence exactly as in {@link Article#text()}, without surrounding whitespace
 *   <li>{@code span} where it stands; {@code text.equals(span.of(article.text()))} always holds
 *   <li>{@code tokens} its tokens, tagged; empty when the article was parsed without tagging
 *   <li>{@code clauses} its clauses from the syntactic analysis, the main clause first; empty when
 *       the sentence was not analysed
 * </ul>
 */
public final class Sentence {
  private final int index;
  private final int paragraph;
  private final String text;
  private final Span span;
  private final List<Token> tokens;
  /** {@code null} while the analysis is pending (then {@link #pending} is set). */
  private final List<Clause> clauses;
  private final PendingAnalysis pending;

  public Sentence(int index, int paragraph, String text, Span span, List<Token> tokens, List<Clause> clauses) {
    this.index = index;
    this.paragraph = paragraph;
    this.text = text;
    this.span = span;
    this.tokens = List.copyOf(tokens);
    this.clauses = List.copyOf(clauses);
    this.pending = null;
  }

  /** A sentence without clause analysis. */
  public Sentence(int index, int paragraph, String text, Span span, List<Token> tokens) {
    this(index, paragraph, text, span, tokens, List.of());
  }

  private Sentence(Sentence tagged, PendingAnalysis pending) {
    this.index = tagged.index;
    this.paragraph = tagged.paragraph;
    this.text = tagged.text;
    this.span = tagged.span;
    List<Token> lazy = new ArrayList<>(tagged.tokens.size());
    for (int i = 0; i < tagged.tokens.size(); i++) {
      lazy.add(new Token(tagged.tokens.get(i), pending, i));
    }
    this.tokens = List.copyOf(lazy);
    this.clauses = null;
    this.pending = pending;
  }

  /**
   * {@code tagged} whose analysis {@code analyser} makes when it is first asked for (clauses, or
   * a token's morphology or dependency), not before: {@code analyser.analyse(tagged)} is called at
   * most once, and then only if the analysis is read.
   */
  public static Sentence analysedOnDemand(Sentence tagged, DutchAnalyzer analyser) {
    Objects.requireNonNull(analyser);
    if (tagged.tokens.isEmpty()) {
      return tagged;
    }
    return new Sentence(tagged, new PendingAnalysis(tagged, analyser));
  }

  public int index() {
    return index;
  }

  public int paragraph() {
    return paragraph;
  }

  public String text() {
    return text;
  }

  public Span span() {
    return span;
  }

  public List<Token> tokens() {
    return tokens;
  }

  public List<Clause> clauses() {
    return clauses != null ? clauses : pending.result().clauses();
  }

  /** Number of word tokens (not punctuation, numbers or symbols). */
  public long wordCount() {
    return tokens.stream().filter(Token::isWord).count();
  }

  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof Sentence s && index == s.index && paragraph == s.paragraph
        && text.equals(s.text) && Objects.equals(span, s.span) && tokens.equals(s.tokens)
        && clauses().equals(s.clauses());
  }

  @Override
  public int hashCode() {
    return Objects.hash(index, paragraph, text, span, tokens, clauses());
  }

  @Override
  public String toString() {
    return "Sentence[index=" + index + ", paragraph=" + paragraph + ", text=" + text + ", span=" + span
        + ", tokens=" + tokens + ", clauses=" + clauses() + "]";
  }
}
