package io.nlbrief.checker.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * The terms a text sets apart in quotation marks on their own ({@code 'seabasing'}): the text
 * between two neighbouring quotation marks, the opening one not glued to a letter or digit. Read
 * once per text, in one pass, so that asking for every speller finding whether its word is quoted
 * elsewhere stays linear (searching the text for each finding's word was quadratic on a long
 * article that repeats an unknown word, and on degenerate lines such as {@code a.a.a.}).
 */
final class QuotedTerms {
  static final String QUOTES = "'\"‘’„”“";

  /** Where a term stands quoted alone, or {@link #SEVERAL} where it does so more than once. */
  private static final int SEVERAL = -1;
  private final Map<String, Integer> quotedAt = new HashMap<>();

  private QuotedTerms() {}

  static QuotedTerms of(String text) {
    QuotedTerms terms = new QuotedTerms();
    int open = -1;
    for (int i = 0; i < text.length(); i++) {
      if (QUOTES.indexOf(text.charAt(i)) < 0) {
        continue;
      }
      if (open >= 0 && i > open + 1 && (open < 1 || !Character.isLetterOrDigit(text.charAt(open - 1)))) {
        terms.quotedAt.merge(text.substring(open + 1, i), open + 1, (first, again) -> SEVERAL);
      }
      open = i;
    }
    return terms;
  }

  /** Whether {@code term} stands quoted alone somewhere other than at {@code start}. */
  boolean isQuotedElsewhere(String term, int start) {
    Integer at = quotedAt.get(term);
    return at != null && at != start;
  }
}
