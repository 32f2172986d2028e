package io.nlbrief.parser.internal;

import io.nlbrief.parser.ParseException;
import io.nlbrief.parser.ParseException.Reason;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * How deep the elements of an HTML page nest, measured on its markup before Tika reads it. Why
 * here: Tika's HTML parser (jsoup) stops nesting at 512 levels and goes on, so Tika's own depth
 * limit, which refuses XML deeper than {@link TikaEngine#MAX_DEPTH}, never sees a deeper HTML
 * page, and a page nested 100,000 deep was read as if it were an article. Elements whose end tag
 * HTML lets a writer leave out ({@code p}, {@code li}, {@code td}, …) and void elements ({@code
 * br}, {@code img}, …) are not counted, so real pages measure what they look like (a news page:
 * some 20 to 110); comments, {@code script}, {@code style} and the like are skipped. One pass over
 * the text; an end tag closes the nearest open element of its name, or nothing.
 */
final class HtmlDepth {
  private static final Set<String> NOT_COUNTED = Set.of(
      // void elements
      "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
      "track", "wbr", "keygen", "command", "basefont", "frame", "isindex",
      // end tag optional
      "html", "head", "body", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody",
      "tfoot", "colgroup", "caption", "rt", "rp", "rb", "rtc");
  /** Elements whose content is text up to their own end tag. */
  private static final Set<String> RAW_TEXT = Set.of("script", "style", "textarea", "title", "xmp", "plaintext", "noscript");

  private HtmlDepth() {}

  /** Refuses {@code html} as too deeply nested when its elements nest more than {@code max} levels. */
  static void refuseTooDeep(String html, String name, int max) throws ParseException {
    int depth = depth(html, max);
    if (depth > max) {
      throw new ParseException(name, Reason.TOO_DEEP,
          String.format(Locale.ROOT, "more than %,d levels of elements", max));
    }
  }

  /** The deepest nesting of counted elements, counted up to {@code max + 1}. */
  static int depth(String html, int max) {
    String[] open = new String[16];
    int depth = 0;
    int deepest = 0;
    int n = html.length();
    int i = 0;
    while (i < n && deepest <= max) {
      int lt = html.indexOf('<', i);
      if (lt < 0 || lt + 1 >= n) {
        break;
      }
      if (html.startsWith("<!--", lt)) {
        int end = html.indexOf("-->", lt + 4);
        i = end < 0 ? n : end + 3;
        continue;
      }
      char c = html.charAt(lt + 1);
      if (c == '!' || c == '?') {
        int end = html.indexOf('>', lt + 2);
        i = end < 0 ? n : end + 1;
        continue;
      }
      boolean closing = c == '/';
      int at = closing ? lt + 2 : lt + 1;
      int nameEnd = at;
      while (nameEnd < n && (Character.isLetterOrDigit(html.charAt(nameEnd)) || html.charAt(nameEnd) == '-'
          || html.charAt(nameEnd) == ':')) {
        nameEnd++;
      }
      if (nameEnd == at) {
        i = lt + 1; // a lone '<' in text
        continue;
      }
      String tag = html.substring(at, nameEnd).toLowerCase(Locale.ROOT);
      int gt = tagEnd(html, nameEnd);
      if (gt < 0) {
        break;
      }
      boolean selfClosing = html.charAt(gt - 1) == '/';
      i = gt + 1;
      if (closing) {
        for (int j = depth - 1; j >= 0 && j >= depth - 64; j--) {
          if (open[j].equals(tag)) {
            depth = j;
            break;
          }
        }
        continue;
      }
      if (RAW_TEXT.contains(tag)) {
        int end = endTag(html, tag, i);
        i = end < 0 ? n : end;
        continue;
      }
      if (selfClosing || NOT_COUNTED.contains(tag)) {
        continue;
      }
      if (depth == open.length) {
        open = Arrays.copyOf(open, depth * 2);
      }
      open[depth++] = tag;
      deepest = Math.max(deepest, depth);
    }
    return deepest;
  }

  /** Where {@code </tag} (any case) next begins from {@code from}, or -1. */
  private static int endTag(String html, String tag, int from) {
    for (int k = html.indexOf("</", from); k >= 0; k = html.indexOf("</", k + 2)) {
      if (html.regionMatches(true, k + 2, tag, 0, tag.length())) {
        return k;
      }
    }
    return -1;
  }

  /** The {@code >} that ends the tag whose name ends at {@code from}, past quoted attribute values. */
  private static int tagEnd(String html, int from) {
    char quote = 0;
    for (int k = from; k < html.length(); k++) {
      char c = html.charAt(k);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return k;
      }
    }
    return -1;
  }
}
