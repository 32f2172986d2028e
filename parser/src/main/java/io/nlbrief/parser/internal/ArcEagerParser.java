package io.nlbrief.parser.internal;

import java.util.Arrays;

/**
 * A greedy arc-eager transition parser (Nivre 2003) scored by an averaged perceptron: one pass
 * over the sentence, at most 2n transitions, a fixed number of features per transition, so its
 * time is linear in the sentence's length. The features are the words and labels (part of
 * speech with features) of the stack's top two items and the buffer's first three, heads and
 * outermost dependents already built, the distance, valencies, and two clause facts between the
 * stack top and the buffer front: how many verbs and whether a comma lie between them, and
 * whether the stack top already has a subject. Non-projective gold trees are trained in their
 * lifted, projective form. Thread-safe: every parse has its own state.
 */
final class ArcEagerParser {
  static final int SHIFT = 0;
  static final int REDUCE = 1;

  private final Perceptron model;
  private final String[] relations;
  private final int rootRelation;
  private final int subjectRelation;
  private final int subjectPassRelation;

  ArcEagerParser(Perceptron model, String[] relations) {
    this.model = model;
    this.relations = relations;
    this.rootRelation = indexOf(relations, "root");
    this.subjectRelation = indexOf(relations, "nsubj");
    this.subjectPassRelation = indexOf(relations, "nsubj:pass");
  }

  String[] relations() {
    return relations;
  }

  static int transitions(int relations) {
    return 2 + 2 * relations;
  }

  private static int indexOf(String[] a, String s) {
    for (int i = 0; i < a.length; i++) {
      if (a[i].equals(s)) {
        return i;
      }
    }
    return -1;
  }

  /** What a sentence's words are to the parser: 1-based arrays, position 0 the artificial root. */
  record Input(int[] word, int[] label, int[] pos, boolean[] verbal, boolean[] comma) {
    int size() {
      return word.length - 1;
    }
  }

  /** The parse: {@code head[i]} 0 for the root, relation ids; 1-based. */
  record Output(int[] head, int[] relation) {}

  Output parse(Input in) {
    State s = new State(in);
    long[] f = new long[48];
    float[] scores = new float[model.labels()];
    boolean[] legal = new boolean[model.labels()];
    long[] scratch = new long[2 * f.length + 1];
    while (!s.done()) {
      int k = s.features(f);
      Arrays.fill(scores, 0);
      model.score(f, k, scores, scratch);
      s.legal(legal);
      s.apply(Perceptron.argmax(scores, legal));
    }
    return s.finish();
  }

  /** One training pass over one sentence with the static oracle; {@code goldHead} is projective. */
  int train(Perceptron.Trainer trainer, Input in, int[] goldHead, int[] goldRelation) {
    State s = new State(in);
    long[] f = new long[48];
    float[] scores = new float[model == null ? transitions(relations.length) : model.labels()];
    boolean[] legal = new boolean[scores.length];
    int errors = 0;
    while (!s.done()) {
      int gold = s.oracle(goldHead, goldRelation);
      int k = s.features(f);
      trainer.score(f, k, scores);
      s.legal(legal);
      int predicted = Perceptron.argmax(scores, legal);
      trainer.update(f, k, gold, predicted);
      errors += predicted != gold ? 1 : 0;
      s.apply(gold);
    }
    return errors;
  }

  /**
   * One training pass with the dynamic oracle of Goldberg and Nivre (2012): the parser learns from
   * the states its own mistakes lead to. After {@code explore} is set, it follows its own (legal)
   * prediction with probability {@code 0.9} when that prediction has no zero cost... else the
   * best-scored zero-cost transition.
   */
  int trainDynamic(Perceptron.Trainer trainer, Input in, int[] goldHead, int[] goldRelation, boolean explore,
      java.util.Random random) {
    State s = new State(in);
    long[] f = new long[48];
    float[] scores = new float[transitions(relations.length)];
    boolean[] legal = new boolean[scores.length];
    int errors = 0;
    while (!s.done()) {
      int k = s.features(f);
      trainer.score(f, k, scores);
      s.legal(legal);
      int predicted = Perceptron.argmax(scores, legal);
      int bestZero = -1;
      for (int t = 0; t < scores.length; t++) {
        if (legal[t] && s.cost(t, goldHead, goldRelation) == 0 && (bestZero < 0 || scores[t] > scores[bestZero])) {
          bestZero = t;
        }
      }
      if (bestZero < 0) {
        bestZero = predicted; // no zero-cost move left (should not happen on projective trees)
      }
      boolean wrong = s.cost(predicted, goldHead, goldRelation) > 0;
      trainer.update(f, k, bestZero, wrong ? predicted : bestZero);
      errors += wrong ? 1 : 0;
      s.apply(explore && random.nextDouble() < 0.9 ? predicted : bestZero);
    }
    return errors;
  }

