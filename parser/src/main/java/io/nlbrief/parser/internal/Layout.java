package io.nlbrief.parser.internal;

import io.nlbrief.parser.Paragraph.Role;
import io.nlbrief.parser.Span;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the layout of an article's text: the seed header line, the headline, datelines, the
 * source line, intertitles and body paragraphs, each as a span of the text. Stateless.
 */
final class Layout {

  /** One block of the text and what it is. {@code lead} marks a headline that is also the first sentence. */
  record Block(Role role, Span span, boolean lead) {}

  /** The blocks plus what the layout says about the article. */
  record Result(List<Block> blocks, String title, String date, String published, String source) {}

  private static final Pattern HEADER = Pattern.compile("\\A[ \\t\\uFEFF]*date (\\d{4}-\\d{2}) +(\\S.*?)[ \\t]*$", Pattern.MULTILINE);
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("januari", 1), Map.entry("februari", 2), Map.entry("maart", 3), Map.entry("april", 4),
      Map.entry("mei", 5), Map.entry("juni", 6), Map.entry("juli", 7), Map.entry("augustus", 8),
      Map.entry("september", 9), Map.entry("oktober", 10), Map.entry("november", 11), Map.entry("december", 12));
  private static final Pattern DATE_LINE = Pattern.compile(
      "(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag),?\\s+)?(\\d{1,2})\\s+(\\p{L}+)\\s+(\\d{4})"
          + "(?:,?\\s+(?:om\\s+)?(\\d{1,2})[u:.h](\\d{2})(?:\\s*uur)?)?",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern TIME_LINE = Pattern.compile("(\\d{1,2})[u:.h](\\d{2})(?:\\s*uur)?", Pattern.CASE_INSENSITIVE);
  private static final Pattern SOURCE_LINE = Pattern.compile(
      "(?:Bron|Source|Foto en bron)\\s*:\\s*(\\p{Lu}[\\p{L}&.\\-]*(?:\\s*/\\s*\\p{Lu}[\\p{L}&.\\-]*)*)");
  /** A bare page number or similar artefact glued after the source line ("Bron: ANP 1 De NAVO ..."). */
  private static final Pattern PAGE_ARTEFACT = Pattern.compile("\\s+\\d{1,3}(?=\\s+\\p{Lu})");
  private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\x0B\\f\\r]*\\n|\\r\\n[ \\t]*\\r\\n|\\r[ \\t]*\\r");
  private static final int HEADING_MAX_WORDS = 12;

  /** Plain prose: every block between blank lines is a body paragraph; no headline, dates or source. */
  Result readPlain(String text) {
    List<Block> out = new ArrayList<>();
    Matcher m = BLANK_LINE.matcher(text);
    List<Span> spans = new ArrayList<>();
    int start = 0;
    while (nextBlankLine(text, m, start)) {
      addTrimmed(spans, text, start, m.start());
      start = m.end();
    }
    addTrimmed(spans, text, start, text.length());
    for (Span span : spans) {
      out.add(new Block(Role.BODY, span, false));
    }
    return new Result(out, null, null, null, null);
  }

  Result read(String text, String extractedTitle) {
    List<Span> rawBlocks = blocks(text);
    List<Block> out = new ArrayList<>();
    String title = null;
    String date = null;
    String dateOfDay = null;
    String time = null;
    String source = null;
    int firstBodyBlock = 0;

    Matcher header = HEADER.matcher(text);
    YearMonth month = header.find() ? yearMonth(header.group(1)) : null;
    Span headline = month == null ? null : headline(text, header);
    if (headline != null) {
      date = month.toString();
      title = headline.of(text);
      boolean lead = endsLikeSentence(title) && !bodyRepeats(text, header.end(), title);
      out.add(new Block(Role.HEADLINE, headline, lead));
      firstBodyBlock = 1;
      // The header line may share its block with more text; keep what follows as its own block.
      if (!rawBlocks.isEmpty() && rawBlocks.get(0).end() > header.end()) {
        Span rest = trim(text, header.end(), rawBlocks.get(0).end());
        rawBlocks.set(0, rest);
        firstBodyBlock = 0;
      }
    }

    boolean inBody = false;
    for (int b = firstBodyBlock; b < rawBlocks.size(); b++) {
      Span span = rawBlocks.get(b);
      if (span.length() == 0) {
        continue;
      }
      String s = span.of(text);
      Matcher m;
      LocalDate day;
      if (!inBody && (m = DATE_LINE.matcher(s)).matches() && (day = day(m)) != null
          && (m.group(4) == null || isTime(m.group(4), m.group(5)))) {
        dateOfDay = day.toString();
        if (m.group(4) != null) {
          time = String.format(Locale.ROOT, "%02d:%02d", Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
        }
        out.add(new Block(Role.DATELINE, span, false));
        continue;
      }
      if (!inBody && (m = TIME_LINE.matcher(s)).matches() && isTime(m.group(1), m.group(2))) {
        time = String.format(Locale.ROOT, "%02d:%02d", Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        out.add(new Block(Role.DATELINE, span, false));
        continue;
      }
      m = SOURCE_LINE.matcher(s);
      if (m.lookingAt()) {
        source = m.group(1);
        out.add(new Block(Role.SOURCE, new Span(span.start(), span.start() + m.end()), false));
        int restStart = m.end();
        Matcher artefact = PAGE_ARTEFACT.matcher(s).region(restStart, s.length());
        if (artefact.lookingAt()) {
          restStart = artefact.end();
        }
        Span rest = trim(text, span.start() + restStart, span.end());
        if (rest.length() > 0) {
          out.add(new Block(Role.BODY, rest, false));
          inBody = true;
        }
        continue;
      }
      // A short first line without a full stop is the headline (an HTML <h1>, a Word title);
      // the format's own title, when it has one, stays the title.
      if (!inBody && b + 1 < rawBlocks.size() && looksLikeHeading(s)
          && out.stream().noneMatch(x -> x.role() == Role.HEADLINE)) {
        if (title == null) {
          title = extractedTitle != null ? extractedTitle : s.replaceAll("\\s+", " ");
        }
        out.add(new Block(Role.HEADLINE, span, false));
        continue;
      }
      if (inBody && looksLikeHeading(s)) {
        out.add(new Block(Role.HEADING, unquote(text, span), false));
        continue;
      }
      out.add(new Block(Role.BODY, span, false));
      inBody = true;
    }
    if (title == null) {
      title = extractedTitle;
    }
    String published = dateOfDay == null ? null : time == null ? dateOfDay : dateOfDay + "T" + time;
    if (date == null && dateOfDay != null) {
      date = dateOfDay;
    }
    return new Result(out, title, date, published, source);
  }

  /**
   * The day a dateline names ({@code 3 maart 2026}), or null when it names none: an unknown month
   * or a day the month does not have ({@code 31 februari}) is no date, and the line is text.
   */
  private static LocalDate day(Matcher dateLine) {
    Integer month = MONTHS.get(dateLine.group(2).toLowerCase(Locale.ROOT));
    if (month == null) {
      return null;
    }
    try {
      return LocalDate.of(Integer.parseInt(dateLine.group(3)), month, Integer.parseInt(dateLine.group(1)));
    } catch (DateTimeException noSuchDay) {
      return null;
    }
  }

  /**
   * The seed header's headline without blanks around it (the header's pattern stops only at
   * spaces and tabs: a form feed or a no-break space would stay), or null when nothing is left.
   */
  private static Span headline(String text, Matcher header) {
    Span raw = stripHeadlineArtefact(text, trim(text, header.start(2), header.end(2)));
    Span headline = trim(text, raw.start(), raw.end());
    return headline.length() == 0 ? null : headline;
  }

  /** The seed header's {@code YYYY-MM}, or null for a month that does not exist ({@code 2026-13}). */
  private static YearMonth yearMonth(String s) {
    try {
      return YearMonth.parse(s);
    } catch (DateTimeException noSuchMonth) {
      return null;
    }
  }

  /** Hours and minutes of a time of day ({@code 15u38}; {@code 25u70} is none). */
  private static boolean isTime(String hours, String minutes) {
    return Integer.parseInt(hours) < 24 && Integer.parseInt(minutes) < 60;
  }

  /** Blocks separated by blank lines; a text without any blank line has one block per line. */
  private static List<Span> blocks(String text) {
    List<Span> out = new ArrayList<>();
    Matcher m = BLANK_LINE.matcher(text);
    boolean blankLines = nextBlankLine(text, m, 0);
    if (blankLines) {
      int start = 0;
      int from = 0;
      while (nextBlankLine(text, m, from)) {
        addTrimmed(out, text, start, m.start());
        start = m.end();
        from = m.end();
      }
      addTrimmed(out, text, start, text.length());
    } else {
      int start = 0;
      for (int i = 0; i <= text.length(); i++) {
        if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
          addTrimmed(out, text, start, i);
          start = i + 1;
        }
      }
    }
    return out;
  }

  /**
   * The same as {@code m.find()} from {@code from} for {@link #BLANK_LINE}, whose every match starts
   * with a line break: the regex is tried only at line breaks instead of at every character.
   */
  private static boolean nextBlankLine(String text, Matcher m, int from) {
    int n = text.length();
    for (int p = from; p < n; p++) {
      char c = text.charAt(p);
      if ((c == '\n' || c == '\r') && m.region(p, n).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  private static void addTrimmed(List<Span> out, String text, int from, int to) {
    Span s = trim(text, from, to);
    if (s.length() > 0) {
      out.add(s);
    }
  }

  static Span trim(String text, int from, int to) {
    while (from < to && isBlank(text.charAt(from))) {
      from++;
    }
    while (to > from && isBlank(text.charAt(to - 1))) {
      to--;
    }
    return new Span(from, to);
  }

  private static boolean isBlank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }

  /**
   * Drops a trailing all-capital token of one to three letters that the body never uses: a section
   * code such as the {@code HR} after seed 000's headline. {@code VS} at the end of a headline is kept
   * because the body uses it.
   */
  private static Span stripHeadlineArtefact(String text, Span headline) {
    String h = headline.of(text);
    Matcher m = Pattern.compile("\\s+(\\p{Lu}{1,3})$").matcher(h);
    if (m.find() && !Pattern.compile("\\b" + m.group(1) + "\\b").matcher(text.substring(headline.end())).find()
        && !endsLikeSentence(h)) {
      return new Span(headline.start(), headline.start() + m.start());
    }
    return headline;
  }

  private static boolean endsLikeSentence(String s) {
    String t = s.replaceAll("[\"'”’»)\\s]+$", "");
    return t.endsWith(".") || t.endsWith("!") || t.endsWith("?");
  }

  private static boolean bodyRepeats(String text, int from, String title) {
    String core = title.replaceAll("[.!?\"'”’]+$", "").strip();
    return core.length() > 20 && text.indexOf(core, from) >= 0;
  }

  /** An intertitle: one short line without a closing full stop, often in quotes. */
  private static boolean looksLikeHeading(String s) {
    if (s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
      return false;
    }
    String inner = stripQuotes(s);
    if (inner.isEmpty() || endsLikeSentence(inner) || inner.endsWith(",") || inner.endsWith(";")) {
      return false;
    }
    int words = inner.split("\\s+").length;
    return words <= HEADING_MAX_WORDS && Character.isUpperCase(inner.codePointAt(0));
  }

  private static String stripQuotes(String s) {
    return s.replaceAll("^(?:,,|[\"'„“‘«])", "").replaceAll("(?:''|[\"'”’»])$", "").strip();
  }

  /** The heading's span without its surrounding quote marks. */
  private static Span unquote(String text, Span span) {
    String s = span.of(text);
    int from = span.start();
    int to = span.end();
    if (s.startsWith(",,")) {
      from += 2;
    } else if (!s.isEmpty() && "\"'„“‘«".indexOf(s.charAt(0)) >= 0) {
      from += 1;
    }
    String t = text.substring(from, to);
    if (t.endsWith("''")) {
      to -= 2;
    } else if (!t.isEmpty() && "\"'”’»".indexOf(t.charAt(t.length() - 1)) >= 0) {
      to -= 1;
    }
    return trim(text, from, to);
  }
}
