package io.nlbrief.parser.internal;

import io.nlbrief.parser.Quote;
import io.nlbrief.parser.Sentence;
import io.nlbrief.parser.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quotations ({@code ,,…''}, {@code „…”}, {@code “…”}, {@code "…"}, {@code '…'},
 * {@code ‘…’}) within body paragraphs, and their speaker when the text names one: after the quote
 * ({@code , aldus de Noor}, {@code , zei Stoltenberg}, {@code , citeert de BBC}) or before it in the
 * same sentence ({@code Lavrov zei dat ... ,,…''}, {@code Hij zei: "…"}). Stateless.
 */
final class QuoteFinder {
  private static final String VERBS = "aldus|zei|zegt|zeggen|zeiden|vertelt|vertelde|vertelden|stelt|stelde|stelden"
      + "|meldt|meldde|citeert|citeerde|schrijft|schreef|verklaart|verklaarde|benadrukt|benadrukte|vroeg|vraagt"
      + "|antwoordt|antwoordde|reageert|reageerde|klonk het bij|klinkt het bij|twitterde|tweette|voegde|waarschuwde"
      + "|waarschuwt|concludeerde|zo zei|zo stelde|zo klinkt het bij|vindt|vond|denkt|dacht|beaamde|erkende|erkent";
  /** After the closing mark: ", aldus de Noor." */
  private static final Pattern AFTER = Pattern.compile(
      "^\\s*[,.]?\\s*(?:" + VERBS + ")(?:\\s+(?:hij|zij|ze|het|er))?\\s+"
          + "((?:(?:de|het|een|die|minister|premier|president)\\s+)*[\\p{L}][\\p{L}\\p{M}'’.\\-]*(?:\\s+[\\p{Lu}][\\p{L}\\p{M}'’.\\-]*){0,4})");
  /** Before the quote in the same sentence: "Sergej Lavrov zei dat", "Hij zei:". */
  private static final Pattern BEFORE = Pattern.compile(
      "((?:\\p{Lu}[\\p{L}\\p{M}'’\\-]*\\s+)?\\p{Lu}[\\p{L}\\p{M}'’\\-]*|hij|zij|ze)\\s+(?:" + VERBS + ")(?:\\s+dat\\b|\\s*:)[^.!?]*$",
      Pattern.UNICODE_CASE);

  List<Quote> find(String text, Span paragraph, List<Sentence> sentences) {
    List<Quote> out = new ArrayList<>();
    int i = paragraph.start();
    int end = paragraph.end();
    while (i < end) {
      int[] q = quoteAt(text, i, end);
      if (q == null) {
        i++;
        continue;
      }
      int open = q[0];
      int contentStart = q[1];
      int contentEnd = q[2];
      int close = q[3];
      Span content = Layout.trim(text, contentStart, contentEnd);
      if (content.length() > 0) {
        int sentence = sentenceAt(sentences, open);
        String[] speaker = speaker(text, close, end, sentences, sentence, open);
        Span speakerSpan = speaker == null ? null : new Span(Integer.parseInt(speaker[1]), Integer.parseInt(speaker[2]));
        out.add(new Quote(content.of(text), new Span(open, close), content, speaker == null ? null : speaker[0],
            speakerSpan, sentence));
      }
      i = close;
    }
    return out;
  }

