package io.nlbrief.parser.internal;

import io.nlbrief.parser.Token.Reading;
import io.nlbrief.parser.UPos;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One sentence's tree written by hand for the rule tests, one row a word: "form UPOS features
 * lemma head relation", heads 0-based (-1 for the root), the way the greedy parser gets it wrong.
 */
record HandTree(List<UdTagger.Word> words, UPos[] pos, String[] feats, String[] lemmas, int[] heads, String[] rels) {
  private static final Set<String> AUXILIARIES = Set.of("hebben", "kunnen", "moeten", "mogen", "worden", "zullen");

  static HandTree of(String... rows) {
    List<UdTagger.Word> words = new ArrayList<>();
    int n = rows.length;
    UPos[] pos = new UPos[n];
    String[] feats = new String[n];
    String[] lemmas = new String[n];
    int[] heads = new int[n];
    String[] rels = new String[n];
    for (int i = 0; i < n; i++) {
      String[] c = rows[i].split(" ");
      words.add(UdTagger.Word.of(c[0], List.of()));
      pos[i] = UPos.valueOf(c[1]);
      feats[i] = c[2];
      lemmas[i] = c[3];
      heads[i] = Integer.parseInt(c[4]);
      rels[i] = c[5];
    }
    return new HandTree(words, pos, feats, lemmas, heads, rels);
  }

  /** All the tree rules, with {@code verbs} (form to LanguageTool tag) as the dictionary. */
  void apply(Map<String, String> verbs) {
    Function<String, List<Reading>> dictionary =
        w -> verbs.containsKey(w) ? List.of(new Reading(w, verbs.get(w))) : List.of();
    TreeRules.apply(words, pos, feats, lemmas, heads, rels, dictionary, AUXILIARIES);
  }
}
