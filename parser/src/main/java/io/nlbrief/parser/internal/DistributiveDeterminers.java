package io.nlbrief.parser.internal;

import io.nlbrief.parser.UPos;
import java.util.List;
import java.util.Set;

/**
 * {@code elk}, {@code elke}, {@code ieder} and {@code iedere} before a noun (or an adjective and a
 * noun) are its determiner: {@code elke dag}, {@code iedere nieuwe leerling}. The tagger sometimes
 * reads them as the pronoun (as in {@code ieder voor zich}) and the parser then hangs them on the
 * verb as an object of their own. Looks at most {@link Trees#MAX_SCAN} words either side: linear.
 */
final class DistributiveDeterminers {
  static final TreeRule RULE =
      TreeRule.of("distributive-determiners", t -> apply(t.words(), t.pos(), t.feats(), t.heads(), t.rels()));

  private static final Set<String> WORDS = Set.of("elk", "elke", "ieder", "iedere");

  private DistributiveDeterminers() {}

  static void apply(List<UdTagger.Word> words, UPos[] pos, String[] feats, int[] heads, String[] rels) {
    int n = heads.length;
    for (int i = 0; i + 1 < n; i++) {
      // at the start of a sentence the tagger may take Elke for the name
      if (!(pos[i] == UPos.PRON || pos[i] == UPos.PROPN && i == 0) || !WORDS.contains(words.get(i).lower())) {
        continue;
      }
      int noun = pos[i + 1] == UPos.NOUN ? i + 1 : pos[i + 1] == UPos.ADJ && i + 2 < n && pos[i + 2] == UPos.NOUN ? i + 2 : -1;
      if (noun < 0) {
        continue;
      }
      if (heads[noun] == i) {
        heads[noun] = heads[i];
        rels[noun] = rels[i];
      }
      for (int d = Math.max(0, i - Trees.MAX_SCAN); d < Math.min(n, i + Trees.MAX_SCAN); d++) {
        if (heads[d] == i && d != noun) {
          heads[d] = noun; // what the parser hung on the pronoun belongs to the noun phrase
        }
      }
      pos[i] = UPos.DET;
      feats[i] = "_";
      heads[i] = noun;
      rels[i] = "det";
    }
  }
}
