package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.summarizer.gloss.GlossToken;
import java.util.List;

/** Joins token glosses into one line: words with single spaces, punctuation attached as in English. */
public final class LineLayout {
  private LineLayout() {}

  public static String join(List<GlossToken> tokens) {
    StringBuilder sb = new StringBuilder();
    boolean attachNext = false;
    for (GlossToken t : tokens) {
      String g = t.english();
      if (g.isEmpty()) {
        continue;
      }
      boolean closing = t.origin().equals("punctuation") && isClosing(g);
      boolean opening = t.origin().equals("punctuation") && isOpening(g);
      if (sb.length() > 0 && !closing && !attachNext) {
        sb.append(' ');
      }
      sb.append(g);
      attachNext = opening;
    }
    return sb.toString();
  }

  private static boolean isClosing(String p) {
    return p.matches("[.,;:!?)\\]}’”»]+|''|…");
  }

  private static boolean isOpening(String p) {
    return p.matches("[(\\[{‘“„«]|,,");
  }
}
