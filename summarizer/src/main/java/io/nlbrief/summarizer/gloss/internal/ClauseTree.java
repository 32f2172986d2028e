package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.parser.Token;
import java.util.ArrayList;
import java.util.List;

/** The dependency tree of one analysed sentence as child lists, for the ordering stages. */
final class ClauseTree {
  private final List<List<Integer>> children;

  ClauseTree(List<Token> tokens) {
    children = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      children.add(null); // most tokens are leaves: their list is made only when they have a child
    }
    for (int i = 0; i < tokens.size(); i++) {
      int h = tokens.get(i).dependency().head();
      if (h >= 0 && h < tokens.size() && h != i) {
        if (children.get(h) == null) {
          children.set(h, new ArrayList<>(3));
        }
        children.get(h).add(i);
      }
    }
  }

  List<Integer> children(int i) {
    List<Integer> c = children.get(i);
    return c == null ? List.of() : c;
  }

  /** {@code i} and every token below it, in text order; a cycle in a broken tree is not followed twice. */
  List<Integer> subtree(int i) {
    boolean[] seen = new boolean[children.size()];
    List<Integer> out = new ArrayList<>();
    List<Integer> stack = new ArrayList<>();
    stack.add(i);
    while (!stack.isEmpty()) {
      int k = stack.remove(stack.size() - 1);
      if (seen[k]) {
        continue;
      }
      seen[k] = true;
      out.add(k);
      stack.addAll(children(k));
    }
    out.sort(null);
    return out;
  }

  /** Per token, whether a clause of the analysis opens there (see {@link Slots#opensClause}). */
  static boolean[] clauseOpenings(List<Token> tokens, List<io.nlbrief.parser.Clause> clauses) {
    int n = tokens.size();
    boolean[] out = new boolean[n];
    boolean[] head = new boolean[n];
    for (io.nlbrief.parser.Clause c : clauses) {
      if (c.marker() >= 0 && c.marker() < n) {
        out[c.marker()] = true;
      }
      if (c.head() >= 0 && c.head() < n) {
        head[c.head()] = true;
      }
    }
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      int h = t.dependency().head();
      if (h >= 0 && h < n && head[h] && t.dependency().relation().equals("cc")) {
        out[i] = true;
      }
      // a subordinator or relative pronoun opens a clause even where the tree hangs it elsewhere
      if (t.upos() == io.nlbrief.parser.UPos.SCONJ || "Rel".equals(t.morphology().feature("PronType"))) {
        out[i] = true;
      }
      // waar (waarover, waarmee) hung on the verb of a clause after it opens that clause: de zaak waar hij over sprak
      if (i > 0 && h > i && h < n && head[h] && t.upos() == io.nlbrief.parser.UPos.ADV && isWaar(t.text())) {
        out[i] = true;
      }
    }
    return out;
  }

  /** The prepositions joined to waar in a relative or interrogative word (waarover, waarmee). */
  private static final java.util.Set<String> WAAR_PREPOSITIONS = java.util.Set.of(
      "aan", "van", "voor", "over", "op", "in", "uit", "mee", "toe", "bij", "door", "tegen", "om", "naar", "achter",
      "onder", "tussen", "zonder", "na", "langs", "naast", "binnen", "heen", "tegenover");

  /** waar, or waar joined with a preposition (not waarschijnlijk, waarde). */
  private static boolean isWaar(String text) {
    String w = text.toLowerCase(java.util.Locale.ROOT);
    return w.equals("waar") || w.startsWith("waar") && WAAR_PREPOSITIONS.contains(w.substring(4));
  }

  static boolean contiguous(List<Integer> sortedIndices) {
    return sortedIndices.isEmpty() || sortedIndices.get(sortedIndices.size() - 1) - sortedIndices.get(0) + 1 == sortedIndices.size();
  }
}
