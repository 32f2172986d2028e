package io.nlbrief.parser.internal;

import io.nlbrief.parser.Token.Reading;
import io.nlbrief.parser.UPos;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Universal Dependencies parts of speech and features for a sentence: a greedy left-to-right
 * averaged perceptron whose features are the word, its affixes and shape, every reading
 * LanguageTool's dictionary gives it (so an unseen word still brings its possible tags), its
 * neighbours and their readings, the labels already given, and two facts of the clause so far
 * (a finite verb seen, a complementiser or relative word seen). A label is the UD part of speech
 * with its features ({@code VERB|Number=Sing|Tense=Past|VerbForm=Fin}), so {@code lopen} as a
 * finite plural and as an infinitive are told apart by context. Thread-safe.
 */
final class UdTagger {
  /** Label meaning "not yet tagged" or "before the sentence". */
  static final int NONE = -1;

  private final Perceptron model;
  private final String[] labels;
  private final UPos[] labelPos;
  private final String[] labelFeats;
  private final boolean[] labelFinite;
  private final boolean[] labelOpensClause;
  /** Per distinct LanguageTool tag, its hashed parts (full tag, first two segments, first segment). */
  private final ConcurrentHashMap<String, int[]> tagParts = new ConcurrentHashMap<>();
  private final FiniteInClause finiteInClause;
  private final ForeignStretch foreignStretch;
  private final PhraseWordTags phraseWordTags;

  UdTagger(Perceptron model, String[] labels) {
    this.model = model;
    this.labels = labels;
    this.labelPos = new UPos[labels.length];
    this.labelFeats = new String[labels.length];
    this.labelFinite = new boolean[labels.length];
    this.labelOpensClause = new boolean[labels.length];
    for (int i = 0; i < labels.length; i++) {
      int bar = labels[i].indexOf('|');
      labelPos[i] = UPos.parse(bar < 0 ? labels[i] : labels[i].substring(0, bar));
      labelFeats[i] = bar < 0 ? "_" : labels[i].substring(bar + 1);
      labelFinite[i] = labelFeats[i].contains("VerbForm=Fin");
      labelOpensClause[i] = labelPos[i] == UPos.SCONJ || labelFeats[i].contains("PronType=Rel");
    }
    this.finiteInClause = new FiniteInClause(this);
    this.foreignStretch = new ForeignStretch(this);
    this.phraseWordTags = new PhraseWordTags(this);
  }

  String[] labels() {
    return labels;
  }

  UPos pos(int label) {
    return labelPos[label];
  }

  String features(int label) {
    return labelFeats[label];
  }

  /** Whether the label is a finite verb form ({@code VerbForm=Fin}). */
  boolean finite(int label) {
    return labelFinite[label];
  }

  /** Whether the label opens a clause: a complementiser or a relative pronoun or adverb. */
  boolean opensClause(int label) {
    return labelOpensClause[label];
  }

  /** One word as the tagger sees it. */
  record Word(String form, String lower, List<Reading> readings) {
    static Word of(String form, List<Reading> readings) {
      return new Word(form, form.toLowerCase(Locale.ROOT), readings);
    }
  }

  /** The label of every word. */
  int[] tag(List<Word> words) {
    int n = words.size();
    int[] out = new int[n];
    Arrays.fill(out, NONE);
    long[] features = new long[64];
    float[] scores = new float[labels.length];
    int[] ambiguity = ambiguityClasses(words);
    boolean[] verbLater = verbLater(words);
    boolean seenFinite = false;
    boolean seenOpener = false;
    long[] scratch = new long[2 * features.length + 1];
    for (int i = 0; i < n; i++) {
      int count = features(words, ambiguity, verbLater, out, i, seenFinite, seenOpener, features);
      Arrays.fill(scores, 0);
      model.score(features, count, scores, scratch);
      out[i] = Perceptron.argmax(scores, null);
      seenFinite |= labelFinite[out[i]];
      seenOpener |= labelOpensClause[out[i]];
    }
    phraseWordTags.beforeClauses(words, out);
    finiteInClause.apply(words, out);
    phraseWordTags.apply(words, out);
    return out;
  }

