package io.nlbrief.checker.internal;

/**
 * Hyphenated compounds whose every part is a known word, an acronym, a closed compound of known
 * words or a name the article uses: {@code NAVO-Ruslandraad}, {@code NAVO-Rusland-Raad},
 * {@code PvdA-europarlementariër}. Inside a compound Dutch capitalises only names, so a
 * capitalised part counts as one. A lower-case part that is itself misspelled ({@code NAVO-diplomatne})
 * keeps the match.
 */
public final class HyphenatedCompoundFilter implements MisspellingFilter {
  @Override
  public boolean isFalseAlarm(String word, Match match, CheckContext context) {
    return context.lexicon().isHyphenatedCompound(word, part -> CheckContext.isCapitalised(part) || context.isUserWord(part));
  }
}
