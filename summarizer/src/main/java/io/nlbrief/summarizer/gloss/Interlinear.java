package io.nlbrief.summarizer.gloss;

import java.util.ArrayList;
import java.util.List;

/**
 * The aligned interlinear layout: each Dutch word above its English gloss, in columns, wrapped to a
 * width. Punctuation rides on the word before it; a word glossed together with another (the
 * particle of a separable verb, the rest of a phrase) shows {@code ·} under it.
 */
public final class Interlinear {
  private static final String GAP = "  ";

  private Interlinear() {}

  /** The two-row blocks of the line, each row at most {@code width} characters (a longer single column excepted). */
  public static String render(GlossLine line, int width) {
    return render(line, width, false);
  }

  /**
   * The same columns with each English word's place in the rendered line as a subscript
   * ({@code he₁ bought₂}), so that a reader sees where English order moved it.
   */
  public static String renderWithPositions(GlossLine line, int width) {
    return render(line, width, true);
  }

  private static String render(GlossLine line, int width, boolean positions) {
    List<String[]> columns = new ArrayList<>();
    String[] pending = null; // opening punctuation waiting for the word it belongs to
    boolean singleOpen = false;
    boolean doubleOpen = false;
    for (GlossToken t : line.tokens()) {
      boolean punct = t.isPunctuation();
      String en = t.english().isEmpty() ? "·" : positions && t.position() >= 0 ? t.english() + subscript(t.position() + 1) : t.english();
      if (punct) {
        String d = t.dutch();
        boolean opening;
        if (d.equals("'") || d.equals("\"")) {
          boolean single = d.equals("'");
          opening = single ? !singleOpen : !doubleOpen;
          if (single) {
            singleOpen = opening;
          } else {
            doubleOpen = opening;
          }
        } else {
          opening = d.equals(",,") || d.equals("„") || d.equals("“") || d.equals("‘") || d.equals("(") || d.equals("[");
        }
        if (opening) {
          pending = pending == null ? new String[] {d, t.english()} : new String[] {pending[0] + d, pending[1] + t.english()};
          continue;
        }
        if (!columns.isEmpty()) {
          String[] last = columns.get(columns.size() - 1);
          last[0] = last[0] + d;
          last[1] = last[1] + t.english();
          continue;
        }
      }
      String[] column = {t.dutch(), punct ? t.english() : en};
      if (pending != null) {
        column[0] = pending[0] + column[0];
        column[1] = pending[1] + column[1];
        pending = null;
      }
      columns.add(column);
    }
    if (pending != null) {
      columns.add(pending);
    }
    StringBuilder out = new StringBuilder();
    StringBuilder top = new StringBuilder();
    StringBuilder bottom = new StringBuilder();
    for (String[] c : columns) {
      int w = Math.max(c[0].codePointCount(0, c[0].length()), c[1].codePointCount(0, c[1].length()));
      int used = top.length() == 0 ? 0 : top.codePointCount(0, top.length()) + GAP.length();
      if (top.length() > 0 && used + w > width) {
        flush(out, top, bottom);
      }
      if (top.length() > 0) {
        top.append(GAP);
        bottom.append(GAP);
      }
      top.append(pad(c[0], w));
      bottom.append(pad(c[1], w));
    }
    if (top.length() > 0) {
      flush(out, top, bottom);
    }
    return out.toString();
  }

  private static String subscript(int n) {
    StringBuilder b = new StringBuilder();
    for (char c : Integer.toString(n).toCharArray()) {
      b.append((char) ('₀' + (c - '0')));
    }
    return b.toString();
  }

  private static void flush(StringBuilder out, StringBuilder top, StringBuilder bottom) {
    out.append(top.toString().stripTrailing()).append('\n').append(bottom.toString().stripTrailing()).append('\n');
    top.setLength(0);
    bottom.setLength(0);
  }

  private static String pad(String s, int w) {
    int n = s.codePointCount(0, s.length());
    return s + " ".repeat(Math.max(0, w - n));
  }
}
