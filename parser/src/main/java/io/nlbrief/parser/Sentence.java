package io.nlbrief.parser;

import java.util.List;

/**
 * One sentence of the article's body (or the headline, when the headline is itself the article's
 * first sentence).
 *
 * @param index position among all sentences of the article, from 0
 * @param paragraph index of the paragraph it belongs to
 * @param text the sentence exactly as in {@link Article#text()}, without surrounding whitespace
 * @param span where it stands; {@code text.equals(span.of(article.text()))} always holds
 * @param tokens its tokens, tagged; empty when the article was parsed without tagging
 * @param clauses its clauses from the syntactic analysis, the main clause first; empty when the
 *     sentence was not analysed
 */
public record Sentence(int index, int paragraph, String text, Span span, List<Token> tokens, List<Clause> clauses) {
  public Sentence {
    tokens = List.copyOf(tokens);
    clauses = List.copyOf(clauses);
  }

  /** A sentence without clause analysis. */
  public Sentence(int index, int paragraph, String text, Span span, List<Token> tokens) {
    this(index, paragraph, text, span, tokens, List.of());
  }

  /** Number of word tokens (not punctuation, numbers or symbols). */
  public long wordCount() {
    return tokens.stream().filter(Token::isWord).count();
  }
}
