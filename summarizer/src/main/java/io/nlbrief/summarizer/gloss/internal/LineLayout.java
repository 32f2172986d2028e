package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.summarizer.gloss.GlossToken;
import java.util.List;

/**
 * Joins token glosses into one line: words with single spaces, punctuation attached as in English,
 * straight quotes opening and closing in turn, the first letter capitalised.
 */
public final class LineLayout {
  private LineLayout() {}

  public static String join(List<GlossToken> tokens) {
    StringBuilder sb = new StringBuilder();
    boolean attachNext = true;
    boolean doubleOpen = false;
    boolean singleOpen = false;
    for (GlossToken t : tokens) {
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
