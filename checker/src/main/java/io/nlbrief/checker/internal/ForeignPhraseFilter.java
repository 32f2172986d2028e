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
    // Worked out once per sentence and run: asked once per finding, a run as long as the sentence
    // (a degenerate line without a Dutch word, a.a.a.…) was otherwise scanned once per finding.
    Runs runs = context.perSentence(this, sentence, s -> new Runs(s.tokens()));
    return runs.inForeignRun(indexOf(runs.tokens, token), context.lexicon());
  }

  /** The position of {@code token} in its sentence (the tokens lie in text order). */
  private static int indexOf(List<Token> tokens, Token token) {
    int low = 0;
    int high = tokens.size() - 1;
    int start = token.span().start();
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int at = tokens.get(mid).span().start();
      if (at < start) {
        low = mid + 1;
      } else if (at > start) {
        high = mid - 1;
      } else {
        return mid;
      }
    }
    throw new IllegalArgumentException("not a token of this sentence: " + token.span());
  }

  /**
   * A sentence cut into stretches without a Dutch function word or clause end, each stretch's
   * count of words and unknown words worked out when first asked.
   */
  private final class Runs {
    final List<Token> tokens;
    /** The stretch of each token, or -1 for a function word or clause end. */
    private final int[] stretch;
    private final int[] from;
    private final int[] to;
    private final int[] words;
    private final int[] unknown;

    Runs(List<Token> tokens) {
      this.tokens = tokens;
      int n = tokens.size();
      stretch = new int[n];
      int[] starts = new int[n];
      int[] ends = new int[n];
      int count = 0;
      for (int i = 0; i < n; i++) {
        if (isDutch(tokens.get(i))) {
          stretch[i] = -1;
        } else if (i > 0 && stretch[i - 1] >= 0) {
          stretch[i] = stretch[i - 1];
          ends[count - 1] = i;
        } else {
          starts[count] = i;
          ends[count] = i;
          stretch[i] = count++;
        }
      }
      from = java.util.Arrays.copyOf(starts, count);
      to = java.util.Arrays.copyOf(ends, count);
      words = new int[count];
      unknown = new int[count];
      java.util.Arrays.fill(words, -1);
    }

    /**
     * Whether the run around position {@code at} (its stretch, or for a function word the
     * stretches on either side of it with the word itself) holds at least {@link #MIN_RUN} words,
     * two of them unknown.
     */
    boolean inForeignRun(int at, Lexicon lexicon) {
      int w = 0;
      int u = 0;
      if (stretch[at] >= 0) {
        count(stretch[at], lexicon);
        w = words[stretch[at]];
        u = unknown[stretch[at]];
      } else {
        Token t = tokens.get(at);
        if (t.isWord()) {
          w = 1;
          u = isUnknown(t, lexicon) ? 1 : 0;
        }
        for (int side : new int[] {at - 1, at + 1}) {
          if (side >= 0 && side < tokens.size() && stretch[side] >= 0) {
            count(stretch[side], lexicon);
            w += words[stretch[side]];
            u += unknown[stretch[side]];
          }
        }
      }
      return w >= MIN_RUN && u >= 2;
    }

    private void count(int s, Lexicon lexicon) {
      if (words[s] >= 0) {
        return;
      }
      int w = 0;
      int u = 0;
      for (int i = from[s]; i <= to[s]; i++) {
        Token t = tokens.get(i);
        if (t.isWord()) {
          w++;
          if (isUnknown(t, lexicon)) {
            u++;
          }
        }
      }
      words[s] = w;
      unknown[s] = u;
    }
  }

  private static boolean isUnknown(Token t, Lexicon lexicon) {
    return !lexicon.isKnown(t.text()) && !lexicon.isWellFormedPart(t.text());
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
