package io.nlbrief.summarizer;

import io.nlbrief.parser.Article;
import io.nlbrief.parser.ArticleParser;
import io.nlbrief.parser.ParseException;
import java.nio.charset.StandardCharsets;

/**
 * A piece of Dutch that is not a whole article (a headline held only as metadata, a sentence typed
 * on the command line) analysed as sentences. A line without closing punctuation is a heading to
 * the parser, which leaves headings untagged; a full stop is added for parsing, and {@link
 * #withoutAddedStop} takes it off the English again.
 *
 * @param article the fragment parsed on its own; its spans point into the fragment, not into any article
 * @param stopAdded whether a full stop was added
 */
public record Fragment(Article article, boolean stopAdded) {

  /** Parses {@code text} with {@code parser} (which must tag) under the name {@code name}. */
  public static Fragment analyse(ArticleParser parser, String text, String name) throws ParseException {
    String stripped = text.strip();
    boolean stop = !stripped.isEmpty() && !stripped.matches("(?s).*[.!?…]$");
    String parsed = stop ? stripped + "." : stripped;
    return new Fragment(parser.parse(parsed.getBytes(StandardCharsets.UTF_8), name), stop);
  }

  /** {@code english} (the rendering of the fragment's last sentence) without the full stop added for parsing. */
  public String withoutAddedStop(String english) {
    return stopAdded && english.endsWith(".") ? english.substring(0, english.length() - 1).stripTrailing() : english;
  }
}