  /** A parser used only for its training routine (no model yet). */
  static ArcEagerParser untrained(String[] relations) {
    return new ArcEagerParser(null, relations);
  }

  private final class State {
    final Input in;
    final int n;
    final int[] stack;
    int top = -1;
    int next = 1;
    final int[] head;
    final int[] rel;
    final int[] leftmost;
    final int[] rightmost;
    final int[] leftCount;
    final int[] rightCount;
    final boolean[] hasSubject;
    final int[] verbsBefore;
    final int[] commasBefore;
    boolean rootTaken;

    State(Input in) {
      this.in = in;
      this.n = in.size();
      stack = new int[n + 2];
      head = new int[n + 1];
      rel = new int[n + 1];
      leftmost = new int[n + 1];
      rightmost = new int[n + 1];
      leftCount = new int[n + 1];
      rightCount = new int[n + 1];
      hasSubject = new boolean[n + 1];
      Arrays.fill(head, -1);
      Arrays.fill(rel, -1);
      verbsBefore = new int[n + 2];
      commasBefore = new int[n + 2];
      for (int i = 1; i <= n; i++) {
        verbsBefore[i + 1] = verbsBefore[i] + (in.verbal()[i] ? 1 : 0);
        commasBefore[i + 1] = commasBefore[i] + (in.comma()[i] ? 1 : 0);
      }
      stack[++top] = 0;
    }

    boolean done() {
      return next > n;
    }

    int s0() {
      return top >= 0 ? stack[top] : -1;
    }

    void legal(boolean[] legal) {
      Arrays.fill(legal, false);
      int s0 = s0();
      boolean buffer = next <= n;
      legal[SHIFT] = buffer;
      if (s0 > 0 && head[s0] >= 0) {
        legal[REDUCE] = true;
      }
      for (int r = 0; r < relations.length; r++) {
        if (s0 > 0 && head[s0] < 0 && buffer && r != rootRelation) {
          legal[2 + 2 * r] = true;
        }
        if (s0 >= 0 && buffer) {
          boolean rootArc = r == rootRelation;
          legal[3 + 2 * r] = s0 == 0 ? rootArc && !rootTaken : !rootArc;
        }
      }
    }

    void apply(int t) {
      int s0 = s0();
      if (t == SHIFT) {
        stack[++top] = next++;
      } else if (t == REDUCE) {
        top--;
      } else if ((t & 1) == 0) {
        attach(next, s0, (t - 2) / 2);
        top--;
      } else {
        attach(s0, next, (t - 3) / 2);
        if (s0 == 0) {
          rootTaken = true;
        }
        stack[++top] = next++;
      }
    }

    private void attach(int h, int d, int r) {
      head[d] = h;
      rel[d] = r;
      if (d < h) {
        if (leftmost[h] == 0 || d < leftmost[h]) {
          leftmost[h] = d;
        }
        leftCount[h]++;
      } else {
        if (d > rightmost[h]) {
          rightmost[h] = d;
        }
        rightCount[h]++;
      }
      if (r == subjectRelation || r == subjectPassRelation) {
        hasSubject[h] = true;
      }
    }

    private boolean inBuffer(int k) {
      return k >= next && k <= n;
    }

    private boolean onStack(int k) {
      for (int i = 0; i <= top; i++) {
        if (stack[i] == k) {
          return true;
        }
      }
      return false;
    }

