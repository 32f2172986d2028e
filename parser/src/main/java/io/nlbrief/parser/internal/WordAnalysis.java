package io.nlbrief.parser.internal;

import io.nlbrief.parser.UPos;
import java.util.List;

/**
 * The analysis of one sentence's words: labels, lemmas, heads (0-based, -1 for the root) and
 * relations. The one routine the analyser and the trainer's check both use.
 */
record WordAnalysis(UPos[] pos, String[] features, String[] lemmas, int[] heads, String[] relations) {

  static WordAnalysis of(SyntaxModel model, List<UdTagger.Word> words,
      java.util.function.Function<String, List<io.nlbrief.parser.Token.Reading>> dictionary,
      java.util.function.Function<String, List<io.nlbrief.parser.Token.Reading>> plainDictionary) {
    int n = words.size();
    UdTagger tagger = model.tagger();
    int[] labels = tagger.tag(words);
    tagger.markForeignStretches(words, labels, plainDictionary);
    UPos[] pos = new UPos[n];
    String[] feats = new String[n];
    String[] lemmas = new String[n];
    for (int i = 0; i < n; i++) {
      pos[i] = tagger.pos(labels[i]);
      feats[i] = tagger.features(labels[i]);
      UdTagger.Word w = words.get(i);
      lemmas[i] = model.lemmatizer().lemma(w.form(), w.readings(), pos[i], feats[i], plainDictionary);
    }
    ArcEagerParser.Output parse = model.parser().parse(parserInput(words, labels, pos));
    String[] names = model.parser().relations();
    int[] heads = new int[n];
    String[] rels = new String[n];
    for (int i = 0; i < n; i++) {
      heads[i] = parse.head()[i + 1] - 1;
      int r = parse.relation()[i + 1];
      rels[i] = r < 0 ? "dep" : names[r];
    }
    TreeRules.apply(words, pos, feats, lemmas, heads, rels, plainDictionary, model.auxiliaries());
    return new WordAnalysis(pos, feats, lemmas, heads, rels);
  }

  static ArcEagerParser.Input parserInput(List<UdTagger.Word> words, int[] labels, UPos[] pos) {
    int n = words.size();
    int[] w = new int[n + 1];
    int[] t = new int[n + 1];
    int[] p = new int[n + 1];
    boolean[] verbal = new boolean[n + 1];
    boolean[] comma = new boolean[n + 1];
    for (int i = 0; i < n; i++) {
      w[i + 1] = words.get(i).lower().hashCode();
      t[i + 1] = labels[i];
      p[i + 1] = pos[i].ordinal();
      verbal[i + 1] = pos[i].isVerbal();
      comma[i + 1] = words.get(i).form().equals(",");
    }
    return new ArcEagerParser.Input(w, t, p, verbal, comma);
  }
}
