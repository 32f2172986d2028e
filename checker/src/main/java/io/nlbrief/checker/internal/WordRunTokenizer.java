package io.nlbrief.checker.internal;

import java.util.ArrayList;
import java.util.List;
import org.languagetool.tokenizers.Tokenizer;

/**
 * LanguageTool's Dutch word tokenizer with a fast path: a string of letters only is one token, so
 * it is returned as it is without running the tokenizer's rules. Every LanguageTool speller runs
 * each of the 148,000 lines of its word list through the tokenizer when it is built (four spellers
 * in a cold start); 96,000 of them are single words. The result is the same: checked on every
 * letters-only line of that list, and the tokenizer only ever splits at characters that are not
 * letters.
 */
final class WordRunTokenizer implements Tokenizer {
  private final Tokenizer delegate;

  WordRunTokenizer(Tokenizer delegate) {
    this.delegate = delegate;
  }

  @Override
  public List<String> tokenize(String text) {
    if (isWord(text)) {
      List<String> one = new ArrayList<>(1);
      one.add(text);
      return one;
    }
    return delegate.tokenize(text);
  }

  static boolean isWord(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isLetter(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