  /**
   * Tags the stretches of another language in a tagged sentence {@code X} ({@link ForeignStretch});
   * {@code dictionary}: the Dutch dictionary's own readings of a lower-case word.
   */
  void markForeignStretches(List<Word> words, int[] labels,
      java.util.function.Function<String, List<Reading>> dictionary) {
    foreignStretch.apply(words, labels, dictionary);
  }

  /** Trains one pass over one sentence with the gold labels; returns the number of errors. */
  int train(Perceptron.Trainer trainer, List<Word> words, int[] gold) {
    int n = words.size();
    int[] out = new int[n];
    Arrays.fill(out, NONE);
    long[] features = new long[64];
    float[] scores = new float[labels.length];
    int[] ambiguity = ambiguityClasses(words);
    boolean[] verbLater = verbLater(words);
    boolean seenFinite = false;
    boolean seenOpener = false;
    int errors = 0;
    for (int i = 0; i < n; i++) {
      int count = features(words, ambiguity, verbLater, out, i, seenFinite, seenOpener, features);
      trainer.score(features, count, scores);
      int predicted = Perceptron.argmax(scores, null);
      trainer.update(features, count, gold[i], predicted);
      errors += predicted != gold[i] ? 1 : 0;
      out[i] = gold[i]; // the history is gold while training
      seenFinite |= labelFinite[gold[i]];
      seenOpener |= labelOpensClause[gold[i]];
    }
    return errors;
  }

  private int[] ambiguityClasses(List<Word> words) {
    int[] out = new int[words.size()];
    for (int i = 0; i < out.length; i++) {
      int h = 17;
      // The readings' first segments in a fixed order (their hashes summed: order-free).
      int seen = 0;
      for (Reading r : words.get(i).readings()) {
        int first = parts(r.tag())[2];
        h += first * 31 + 7;
        seen++;
      }
      out[i] = seen == 0 ? shape(words.get(i).form()) * 1_000_003 : h;
    }
    return out;
  }

  private int[] parts(String tag) {
    int[] p = tagParts.get(tag);
    if (p == null) {
      int c1 = tag.indexOf(':');
      int c2 = c1 < 0 ? -1 : tag.indexOf(':', c1 + 1);
      String first = c1 < 0 ? tag : tag.substring(0, c1);
      String two = c2 < 0 ? tag : tag.substring(0, c2);
      p = new int[] {tag.hashCode(), two.hashCode(), first.hashCode()};
      tagParts.put(tag, p);
    }
    return p;
  }

  /** Whether a word after position i has a participle or infinitive reading (for auxiliary against verb). */
  private static boolean[] verbLater(List<Word> words) {
    boolean[] out = new boolean[words.size()];
    boolean any = false;
    for (int i = words.size() - 1; i >= 0; i--) {
      out[i] = any;
      for (Reading r : words.get(i).readings()) {
        String t = r.tag();
        if (t.startsWith("WKW:VTD") || t.startsWith("WKW") && t.contains("INF")) {
          any = true;
          break;
        }
      }
    }
    return out;
  }

