package io.nlbrief.checker.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.languagetool.tokenizers.Tokenizer;
import org.languagetool.tokenizers.nl.DutchWordTokenizer;

/**
 * LanguageTool's Dutch word tokenizer with a fast path for plain words separated by spaces. Every
 * LanguageTool speller runs each of the 180,000 lines of its word lists through the tokenizer when
 * it is built (three or four spellers in a cold start), and the tokenizer tests each character of
 * a line against its 200 separators one by one: 5 µs a line, 0.8 s a speller. Nearly all lines are
 * one word ({@code aan-en-uitknop}, {@code d'r}) or a few words with single spaces between them
 * ({@code à la carte}); for those the result is worked out here, the same list of strings.
 *
 * <p>Why it is the same: {@link DutchWordTokenizer} splits the text at each of its separator
 * characters ({@link DutchWordTokenizer#getTokenizingCharacters()}, the space among them), keeping
 * each separator as a token of its own; it then cuts quote characters off the start and end of a
 * word, and joins e-mail addresses (which need an {@code @}) and URLs (which need a {@code :} or a
 * {@code .}, both separators). So a text whose only separator is the space, with no {@code @} and
 * no word that starts or ends with a quote, comes out as its words and spaces in order. Anything
 * else goes to the tokenizer itself. {@code WordRunTokenizerTest} compares both on every line of
 * the word lists and on the edge cases.
 */
final class WordRunTokenizer implements Tokenizer {
  /** {@link DutchWordTokenizer}'s quote characters (a private list there), cut off word ends. */
  private static final String QUOTES = "'`’‘´";

  private final Tokenizer delegate;
  /** The delegate's separator characters; null when the fast path does not apply to it. */
  private final BitSet separators;

  WordRunTokenizer(Tokenizer delegate) {
    this.delegate = delegate;
    this.separators = separatorsOf(delegate);
  }

  private static BitSet separatorsOf(Tokenizer tokenizer) {
    // Only LanguageTool's own Dutch tokenizer is known to behave as described; a subclass may not.
    if (tokenizer.getClass() != DutchWordTokenizer.class) {
      return null;
    }
    String chars = ((DutchWordTokenizer) tokenizer).getTokenizingCharacters();
    BitSet set = new BitSet();
    for (int i = 0; i < chars.length(); i++) {
      char c = chars.charAt(i);
      if (Character.isSurrogate(c)) {
        // The JDK's StringTokenizer then works on code points; not worth reasoning about here.
        return null;
      }
      set.set(c);
    }
    return set.get(' ') ? set : null;
  }

  @Override
  public List<String> tokenize(String text) {
    List<String> tokens = separators == null ? null : wordsAndSpaces(text);
    return tokens != null ? tokens : delegate.tokenize(text);
  }

  /** The tokens of {@code text}, or null when the fast path cannot vouch for them. */
  private List<String> wordsAndSpaces(String text) {
    if (text.isEmpty()) {
      return null;
    }
    List<String> tokens = new ArrayList<>(4);
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (c == ' ') {
        if (i > start) {
          if (QUOTES.indexOf(text.charAt(start)) >= 0 || QUOTES.indexOf(text.charAt(i - 1)) >= 0) {
            return null;
          }
          tokens.add(text.substring(start, i));
        }
        if (i < text.length()) {
          tokens.add(" ");
        }
        start = i + 1;
      } else if (c == '@' || separators.get(c)) {
        return null;
      }
    }
    return tokens;
  }
}
