package io.nlbrief.parser.internal;

import io.nlbrief.parser.Clause;
import io.nlbrief.parser.UPos;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the clauses off a dependency tree: every verb (or predicate with a copula, auxiliary or
 * subject of its own) that heads the sentence or a clausal relation heads a clause; its
 * {@code aux}, {@code aux:pass} and {@code cop} dependents are the verb cluster, its
 * {@code nsubj}/{@code nsubj:pass}/{@code csubj} dependent the subject, its {@code compound:prt}
 * dependents the particles, and its {@code mark} dependents or a relative pronoun what opens it.
 * The type follows from those and from where the finite verb stands. Linear: each token's
 * dependents are listed once.
 */
final class ClauseReader {
  private ClauseReader() {}

  static List<Clause> read(String[] forms, UPos[] pos, String[] feats, String[] lemmas, int[] heads,
      String[] relations) {
    int n = forms.length;
    // Dependents of each token, as linked lists over arrays (no list per token).
    int[] first = new int[n];
    int[] nextSibling = new int[n];
    java.util.Arrays.fill(first, -1);
    for (int i = n - 1; i >= 0; i--) {
      int h = heads[i];
      if (h >= 0 && h < n) {
        nextSibling[i] = first[h];
        first[h] = i;
      }
    }
    int[] clauseOf = new int[n];
    java.util.Arrays.fill(clauseOf, -1);
    List<Integer> clauseHeads = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (headsClause(i, pos, relations, first, nextSibling)) {
        clauseOf[i] = clauseHeads.size();
        clauseHeads.add(i);
      }
    }
    // The main clause first: the clause of the root, then the others in text order.
    int rootClause = -1;
    for (int c = 0; c < clauseHeads.size(); c++) {
      if (relations[clauseHeads.get(c)].equals("root")) {
        rootClause = c;
      }
    }
    List<Integer> order = new ArrayList<>();
    if (rootClause >= 0) {
      order.add(rootClause);
    }
    for (int c = 0; c < clauseHeads.size(); c++) {
      if (c != rootClause) {
        order.add(c);
      }
    }
    int[] position = new int[clauseHeads.size()];
    for (int k = 0; k < order.size(); k++) {
      position[order.get(k)] = k;
    }
    int[] above = clausesAbove(heads, clauseOf);
    List<Clause> out = new ArrayList<>();
    for (int c : order) {
      int h = clauseHeads.get(c);
      List<Integer> cluster = new ArrayList<>();
      List<Integer> particles = new ArrayList<>();
      int subject = -1;
      int marker = -1;
      boolean te = false;
      boolean om = false;
      int relative = -1;
      int leftmost = h;
      if (pos[h].isVerbal()) {
        cluster.add(h);
      }
      for (int d = first[h]; d >= 0; d = nextSibling[d]) {
        String r = relations[d];
        if (pos[d] != UPos.PUNCT && !r.equals("cc") && d < leftmost && !r.startsWith("conj")
            && !r.equals("parataxis")) {
          leftmost = d;
        }
        switch (r) {
          case "aux", "aux:pass", "cop" -> cluster.add(d);
          case "nsubj", "nsubj:pass", "csubj", "csubj:pass" -> {
            if (subject < 0) {
              subject = d;
            }
          }
          case "compound:prt" -> particles.add(d);
          case "mark" -> {
            String w = forms[d].toLowerCase(Locale.ROOT);
            if (pos[d] == UPos.CCONJ) {
              // a sentence's opening "Maar", "En": UD's mark of a main clause, no complementiser
            } else if (w.equals("te")) {
              te = true;
            } else if (w.equals("om")) {
              om = true;
              marker = marker < 0 ? d : marker;
            } else if (marker < 0) {
              marker = d;
            }
          }
          default -> {}
        }
        if (relative < 0 && isRelative(d, pos, feats)) {
          relative = d;
        }
      }
      cluster.sort(null);
      int finite = -1;
      for (int v : cluster) {
        if (feats[v].contains("VerbForm=Fin")) {
          finite = v;
          break;
        }
      }
      Clause.Type type;
      if (relations[h].startsWith("acl:relcl")) {
        type = Clause.Type.RELATIVE;
        if (marker < 0) {
          marker = relative;
        }
      } else if (om && te) {
        type = Clause.Type.OM_TE;
      } else if (te && finite < 0) {
        type = Clause.Type.TE_INFINITIVE;
      } else if (marker >= 0 && finite >= 0) {
        type = Clause.Type.SUBORDINATE;
      } else if (finite >= 0) {
        type = finite <= leftmost ? Clause.Type.VERB_FIRST : Clause.Type.MAIN;
      } else {
        type = Clause.Type.FRAGMENT;
      }
      particles.sort(null);
      String lemma = lemmas[h];
      if (!particles.isEmpty() && pos[h].isVerbal()) {
        StringBuilder sb = new StringBuilder();
        for (int p : particles) {
          sb.append(forms[p].toLowerCase(Locale.ROOT));
        }
        lemma = lemma.startsWith(sb.toString()) ? lemma : sb + lemma;
      }
      int parent = above[h] >= 0 ? position[above[h]] : -1;
      out.add(new Clause(type, h, finite, subject, cluster, particles, marker, lemma, parent));
    }
    return out;
  }

  /**
   * For every token, the clause (index into the clause heads) of its nearest ancestor that heads
   * one, or -1. Each token's answer is stored when first found, so a long chain of heads is walked
   * once, not once per clause below it: linear in the sentence however deep the tree.
   */
  static int[] clausesAbove(int[] heads, int[] clauseOf) {
    int n = heads.length;
    int[] above = new int[n];
    java.util.Arrays.fill(above, -2);
    int[] path = new int[n];
    for (int i = 0; i < n; i++) {
      int len = 0;
      int a = i;
      int found;
      while (true) {
        if (above[a] != -2) {
          found = above[a];
          break;
        }
        path[len++] = a;
        int h = heads[a];
        if (h < 0 || h >= n || len == n) { // the root, or a cycle the tree should not have
          found = -1;
          break;
        }
        if (clauseOf[h] >= 0) {
          found = clauseOf[h];
          break;
        }
        a = h;
      }
      for (int k = 0; k < len; k++) {
        above[path[k]] = found;
      }
    }
    return above;
  }

  private static boolean isRelative(int d, UPos[] pos, String[] feats) {
    return (pos[d] == UPos.PRON || pos[d] == UPos.ADV || pos[d] == UPos.DET) && feats[d].contains("PronType=Rel");
  }

  private static boolean headsClause(int i, UPos[] pos, String[] relations, int[] first, int[] nextSibling) {
    String r = relations[i];
    boolean clausal = r.equals("root") || r.equals("ccomp") || r.equals("xcomp") || r.startsWith("advcl")
        || r.startsWith("acl") || r.startsWith("csubj") || r.equals("parataxis") || r.equals("conj");
    if (!clausal) {
      return false;
    }
    if (pos[i].isVerbal()) {
      return true;
    }
    for (int d = first[i]; d >= 0; d = nextSibling[d]) {
      String dr = relations[d];
      if (dr.equals("cop") || dr.startsWith("aux") || dr.startsWith("nsubj")) {
        return true;
      }
    }
    return r.equals("root");
  }
}
