package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.summarizer.gloss.GlossToken;
import java.util.List;

/**
 * Joins token glosses into one line: words with single spaces, punctuation attached as in English,
 * straight quotes opening or closing as they stand against the Dutch words (else in turn), the first letter capitalised.
 */
public final class LineLayout {
  private LineLayout() {}

  /** The tokens' English in Dutch order: the literal, word-by-word line. */
  public static String join(List<GlossToken> tokens) {
    return join(tokens, null);
  }

  /** The tokens' English in {@code order} (token indices), or in Dutch order when it is null. */
  public static String join(List<GlossToken> tokens, List<Integer> order) {
    StringBuilder sb = new StringBuilder();
    boolean attachNext = true;
    boolean doubleOpen = false;
    boolean singleOpen = false;
    for (int k = 0; k < tokens.size(); k++) {
      int index = order == null ? k : order.get(k);
      GlossToken t = tokens.get(index);
      String g = t.english();
      if (g == null || g.isEmpty()) {
        continue;
      }
      boolean punct = t.isPunctuation();
      boolean attachHere;
      boolean opening = false;
      if (punct && (g.equals("\"") || g.equals("'"))) {
        Boolean shape = opening(tokens, index);
        boolean open = shape != null ? shape : g.equals("\"") ? !doubleOpen : !singleOpen;
        if (g.equals("\"")) {
          doubleOpen = open;
        } else {
          singleOpen = open;
        }
        attachHere = !open;
        opening = open;
      } else {
        attachHere = punct && isClosing(g);
        opening = punct && isOpening(g);
      }
      if (sb.length() > 0 && !attachHere && !attachNext) {
        sb.append(' ');
      }
      sb.append(g);
      attachNext = opening;
    }
    if (!sb.isEmpty()) {
      int first = 0;
      while (first < sb.length() && !Character.isLetter(sb.charAt(first)) && sb.charAt(first) != '⟨') {
        first++;
      }
      if (first < sb.length() && sb.charAt(first) != '⟨') {
        sb.setCharAt(first, Character.toUpperCase(sb.charAt(first)));
      }
    }
    return sb.toString();
  }

  /**
   * A quotation mark that stands against the word after it and not the one before opens, one the
   * other way round closes (wat hij zei.’ closes a quotation opened in an earlier sentence); null
   * where the Dutch does not tell, and the marks open and close in turn.
   */
  private static Boolean opening(List<GlossToken> tokens, int i) {
    GlossToken t = tokens.get(i);
    if (t.span() == null) {
      return null;
    }
    boolean before = i > 0 && tokens.get(i - 1).span() != null && tokens.get(i - 1).span().end() == t.span().start();
    boolean after = i + 1 < tokens.size() && tokens.get(i + 1).span() != null
        && tokens.get(i + 1).span().start() == t.span().end();
    if (after && !before) {
      return Boolean.TRUE;
    }
    return before && !after ? Boolean.FALSE : null;
  }

  static boolean isClosing(String p) {
    for (int i = 0; i < p.length(); i++) {
      if (".,;:!?)]}…%".indexOf(p.charAt(i)) < 0) {
        return false;
      }
    }
    return !p.isEmpty();
  }

  static boolean isOpening(String p) {
    return p.length() == 1 && "([{".indexOf(p.charAt(0)) >= 0;
  }
}
