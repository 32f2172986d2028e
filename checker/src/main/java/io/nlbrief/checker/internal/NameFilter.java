package io.nlbrief.checker.internal;

import io.nlbrief.parser.EntityType;
import io.nlbrief.parser.Token;

/**
 * Names the speller does not know ({@code Kyryl Lashun}, {@code Navalny}): a capitalised word
 * that the tagger reads as a name, that stands capitalised inside a sentence (where Dutch needs no
 * capital), or that the article repeats. A capitalised word at the start of a sentence that the
 * article never uses elsewhere is still reported: it may be a misspelled ordinary word.
 */
public final class NameFilter implements MatchFilter {
  @Override
  public boolean isFalseAlarm(Match match, CheckContext context) {
    if (!match.spelling()) {
      return false;
    }
    String word = match.covered(context.text());
    // A hyphenated compound is a name only part by part: HyphenatedCompoundFilter decides.
    if (word.isEmpty() || !Character.isUpperCase(word.charAt(0)) || word.contains(" ") || word.contains("-")) {
      return false;
    }
    if (CheckContext.isMixedCaseAcronym(word) || Lexicon.isAcronym(word)) {
      return true;
    }
    Token token = context.tokenAt(match.start());
    if (token != null && token.readings().stream().anyMatch(r -> r.tag() != null && r.tag().contains("ENM"))) {
      return true;
    }
    if (!context.isSentenceInitial(match.start())) {
      return true;
    }
    return context.isName(word) || context.occurrences(word) > 1
        || (token != null && token.entity() == EntityType.PERSON && context.occurrences(word) > 1);
  }
}
