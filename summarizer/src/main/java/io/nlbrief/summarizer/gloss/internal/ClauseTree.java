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

  static boolean contiguous(List<Integer> sortedIndices) {
    return sortedIndices.isEmpty() || sortedIndices.get(sortedIndices.size() - 1) - sortedIndices.get(0) + 1 == sortedIndices.size();
  }
}
