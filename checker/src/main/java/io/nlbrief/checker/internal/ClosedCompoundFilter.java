package io.nlbrief.checker.internal;

/**
 * New compounds written as one word, as Dutch forms them every day ({@code pooierverbod},
 * {@code noodtop}): every part is a word LanguageTool's speller knows, joined directly or by the
 * linking {@code s}, {@code e} or {@code en}.
 */
public final class ClosedCompoundFilter implements MisspellingFilter {
  @Override
  public boolean isFalseAlarm(String word, Match match, CheckContext context) {
    return context.lexicon().isCompound(word);
  }
}
