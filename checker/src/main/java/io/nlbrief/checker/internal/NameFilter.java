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
    if ("MULTITOKEN_SPELLING".equals(match.categoryId())) {
      return isNameSequence(match, context);
    }
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

  /**
   * LanguageTool's multi-word speller on a person's or place's name ({@code Ekrem Imamoglu},
   * {@code Lech Walesa}): every word capitalised, and the name stands inside a sentence or the
   * parser reads its first word as (part of) a name.
   */
  private static boolean isNameSequence(Match match, CheckContext context) {
    String covered = match.covered(context.text());
    String[] words = covered.split("\\s+");
    if (words.length < 2 || !java.util.Arrays.stream(words).allMatch(CheckContext::isCapitalised)) {
      return false;
    }
    Token first = context.tokenAt(match.start());
    return !context.isSentenceInitial(match.start()) || (first != null && first.entity() != null)
        || context.occurrences(words[words.length - 1]) > 1;
  }
}
