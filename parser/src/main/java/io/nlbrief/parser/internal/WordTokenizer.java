package io.nlbrief.parser.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits Dutch text into tokens with exact offsets.
 *
 * <p>Written for Dutch news rather than taken from LanguageTool's word tokenizer, which splits
 * {@code o.a.} into four tokens, {@code 2,5} into three and {@code ,,} into two: here an
 * abbreviation, a decimal number, a time such as {@code 15u38}, a hyphenated or elliptical compound
 * ({@code NAVO-Ruslandraad}, {@code -bondgenoten}, {@code desinformatie-}) and the typed low quote
 * {@code ,,} are each one token. Stateless and thread-safe.
 */
final class WordTokenizer {

  enum Kind { WORD, ABBREVIATION, NUMBER, PUNCTUATION, QUOTE, SYMBOL, URL }

  record RawToken(int start, int end, Kind kind) {
    String of(String text) {
      return text.substring(start, end);
    }
  }

  // At most eight parts (o.b.v.d.m. has five): unbounded, "a.a.a.…" of 100 KB overflowed the regex stack.
  private static final Pattern ABBREVIATION = Pattern.compile("\\p{L}{1,5}(?:\\.\\p{L}{1,4}){0,8}\\.");
  private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)[^\\s<>\"]+");
  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
  private static final Pattern ELLIPSIS_CONTINUATION = Pattern.compile("\\s+(?:en|of|tot|&|noch)\\b");

  private static final int UNTRIED = -2;
  private static final int NO_ADDRESS = -1;

  private final Abbreviations abbreviations;

  WordTokenizer(Abbreviations abbreviations) {
    this.abbreviations = abbreviations;
  }

  List<RawToken> tokenize(String text, int from, int to) {
    List<RawToken> out = new ArrayList<>();
    // The end of the last e-mail local part scanned, whether @ follows it, and where the address
    // from it ends (UNTRIED, NO_ADDRESS).
    int[] localRun = {-1, 0, UNTRIED};
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u00AD' || c == '\u200B') {
        i++;
        continue;
      }
      int end = special(text, i, to, out, localRun);
      if (end > i) {
        i = end;
        continue;
      }
      int cp = text.codePointAt(i);
      if (Character.isLetterOrDigit(cp) || (c == '-' && startsElliptical(text, i, to))) {
        i = word(text, i, to, out);
      } else if (c == '.' && i + 2 < to && text.charAt(i + 1) == '.' && text.charAt(i + 2) == '.') {
        out.add(new RawToken(i, i + 3, Kind.PUNCTUATION));
        i += 3;
      } else {
        int len = Character.charCount(cp);
        out.add(new RawToken(i, i + len, classify(cp)));
        i += len;
      }
    }
    return out;
  }

  /** Quote marks, clitics, URLs and e-mail addresses; returns the end, or {@code start} if none. */
  private int special(String text, int i, int to, List<RawToken> out, int[] localRun) {
    char c = text.charAt(i);
    char next = i + 1 < to ? text.charAt(i + 1) : 0;
    if ((c == ',' && next == ',') || (c == '\'' && next == '\'')) {
      out.add(new RawToken(i, i + 2, Kind.QUOTE));
      return i + 2;
    }
    if ((c == '\'' || c == '’') && isClitic(text, i, to)) {
      out.add(new RawToken(i, i + 2, Kind.WORD));
      return i + 2;
    }
    if ((c == 'h' && text.startsWith("http", i)) || (c == 'w' && text.startsWith("www.", i))) {
      Matcher m = URL.matcher(text).region(i, to);
      if (m.lookingAt()) {
        int end = trimTrailingPunctuation(text, i, m.end());
        out.add(new RawToken(i, end, Kind.URL));
        return end;
      }
    }
    if (Character.isLetterOrDigit(c) && atSignAfterLocalPart(text, i, to, localRun)) {
      // From every start inside one run the local part reaches the same @, so the address matches
      // from all of them or from none: the regex runs once per run. Run again from each token of
      // a run that fails ("a.a.a.….@."), it was quadratic in the run's length.
      if (localRun[2] == UNTRIED) {
        Matcher m = EMAIL.matcher(text).region(i, to);
        localRun[2] = m.lookingAt() && text.indexOf('@', i) < m.end() ? m.end() : NO_ADDRESS;
      }
      if (localRun[2] != NO_ADDRESS) {
        int end = trimTrailingPunctuation(text, i, localRun[2]);
        out.add(new RawToken(i, end, Kind.URL));
        return end;
      }
    }
    return i;
  }

  /**
   * Whether the run of {@code [\w.+-]} characters from {@code i} is followed by {@code @}: the only
   * way {@link #EMAIL} can match from {@code i}, checked without starting the regex on every word.
   */
  private static boolean atSignAfterLocalPart(String text, int i, int to, int[] run) {
    // Every start inside a run already scanned ends at the same place: scanning it again from each
    // token in it ("a.a.a.…") was quadratic in the run's length.
    if (i < run[0]) {
      return run[1] == 1;
    }
    int k = i;
    while (k < to) {
      char c = text.charAt(k);
      boolean local = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '_' || c == '.' || c == '+' || c == '-';
      if (!local) {
        break;
      }
      k++;
    }
    boolean at = k > i && k < to && text.charAt(k) == '@';
    run[0] = k;
    run[1] = at ? 1 : 0;
    run[2] = UNTRIED;
    return at;
  }

  /** {@code 's}, {@code 't}, {@code 'n} as in {@code 's avonds}: an apostrophe that is not a quote. */
  private static boolean isClitic(String text, int i, int to) {
    if (i + 2 > to) {
      return false;
    }
    char l = text.charAt(i + 1);
    boolean letter = l == 's' || l == 't' || l == 'n';
    boolean alone = i + 2 == to || !Character.isLetter(text.charAt(i + 2));
    boolean afterSpace = i == 0 || Character.isWhitespace(text.charAt(i - 1));
    return letter && alone && afterSpace;
  }

  private static boolean startsElliptical(String text, int i, int to) {
    return i + 1 < to
        && Character.isLetter(text.charAt(i + 1))
        && (i == 0 || Character.isWhitespace(text.charAt(i - 1)));
  }

  private int word(String text, int start, int to, List<RawToken> out) {
    int i = start;
    if (text.charAt(i) == '-') {
      i++;
    }
    boolean hasLetter = false;
    while (i < to) {
      int cp = text.codePointAt(i);
      if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) {
        hasLetter |= Character.isLetter(cp);
        i += Character.charCount(cp);
        continue;
      }
      char c = text.charAt(i);
      boolean followedByAlnum = i + 1 < to && Character.isLetterOrDigit(text.codePointAt(i + 1));
      boolean joiner = c == '-' || c == '\'' || c == '’' || c == '‐';
      boolean decimal = (c == ',' || c == '.' || c == ':')
          && i > start && Character.isDigit(text.charAt(i - 1))
          && i + 1 < to && Character.isDigit(text.charAt(i + 1));
      if ((joiner && followedByAlnum) || decimal) {
        i++;
        continue;
      }
      break;
    }
    if (i < to && text.charAt(i) == '.') {
      Matcher m = ABBREVIATION.matcher(text).region(start, to);
      if (m.lookingAt() && m.end() >= i + 1 && isAbbreviation(text, start, m.end(), to)) {
        out.add(new RawToken(start, m.end(), Kind.ABBREVIATION));
        return m.end();
      }
    }
    if (i < to && text.charAt(i) == '-' && hasLetter
        && ELLIPSIS_CONTINUATION.matcher(text).region(i + 1, to).lookingAt()) {
      i++; // "desinformatie- en propagandacampagnes": the hyphen belongs to the word
    }
    out.add(new RawToken(start, i, hasLetter ? Kind.WORD : Kind.NUMBER));
    return i;
  }

  private boolean isAbbreviation(String text, int start, int end, int to) {
    String candidate = text.substring(start, end);
    if (abbreviations.contains(candidate)) {
      return true;
    }
    int dots = 0;
    for (int k = 0; k < candidate.length(); k++) {
      if (candidate.charAt(k) == '.') {
        dots++;
      }
    }
    if (dots >= 2) {
      return true; // a.s., i.p.v. and their like
    }
    // An initial: "J. Smit".
    boolean initial = candidate.length() == 2 && Character.isUpperCase(candidate.charAt(0));
    if (initial) {
      int k = end;
      while (k < to && text.charAt(k) == ' ') {
        k++;
      }
      return k < to && k > end && Character.isUpperCase(text.charAt(k));
    }
    return false;
  }

  private static int trimTrailingPunctuation(String text, int start, int end) {
    while (end > start && ".,;:!?)]'\"".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return end;
  }

  private static Kind classify(int cp) {
    if ("\"„“”‘’«»‚‹›".indexOf(cp) >= 0 || cp == '\'') {
      return Kind.QUOTE;
    }
    int type = Character.getType(cp);
    return switch (type) {
      case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
          Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION -> Kind.PUNCTUATION;
      default -> Kind.SYMBOL;
    };
  }
}