  /** {open, contentStart, contentEnd, close} of a quotation opening at {@code i}, or null. */
  private static int[] quoteAt(String text, int i, int end) {
    char c = text.charAt(i);
    if (c != ',' && c != '„' && c != '“' && c != '«' && c != '"' && c != '\'' && c != '‘') {
      return null; // most characters open nothing: skip the context checks below
    }
    boolean openingContext = i == 0 || isOpeningContext(text.charAt(i - 1));
    if (c == ',' && i + 1 < end && text.charAt(i + 1) == ',') {
      return closeWith(text, i, i + 2, end, new String[] {"''", "”", "\""});
    }
    if (c == '„') {
      return closeWith(text, i, i + 1, end, new String[] {"”", "“", "''", "\""});
    }
    if (c == '“' && openingContext) {
      return closeWith(text, i, i + 1, end, new String[] {"”", "\""});
    }
    if (c == '«') {
      return closeWith(text, i, i + 1, end, new String[] {"»"});
    }
    boolean followedByText = i + 1 < end && !Character.isWhitespace(text.charAt(i + 1));
    if (c == '"' && openingContext && followedByText) {
      return closeWith(text, i, i + 1, end, new String[] {"\""});
    }
    if ((c == '\'' || c == '‘') && openingContext && followedByText && !isClitic(text, i, end)
        && !(i + 1 < end && text.charAt(i + 1) == '\'')) {
      return closeSingle(text, i, end, c == '‘' ? '’' : '\'');
    }
    return null;
  }

  private static boolean isOpeningContext(char prev) {
    return Character.isWhitespace(prev) || "([{:—–-/".indexOf(prev) >= 0;
  }

  private static boolean isClitic(String text, int i, int end) {
    return i + 2 <= end && "stn".indexOf(text.charAt(i + 1)) >= 0
        && (i + 2 == end || !Character.isLetter(text.charAt(i + 2)));
  }

  private static int[] closeWith(String text, int open, int from, int end, String[] closers) {
    for (int k = from; k < end; k++) {
      for (String closer : closers) {
        if (text.startsWith(closer, k) && k + closer.length() <= end && k > from
            && !Character.isWhitespace(text.charAt(k - 1))) {
          return new int[] {open, from, k, k + closer.length()};
        }
      }
    }
    return null;
  }

  /** A single closing quote: after a non-space and not inside a word (so not the one in "auto's"). */
  private static int[] closeSingle(String text, int open, int end, char closer) {
    for (int k = open + 1; k < end; k++) {
      char c = text.charAt(k);
      boolean candidate = c == closer || (closer == '’' && c == '\'');
      if (!candidate || Character.isWhitespace(text.charAt(k - 1))) {
        continue;
      }
      boolean insideWord = k + 1 < end && Character.isLetter(text.charAt(k + 1)) && Character.isLetter(text.charAt(k - 1));
      if (!insideWord) {
        return new int[] {open, open + 1, k, k + 1};
      }
    }
    return null;
  }

  private static String[] speaker(String text, int close, int end, List<Sentence> sentences, int sentence, int open) {
    Matcher after = AFTER.matcher(text).region(close, end);
    if (after.lookingAt()) {
      int s = after.start(1);
      int e = cutSpeaker(text, s, after.end(1));
      return new String[] {text.substring(s, e), String.valueOf(s), String.valueOf(e)};
    }
    Sentence host = sentences.stream().filter(x -> x.index() == sentence).findFirst().orElse(null);
    if (host != null) {
      int from = host.span().start();
      if (from < open) {
        Matcher before = BEFORE.matcher(text).region(from, open);
        if (before.find()) {
          return new String[] {before.group(1), String.valueOf(before.start(1)), String.valueOf(before.end(1))};
        }
      }
    }
    return null;
  }

  /** The speaker ends at the end of the clause. */
  private static int cutSpeaker(String text, int s, int e) {
    for (int k = s; k < e; k++) {
      if (",;:!?".indexOf(text.charAt(k)) >= 0) {
        return k;
      }
      if (text.charAt(k) == '.' && (k + 1 == e || Character.isWhitespace(text.charAt(k + 1)))) {
        return k;
      }
    }
    return e;
  }

  private static int sentenceAt(List<Sentence> sentences, int offset) {
    for (Sentence s : sentences) {
      if (s.span().start() <= offset && offset < s.span().end()) {
        return s.index();
      }
    }
    int best = -1;
    for (Sentence s : sentences) {
      if (s.span().start() <= offset) {
        best = s.index();
      }
    }
    return best;
  }
}
