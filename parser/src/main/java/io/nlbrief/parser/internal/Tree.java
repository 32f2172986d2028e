package io.nlbrief.parser.internal;

import io.nlbrief.parser.Token.Reading;
import io.nlbrief.parser.UPos;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * One sentence's analysis as the {@link TreeRule}s see and change it: per word, the label (part of
 * speech and features), lemma, head (0-based, -1 for the root) and relation, in arrays the rules
 * write in place; the dictionary's own readings of a word ({@code dictionary}: no compound
 * guessing) and the verb lemmas the model learnt as auxiliaries. {@code inIdiom} and {@code
 * stranded} are marks one rule leaves for the next: the words of a fixed expression ({@code in
 * elkaar zetten}) and the prepositions stranded after an R-pronoun ({@code daar wacht zij op}),
 * neither of which is a particle of its own. Belongs to one sentence's analysis, so to one thread.
 */
record Tree(List<UdTagger.Word> words, UPos[] pos, String[] feats, String[] lemmas, int[] heads, String[] rels,
    Function<String, List<Reading>> dictionary, Set<String> auxiliaries, boolean[] inIdiom, boolean[] stranded) {

  static Tree of(List<UdTagger.Word> words, UPos[] pos, String[] feats, String[] lemmas, int[] heads, String[] rels,
      Function<String, List<Reading>> dictionary, Set<String> auxiliaries) {
    int n = words.size();
    return new Tree(words, pos, feats, lemmas, heads, rels, dictionary, auxiliaries, new boolean[n], new boolean[n]);
  }

  int size() {
    return words.size();
  }
}
