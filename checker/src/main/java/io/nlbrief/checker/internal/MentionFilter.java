package io.nlbrief.checker.internal;

import io.nlbrief.parser.Sentence;
import io.nlbrief.parser.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A foreign term the writer cites rather than uses: after a word that announces it ({@code de term
 * spoken word}, {@code het Engelse owl}, {@code het woord cool}), the words up to the next
 * punctuation mark, at most four, when the first of them is not Dutch or all of them are English
 * ({@code spoken word}: two Dutch words too, but not together). Any match inside that run
 * (the speller's, or a verb rule reading {@code word} as Dutch) is a false alarm. A cue followed by
 * a Dutch word cites nothing, so a misspelling after {@code de term} in Dutch is still reported.
 * The same holds for a word followed by {@code is} and a language ({@code Skravle is Noors}).
 */
public final class MentionFilter implements MatchFilter {
  private static final Locale DUTCH = Locale.forLanguageTag("nl");
  private static final int MAX_WORDS = 4;
  private static final Set<String> CUES = Set.of("term", "woord", "uitdrukking", "begrip", "benaming", "zegswijze", "kreet", "motto");
  /**
   * Names of languages cite a word only as {@code het Engelse owl} (the English word owl): after
   * {@code de}, or before a noun of their own, they name a nationality ({@code de Russische
   * diplomaten}).
   */
  private static final Set<String> LANGUAGES = Set.of(
      "engels", "engelse", "frans", "franse", "duits", "duitse", "latijn", "latijnse", "italiaans", "italiaanse",
      "spaans", "spaanse", "portugees", "portugese", "grieks", "griekse", "noors", "noorse", "zweeds", "zweedse",
      "deens", "deense", "pools", "poolse", "russisch", "russische", "turks", "turkse", "arabisch", "arabische");

  private static boolean isCue(List<Token> tokens, int at) {
    String word = tokens.get(at).text().toLowerCase(DUTCH);
    if (CUES.contains(word)) {
      return true;
    }
    return LANGUAGES.contains(word) && at > 0 && tokens.get(at - 1).text().equalsIgnoreCase("het")
        && at + 1 < tokens.size() && Character.isLowerCase(tokens.get(at + 1).text().charAt(0));
  }

  /**
   * The run opens with a word Dutch does not know ({@code owl}), or every word of it is English
   * ({@code spoken word}: both are Dutch words too, but not together).
   */
  private static boolean isForeign(List<Token> run, Lexicon lexicon) {
    String opening = run.get(0).text();
    if (!lexicon.isKnown(opening) && !lexicon.isWellFormedPart(opening)) {
      return true;
    }
    return run.size() > 1 && run.stream().allMatch(t -> lexicon.isEnglish(t.text()));
  }

  @Override
  public boolean isFalseAlarm(Match match, CheckContext context) {
    Sentence sentence = context.sentenceAt(match.start());
    Token first = context.tokenAt(match.start());
    if (sentence == null || first == null) {
      return false;
    }
    List<Token> tokens = sentence.tokens();
    int at = tokens.indexOf(first);
    // "Skravle is Noors en betekent babbelen": a word named as a word of another language.
    if (at + 2 < tokens.size() && tokens.get(at + 1).text().equals("is")
        && LANGUAGES.contains(tokens.get(at + 2).text().toLowerCase(DUTCH)) && match.end() <= first.span().end()) {
      return true;
    }
    // Walk back over the run's words to its cue.
    int start = at;
    while (start > 0 && tokens.get(start - 1).isWord() && at - start < MAX_WORDS - 1 && !isCue(tokens, start - 1)) {
      start--;
    }
    if (start == 0 || !isCue(tokens, start - 1)) {
      return false;
    }
    int end = start;
    while (end < tokens.size() && tokens.get(end).isWord() && end - start < MAX_WORDS) {
      end++;
    }
    if (!isForeign(tokens.subList(start, end), context.lexicon())) {
      return false;
    }
    return match.end() <= tokens.get(end - 1).span().end();
  }
}
