package io.nlbrief.parser.internal;

import io.nlbrief.parser.UPos;
import java.util.Set;

/**
 * An adjective used as an adverb straight before a comparative that modifies a verb says how the
 * verb's action goes, not how far: in {@code zich militair verder ontwikkelt}, {@code economisch
 * sterker staan}, {@code politiek dichter bij elkaar komen} the first word is the verb's {@code
 * advmod}, where the greedy parser hangs it on the comparative. A word of degree keeps the
 * comparative ({@code veel verder}, {@code nog sterker}, {@code iets dichter}, {@code steeds
 * beter}), and so does an adjective before a comparative that modifies no verb ({@code een
 * militair sterker land}). Looks at one pair of words at a time: linear.
 */
final class MannerBesideAComparative {
  static final TreeRule RULE = TreeRule.of("manner-beside-a-comparative",
      t -> apply(t.pos(), t.feats(), t.lemmas(), t.heads(), t.rels()));

  /** Words of degree and amount, which modify the comparative itself. */
  private static final Set<String> DEGREE = Set.of(
      "veel", "nog", "iets", "wat", "steeds", "heel", "zeer", "erg", "flink", "fors", "aanzienlijk", "beduidend",
      "duidelijk", "stukken", "ietsje", "ietwat", "zoveel", "zo", "des", "te", "almaar", "alsmaar", "wel", "niet",
      "ver", "nauwelijks", "amper", "hoe", "even", "ook", "al", "zelfs", "telkens", "weer", "opnieuw",
      "licht", "lichtjes", "enigszins", "behoorlijk", "vele");

  private MannerBesideAComparative() {}

  static void apply(UPos[] pos, String[] feats, String[] lemmas, int[] heads, String[] rels) {
    int n = pos.length;
    for (int a = 0; a + 1 < n; a++) {
      int c = a + 1;
      if (pos[a] != UPos.ADJ || heads[a] != c || !rels[a].equals("advmod") || !feats[a].contains("Degree=Pos")
          || DEGREE.contains(lemmas[a]) || !(pos[c] == UPos.ADJ || pos[c] == UPos.ADV)
          || !feats[c].contains("Degree=Cmp")) {
        continue;
      }
      int verb = heads[c];
      if (verb < 0 || verb >= n || !pos[verb].isVerbal() || !(rels[c].equals("advmod") || rels[c].equals("xcomp"))) {
        continue;
      }
      heads[a] = verb;
    }
  }
}