    /** How many gold arcs the transition makes unreachable (plus one for a wrong label on a right arc). */
    int cost(int t, int[] goldHead, int[] goldRel) {
      int s0 = s0();
      int b = next;
      int c = 0;
      if (t == SHIFT) {
        for (int i = 0; i <= top; i++) {
          int k = stack[i];
          if (goldHead[b] == k && !(k == 0 && rootTaken)) {
            c++;
          }
          if (k > 0 && head[k] < 0 && goldHead[k] == b) {
            c++;
          }
        }
        return c;
      }
      if (t == REDUCE) {
        for (int k = b; k <= n; k++) {
          if (goldHead[k] == s0) {
            c++;
          }
        }
        return c;
      }
      if ((t & 1) == 0) { // LEFT: b → s0, pops s0
        for (int k = b; k <= n; k++) {
          if (goldHead[k] == s0) {
            c++;
          }
          if (k != b && goldHead[s0] == k) {
            c++;
          }
        }
        if (goldHead[s0] == b && goldRel[s0] != (t - 2) / 2) {
          c++;
        }
        return c;
      }
      // RIGHT: s0 → b, pushes b
      for (int i = 0; i <= top; i++) {
        int k = stack[i];
        if (k != s0 && goldHead[b] == k) {
          c++;
        }
        if (k > 0 && head[k] < 0 && goldHead[k] == b) {
          c++;
        }
      }
      for (int k = b + 1; k <= n; k++) {
        if (goldHead[b] == k) {
          c++;
        }
      }
      if (goldHead[b] == s0 && goldRel[b] != (t - 3) / 2) {
        c++;
      }
      return c;
    }

    /** The static arc-eager oracle over a projective gold tree. */
    int oracle(int[] goldHead, int[] goldRel) {
      int s0 = s0();
      int b = next;
      if (s0 > 0 && goldHead[s0] == b && head[s0] < 0) {
        return 2 + 2 * goldRel[s0];
      }
      if (s0 >= 0 && goldHead[b] == s0 && !(s0 == 0 && rootTaken)) {
        return 3 + 2 * goldRel[b];
      }
      if (s0 > 0 && head[s0] >= 0) {
        for (int i = 0; i < top; i++) {
          int k = stack[i];
          if (goldHead[b] == k || (k > 0 && goldHead[k] == b)) {
            return REDUCE;
          }
        }
      }
      return SHIFT;
    }

    Output finish() {
      int root = 0;
      for (int i = 1; i <= n; i++) {
        if (head[i] == 0) {
          root = i;
          break;
        }
      }
      if (root == 0) {
        for (int i = 1; i <= n && root == 0; i++) {
          if (head[i] < 0 && in.verbal()[i]) {
            root = i;
          }
        }
        for (int i = 1; i <= n && root == 0; i++) {
          if (head[i] < 0) {
            root = i;
          }
        }
        head[root] = 0;
        rel[root] = rootRelation;
      }
      for (int i = 1; i <= n; i++) {
        if (head[i] < 0) {
          head[i] = root; // unattached: hangs on the sentence's head, relation "dep" (set by the caller)
          rel[i] = -1;
        }
      }
      return new Output(head, rel);
    }

    private int w(int i) {
      return i < 0 ? 11 : i == 0 ? 13 : in.word()[i];
    }

    private int t(int i) {
      return i < 0 ? -11 : i == 0 ? -13 : in.label()[i];
    }

    private int p(int i) {
      return i < 0 ? -11 : i == 0 ? -13 : in.pos()[i];
    }

    private int d(int i) {
      return i <= 0 ? -11 : rel[i];
    }

