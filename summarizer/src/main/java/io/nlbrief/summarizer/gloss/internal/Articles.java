package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.parser.Token;
import io.nlbrief.parser.UPos;
import java.util.List;

/**
 * The Dutch definite article where English has none. Dutch puts de/het before a noun used in
 * general where English leaves the noun bare: {@code de meeste} + noun is "most" (de meeste
 * kiezers → most voters), not "the most", which English keeps for the superlative of an adjective
 * (de meeste mooie → the most beautiful is not Dutch: that is de mooiste), and for the object of
 * a verb, where de meeste is as often the superlative of veel (zij kreeg de meeste stemmen → she
 * got the most votes). The article is dropped,
 * never moved; its token keeps the rule's name.
 */
final class Articles implements Stage {
  static final String RULE = "article-dropped";

  @Override
  public String name() {
    return "articles";
  }

  @Override
  public void apply(Slots s) {
    for (int i = 0; i + 1 < s.size(); i++) {
      if (!isDefiniteArticle(s, i)) {
        continue;
      }
      int noun = nounAfter(s, i + 2);
      if (s.lower(i + 1).equals("meeste") && noun >= 0 && !s.token(noun).dependency().baseRelation().equals("obj")) {
        drop(s, i); // de meeste kiezers → most voters
        if ("most".equals(s.english[i + 1]) || s.english[i + 1] == null) {
          s.english[i + 1] = "most";
        }
      }
    }
  }

  /** A de or het the gloss renders "the". */
  static boolean isDefiniteArticle(Slots s, int i) {
    String w = s.lower(i);
    return (w.equals("de") || w.equals("het") || w.equals("'t")) && "the".equals(s.english[i])
        && s.token(i).upos() == UPos.DET;
  }

  /** The noun at {@code k}, maybe after adjectives (de meeste grote steden), or -1. */
  private static int nounAfter(Slots s, int k) {
    for (; k < s.size(); k++) {
      UPos u = s.token(k).upos();
      if (u == UPos.NOUN || u == UPos.PROPN) {
        return k;
      }
      if (u != UPos.ADJ) {
        return -1;
      }
    }
    return -1;
  }

  static void drop(Slots s, int i) {
    s.english[i] = "";
    s.origin[i] = s.origin[i] + "+" + RULE;
  }

  @SuppressWarnings("unused")
  private static boolean hasDependent(Slots s, int head, List<String> relations) {
    for (int c : s.tree().children(head)) {
      Token t = s.token(c);
      if (relations.contains(t.dependency().baseRelation())) {
        return true;
      }
    }
    return false;
  }
}