  private int features(List<Word> words, int[] ambiguity, boolean[] verbLater, int[] labelsSoFar, int i,
      boolean seenFinite, boolean seenOpener, long[] f) {
    int n = words.size();
    Word w = words.get(i);
    String lower = w.lower();
    int k = 0;
    int prev = i > 0 ? labelsSoFar[i - 1] : NONE;
    int prev2 = i > 1 ? labelsSoFar[i - 2] : NONE;
    int shape = shape(w.form()) * 2 + (i == 0 ? 1 : 0);
    int amb = ambiguity[i];
    f[k++] = Perceptron.key(1, 0);
    f[k++] = Perceptron.key(2, lower.hashCode());
    f[k++] = Perceptron.key(3, suffix(lower, 1));
    f[k++] = Perceptron.key(4, suffix(lower, 2));
    f[k++] = Perceptron.key(5, suffix(lower, 3));
    f[k++] = Perceptron.key(6, suffix(lower, 4));
    f[k++] = Perceptron.key(7, shape);
    f[k++] = Perceptron.key(8, amb);
    f[k++] = Perceptron.key(9, prev);
    f[k++] = Perceptron.key(10, prev, prev2);
    f[k++] = Perceptron.key(11, i > 0 ? words.get(i - 1).lower().hashCode() : 1);
    f[k++] = Perceptron.key(12, i + 1 < n ? words.get(i + 1).lower().hashCode() : 1);
    f[k++] = Perceptron.key(13, i > 1 ? words.get(i - 2).lower().hashCode() : 1);
    f[k++] = Perceptron.key(14, i + 2 < n ? words.get(i + 2).lower().hashCode() : 1);
    int nextAmb = i + 1 < n ? ambiguity[i + 1] : 1;
    int prevAmb = i > 0 ? ambiguity[i - 1] : 1;
    f[k++] = Perceptron.key(15, nextAmb);
    f[k++] = Perceptron.key(16, prevAmb);
    f[k++] = Perceptron.key(17, amb, prev);
    f[k++] = Perceptron.key(18, amb, nextAmb);
    f[k++] = Perceptron.key(19, amb, prev, nextAmb);
    f[k++] = Perceptron.key(20, amb, (seenFinite ? 1 : 0) + (seenOpener ? 2 : 0));
    f[k++] = Perceptron.key(21, lower.hashCode(), prev);
    f[k++] = Perceptron.key(22, lower.hashCode(), nextAmb);
    f[k++] = Perceptron.key(23, amb, i + 2 < n ? ambiguity[i + 2] : 1);
    f[k++] = Perceptron.key(24, amb, i > 0 ? words.get(i - 1).lower().hashCode() : 1);
    f[k++] = Perceptron.key(25, amb, i + 1 < n ? words.get(i + 1).lower().hashCode() : 1);
    if (w.readings().isEmpty()) {
      f[k++] = Perceptron.key(26, suffix(lower, 3), shape);
    }
    List<Reading> readings = w.readings();
    for (Reading r : readings) {
      if (r.tag().startsWith("WKW")) {
        f[k++] = Perceptron.key(30, r.lemma().hashCode(), verbLater[i] ? 1 : 0);
        break;
      }
    }
    for (int r = 0; r < readings.size() && k < f.length - 4; r++) {
      int[] p = parts(readings.get(r).tag());
      f[k++] = Perceptron.key(27, p[0]);
      f[k++] = Perceptron.key(28, p[1], (seenFinite ? 1 : 0) + (seenOpener ? 2 : 0));
      if (r == 0) {
        f[k++] = Perceptron.key(29, p[0]);
      }
    }
    return k;
  }

  /** A hash of the last {@code len} characters, without making the substring. */
  private static int suffix(String s, int len) {
    int h = len;
    for (int i = Math.max(0, s.length() - len); i < s.length(); i++) {
      h = 31 * h + s.charAt(i);
    }
    return h;
  }

  /** Capitalisation, digits, punctuation and hyphen, as a small number. */
  static int shape(String form) {
    if (form.isEmpty()) {
      return 0;
    }
    int c = form.codePointAt(0);
    boolean upper = Character.isUpperCase(c);
    boolean allUpper = upper && form.length() > 1 && form.equals(form.toUpperCase(Locale.ROOT));
    boolean digit = false;
    boolean letter = false;
    boolean hyphen = false;
    for (int i = 0; i < form.length(); i++) {
      char ch = form.charAt(i);
      digit |= Character.isDigit(ch);
      letter |= Character.isLetter(ch);
      hyphen |= ch == '-';
    }
    int s = !letter && !digit ? 1 : digit && !letter ? 2 : digit ? 3 : allUpper ? 4 : upper ? 5 : 6;
    return s * 2 + (hyphen ? 1 : 0);
  }
}