    int features(long[] f) {
      int s0 = s0();
      int s1 = top >= 1 ? stack[top - 1] : -1;
      int n0 = next <= n ? next : -1;
      int n1 = next + 1 <= n ? next + 1 : -1;
      int n2 = next + 2 <= n ? next + 2 : -1;
      int s0h = s0 > 0 ? head[s0] : -1;
      int s0l = s0 > 0 && leftmost[s0] > 0 ? leftmost[s0] : -1;
      int s0r = s0 >= 0 && rightmost[s0] > 0 ? rightmost[s0] : -1;
      int n0l = n0 > 0 && leftmost[n0] > 0 ? leftmost[n0] : -1;
      int dist = s0 > 0 && n0 > 0 ? Math.min(n0 - s0, 6) : 0;
      int verbs = s0 > 0 && n0 > 0 ? Math.min(verbsBefore[n0] - verbsBefore[s0 + 1], 2) : -1;
      int commas = s0 > 0 && n0 > 0 ? Math.min(commasBefore[n0] - commasBefore[s0 + 1], 1) : -1;
      int k = 0;
      f[k++] = Perceptron.key(101, 0);
      f[k++] = Perceptron.key(102, w(s0));
      f[k++] = Perceptron.key(103, t(s0));
      f[k++] = Perceptron.key(104, w(s0), t(s0));
      f[k++] = Perceptron.key(105, w(n0));
      f[k++] = Perceptron.key(106, t(n0));
      f[k++] = Perceptron.key(107, w(n0), t(n0));
      f[k++] = Perceptron.key(108, w(n1));
      f[k++] = Perceptron.key(109, t(n1));
      f[k++] = Perceptron.key(110, w(n1), t(n1));
      f[k++] = Perceptron.key(111, t(n2));
      f[k++] = Perceptron.key(112, w(s0), w(n0));
      f[k++] = Perceptron.key(113, t(s0), t(n0));
      f[k++] = Perceptron.key(114, w(s0), t(n0));
      f[k++] = Perceptron.key(115, t(s0), w(n0));
      f[k++] = Perceptron.key(116, t(s0), t(n0), t(n1));
      f[k++] = Perceptron.key(117, t(n0), t(n1), t(n2));
      f[k++] = Perceptron.key(118, t(s0h), t(s0), t(n0));
      f[k++] = Perceptron.key(119, t(s0), d(s0l), t(n0));
      f[k++] = Perceptron.key(120, t(s0), d(s0r), t(n0));
      f[k++] = Perceptron.key(121, t(s0), t(n0), d(n0l));
      f[k++] = Perceptron.key(122, t(s1), t(s0), t(n0));
      f[k++] = Perceptron.key(123, dist, t(s0), t(n0));
      f[k++] = Perceptron.key(124, dist, w(s0));
      f[k++] = Perceptron.key(125, s0 >= 0 ? rightCount[s0] : -1, t(s0));
      f[k++] = Perceptron.key(126, s0 >= 0 ? leftCount[s0] : -1, t(s0));
      f[k++] = Perceptron.key(127, n0 > 0 ? leftCount[n0] : -1, t(n0));
      f[k++] = Perceptron.key(128, d(s0), t(s0), t(n0));
      f[k++] = Perceptron.key(129, s0 >= 0 && hasSubject[s0] ? 1 : 0, t(s0), t(n0));
      f[k++] = Perceptron.key(130, n0 > 0 && hasSubject[n0] ? 1 : 0, t(s0), t(n0));
      f[k++] = Perceptron.key(131, verbs, t(s0), t(n0));
      f[k++] = Perceptron.key(132, commas, p(s0), p(n0));
      f[k++] = Perceptron.key(133, verbs, commas, dist);
      f[k++] = Perceptron.key(134, w(s0h), t(s0), t(n0));
      f[k++] = Perceptron.key(135, p(s1), p(s0), w(n0));
      f[k++] = Perceptron.key(136, t(s0), w(n0), t(n1));
      f[k++] = Perceptron.key(137, w(s0), t(s0), t(n0), t(n1));
      f[k++] = Perceptron.key(138, t(s0), t(s0r), t(n0));
      f[k++] = Perceptron.key(139, t(s0), t(n0l), t(n0));
      f[k++] = Perceptron.key(140, s0 > 0 && head[s0] >= 0 ? 1 : 0, t(s0), t(n0));
      f[k++] = Perceptron.key(141, s0 > 0 && head[s0] >= 0 ? 1 : 0, rootTaken ? 1 : 0, t(n0));
      return k;
    }
  }
}
