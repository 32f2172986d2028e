package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.summarizer.gloss.GlossToken;
import java.util.List;

/**
 * Joins token glosses into one line: words with single spaces, punctuation attached as in English,
 * straight quotes opening and closing in turn, the first letter capitalised.
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
      GlossToken t = tokens.get(order == null ? k : order.get(k));
      String g = t.english();
      if (g == null || g.isEmpty()) {
        continue;
      }
      boolean punct = t.origin().equals("punctuation");
      boolean attachHere;
      boolean opening = false;
      if (punct && (g.equals("\"") || g.equals("'"))) {
        boolean open = g.equals("\"") ? !doubleOpen : !singleOpen;
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
