package io.nlbrief.checker.internal;

import io.nlbrief.parser.Sentence;
import io.nlbrief.parser.Token;
import java.util.List;
import java.util.Set;

/**
 * Words of a foreign phrase quoted in Dutch text ({@code an educated guess}, {@code il calcio}):
 * an unknown word whose neighbour is unknown too; or an unknown word in a run of at least four
 * words without a single Dutch function word ({@code de}, {@code het}, {@code en}, {@code is}, ...
 * in {@code dutch-function-words.txt}) that holds at least two unknown words (an English or
 * Italian line quoted in full); or a word the writer set apart in quotation marks on its own
 * ({@code 'seabasing'}), a term being mentioned rather than used, also where it appears again
 * without the quotes; or a short quoted phrase of mostly unknown words ({@code 'boia chi molla'}).
 * A single misspelling among Dutch words keeps its match.
 */
public final class ForeignPhraseFilter implements MatchFilter {
  private static final int MIN_RUN = 4;
  private static final String QUOTES = QuotedTerms.QUOTES;
  private static final int MAX_SEARCHED = 256;
  private final Set<String> functionWords = WordList.resource("dutch-function-words.txt");

  @Override
  public boolean isFalseAlarm(Match match, CheckContext context) {
    if (!match.spelling()) {
      return false;
    }
    if (isQuotedAlone(match.start(), match.end(), context.text()) || isQuotedElsewhere(match, context) || inQuotedForeignPhrase(match, context)) {
      return true;
    }
    Token token = context.tokenAt(match.start());
    if (token == null) {
      return false;
    }
    Token before = context.previous(match.start(), 1);
    Token after = context.next(match.start());
    return isForeign(before, context) || isForeign(after, context) || inForeignRun(token, context);
  }

  private static boolean isQuotedAlone(int start, int end, String text) {
    if (start == 0 || end >= text.length()) {
      return false;
    }
    char open = text.charAt(start - 1);
    char close = text.charAt(end);
    return QUOTES.indexOf(open) >= 0 && QUOTES.indexOf(close) >= 0
        && (start < 2 || !Character.isLetterOrDigit(text.charAt(start - 2)));
  }

  /** The writer sets the same word apart in quotes elsewhere in the article: it is that term here too. */
  private static boolean isQuotedElsewhere(Match match, CheckContext context) {
    String text = context.text();
    String word = match.covered(text);
    if (word.length() < 3) {
      return false;
    }
    if (word.chars().noneMatch(c -> QUOTES.indexOf(c) >= 0)) {
      return context.quotedTerms().isQuotedElsewhere(word, match.start());
    }
    // A word with a quotation mark inside (auto's) spans two terms of QuotedTerms: search the text,
    // at most MAX_SEARCHED places, which only a degenerate line (x'x'x'...) reaches.
    int searched = 0;
    for (int at = text.indexOf(word); at >= 0 && searched < MAX_SEARCHED; at = text.indexOf(word, at + 1), searched++) {
      if (at != match.start() && isQuotedAlone(at, at + word.length(), text)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A short phrase in quotes, most of whose words Dutch does not know ({@code 'boia chi molla'}):
   * quoted foreign words, like a single quoted term.
   */
  private static boolean inQuotedForeignPhrase(Match match, CheckContext context) {
    String text = context.text();
    int open = match.start() - 1;
    while (open >= 0 && match.start() - open <= 60 && QUOTES.indexOf(text.charAt(open)) < 0 && text.charAt(open) != '\n') {
      open--;
    }
    int close = match.end();
    while (close < text.length() && close - match.end() <= 60 && QUOTES.indexOf(text.charAt(close)) < 0 && text.charAt(close) != '\n') {
      close++;
    }
    if (open < 0 || close >= text.length() || QUOTES.indexOf(text.charAt(open)) < 0 || QUOTES.indexOf(text.charAt(close)) < 0
        || open > 0 && Character.isLetterOrDigit(text.charAt(open - 1))
        || close + 1 < text.length() && Character.isLetterOrDigit(text.charAt(close + 1))) {
      return false;
    }
    String[] words = text.substring(open + 1, close).trim().split("\\s+");
    if (words.length < 2 || words.length > 5) {
      return false;
    }
    Lexicon lexicon = context.lexicon();
    long unknown = java.util.Arrays.stream(words)
        .filter(w -> !w.isEmpty() && w.chars().allMatch(Character::isLetter) && !lexicon.isKnown(w) && !lexicon.isWellFormedPart(w))
        .count();
    return unknown >= 2 && 2 * unknown >= words.length;
  }

  private boolean inForeignRun(Token token, CheckContext context) {
    Sentence sentence = context.sentenceAt(token.span().start());
    if (sentence == null) {
      return false;
    }
    List<Token> tokens = sentence.tokens();
    int at = tokens.indexOf(token);
    int from = at;
    while (from > 0 && !isDutch(tokens.get(from - 1))) {
      from--;
    }
    int to = at;
    while (to + 1 < tokens.size() && !isDutch(tokens.get(to + 1))) {
      to++;
    }
    int words = 0;
    int unknown = 0;
    Lexicon lexicon = context.lexicon();
    for (int i = from; i <= to; i++) {
      Token t = tokens.get(i);
      if (t.isWord()) {
        words++;
        if (!lexicon.isKnown(t.text()) && !lexicon.isWellFormedPart(t.text())) {
          unknown++;
        }
      }
    }
    return words >= MIN_RUN && unknown >= 2;
  }

  /** A Dutch function word, or the end of a clause (a run does not cross a full stop or dash). */
  private boolean isDutch(Token t) {
    if (!t.isWord()) {
      String p = t.text();
      return p.equals(".") || p.equals("-") || p.equals("–") || p.equals(":") || p.equals(";") || p.equals("?") || p.equals("!");
    }
    return functionWords.contains(t.text().toLowerCase(java.util.Locale.ROOT));
  }

  private static boolean isForeign(Token token, CheckContext context) {
    if (token == null || !token.isWord() || token.text().length() < 2) {
      return false;
    }
    String w = token.text();
    Lexicon lexicon = context.lexicon();
    return !lexicon.isKnown(w) && !lexicon.isWellFormedPart(w) && !Character.isUpperCase(w.charAt(0))
        && w.chars().allMatch(c -> Character.isLetter(c) || c == '\'');
  }
}
