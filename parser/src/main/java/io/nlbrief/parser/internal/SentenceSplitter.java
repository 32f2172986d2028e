package io.nlbrief.parser.internal;

import io.nlbrief.parser.internal.WordTokenizer.Kind;
import io.nlbrief.parser.internal.WordTokenizer.RawToken;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds sentence boundaries in the tokens of one paragraph.
 *
 * <p>A sentence ends at {@code . ! ? …} when the next word starts a sentence (a capital, a digit,
 * an opening quote). Abbreviations are single tokens that include their full stop, so {@code o.a.}
 * never ends a sentence; {@code enz.} and its like may, before a capital. Closing quotes and
 * brackets right after the end mark stay with their sentence. Stateless and thread-safe.
 */
final class SentenceSplitter {
  private final Abbreviations abbreviations;

  SentenceSplitter(Abbreviations abbreviations) {
    this.abbreviations = abbreviations;
  }

  /** Returns {@code [fromToken, toToken)} index pairs, one per sentence. */
  List<int[]> split(String text, List<RawToken> tokens) {
    List<int[]> sentences = new ArrayList<>();
    int begin = 0;
    int n = tokens.size();
    for (int i = 0; i < n; i++) {
      if (!endsHere(text, tokens, i)) {
        continue;
      }
      int end = i + 1;
      while (end < n && isClosing(text, tokens, end) && tokens.get(end).start() == tokens.get(end - 1).end()) {
        end++;
      }
      if (end < n && !startsSentence(text, tokens, end)) {
        continue;
      }
      sentences.add(new int[] {begin, end});
      begin = end;
      i = end - 1;
    }
    if (begin < n) {
      sentences.add(new int[] {begin, n});
    }
    return sentences;
  }

  private boolean endsHere(String text, List<RawToken> tokens, int i) {
    RawToken t = tokens.get(i);
    if (t.kind() == Kind.ABBREVIATION) {
      return abbreviations.canEndSentence(t.of(text)) && i + 1 < tokens.size()
          && Character.isUpperCase(text.charAt(tokens.get(i + 1).start()));
    }
    if (t.kind() != Kind.PUNCTUATION) {
      return false;
    }
    return is(text, t, ".") || is(text, t, "!") || is(text, t, "?") || is(text, t, "…") || is(text, t, "...");
  }

  /** Whether token {@code t} is exactly {@code s}, compared in place (no substring per token). */
  private static boolean is(String text, RawToken t, String s) {
    return t.end() - t.start() == s.length() && text.startsWith(s, t.start());
  }

  /** Quote marks and brackets that close what came before, typed straight after the end mark. */
  private static boolean isClosing(String text, List<RawToken> tokens, int i) {
    RawToken t = tokens.get(i);
    if (is(text, t, ")") || is(text, t, "]") || is(text, t, "»") || is(text, t, "”") || is(text, t, "’")
        || is(text, t, "''")) {
      return true;
    }
    if (is(text, t, "\"") || is(text, t, "'")) {
      // A straight quote glued to the end mark and not glued to a following word closes.
      return i + 1 >= tokens.size() || tokens.get(i + 1).start() > t.end();
    }
    // More end marks ("?!") belong to the same sentence.
    return is(text, t, "!") || is(text, t, "?");
  }

  private static boolean startsSentence(String text, List<RawToken> tokens, int i) {
    RawToken t = tokens.get(i);
    int cp = text.codePointAt(t.start());
    if (Character.isUpperCase(cp) || Character.isDigit(cp) || Character.isTitleCase(cp)) {
      return true;
    }
    return switch (t.kind()) {
      case QUOTE -> !is(text, t, "''") && !is(text, t, "”");
      case PUNCTUATION -> "(-–—[•".indexOf(cp) >= 0;
      case WORD -> text.charAt(t.start()) == '\'' || text.charAt(t.start()) == '’'; // 's Morgens
      default -> false;
    };
  }
}
