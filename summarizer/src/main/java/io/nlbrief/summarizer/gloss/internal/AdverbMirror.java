package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.parser.Clause;
import io.nlbrief.parser.Token;
import io.nlbrief.parser.UPos;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The adverbials before a Dutch final verb come after the verb in English, in the mirror order:
 * the one nearest the verb in Dutch stays nearest it ({@code dat hij gisteren snel liep} → that he
 * walked quickly yesterday; {@code heeft gisteren hard gewerkt} → worked hard yesterday; {@code
 * heeft op de top zijn toon nog wat verder verscherpt} → has tightened his tone a little further at
 * the summit). The adverbials are the adverbs (with their own adverbs), prepositional phrases and
 * noun phrases of time without a preposition ({@code twee keer}) that the analysis hangs on the
 * clause's verbs, one after another straight before the verb group (an object the order already
 * put after the verb is passed over), each one stretch of words and still in their Dutch order
 * after the verb in English. Focus and modal particles ({@code wel}, {@code toch}, {@code ook},
 * {@code nog}, …), negation and the pointers {@code hier}, {@code daar}, {@code nu}, {@code dan}
 * keep their place, and so do words another ordering stage already moved; a van-phrase (mostly a
 * noun's, hung too high) and a range van … tot … are not phrases of their own here.
 */
final class AdverbMirror implements Stage {
  static final String RULE = "order:adverbs-mirrored";

  /** Words whose place is fixed by what they bear on, not by the verb. */
  private static final Set<String> FIXED = Set.of(
      "niet", "geen", "nooit", "wel", "toch", "maar", "even", "eens", "ook", "nog", "al", "er", "zo", "dus",
      "echter", "alleen", "slechts", "pas", "juist", "zelfs", "vooral", "nu", "daar", "hier", "dan", "toen");

  /** The prepositions that end a range opened by van. */
  private static final Set<String> RANGE_ENDS = Set.of("tot", "naar");

  @Override
  public String name() {
    return "adverb-mirror";
  }

  @Override
  public void apply(Slots s) {
    if (s.isQuestion()) {
      return;
    }
    ClauseTree tree = s.tree();
    for (Clause c : s.clauses) {
      Set<Integer> verbs = new HashSet<>(c.verbCluster());
      verbs.addAll(c.particles());
      if (c.finiteVerb() >= 0) {
        verbs.add(c.finiteVerb());
      }
      if (c.head() >= 0) {
        verbs.add(c.head());
      }
      verbs.removeIf(v -> v < 0 || v >= s.size());
      if (verbs.isEmpty()) {
        continue;
      }
      int groupStart = verbs.stream().max(Integer::compare).get();
      while (groupStart > 0 && verbs.contains(groupStart - 1)) {
        groupStart--;
      }
      List<List<Integer>> run = new ArrayList<>(); // the phrases, nearest the verb first
      int k = groupStart - 1;
      while (k >= 0 && run.size() < 3) {
        if (s.moved[k] != null || s.english[k] == null || s.english[k].isEmpty()) {
          if (s.token(k).upos() == UPos.PUNCT) {
            break;
          }
          k--; // an object already after the verb, zich: no place here in English
          continue;
        }
        List<Integer> phrase = phraseEndingAt(s, tree, verbs, k);
        if (phrase.isEmpty()) {
          break;
        }
        run.add(phrase);
        k = phrase.get(0) - 1;
      }
      if (run.size() < 2) {
        continue;
      }
      int verbAt = Integer.MAX_VALUE; // where the first word of the verb group stands in English
      for (int v = groupStart; v < s.size() && verbs.contains(v); v++) {
        verbAt = Math.min(verbAt, s.order.indexOf(v));
      }
      List<Integer> dutch = new ArrayList<>();
      for (int i = run.size() - 1; i >= 0; i--) {
        dutch.addAll(run.get(i));
      }
      List<Integer> positions = new ArrayList<>();
      for (int t : dutch) {
        positions.add(s.order.indexOf(t));
      }
      if (positions.get(0) < verbAt || !consecutive(s, positions)) {
        continue;
      }
      int p = 0;
      for (List<Integer> phrase : run) {
        for (int t : phrase) {
          s.order.set(positions.get(p++), t);
          s.moved[t] = RULE;
        }
      }
    }
  }

  /**
   * The adverb (with its own adverbs: nog wat verder) or prepositional phrase of the clause's verb
   * that ends at token {@code k}, in text order; empty if {@code k} ends no such phrase.
   */
  private static List<Integer> phraseEndingAt(Slots s, ClauseTree tree, Set<Integer> verbs, int k) {
    int top = k;
    for (int guard = 0; guard < s.size(); guard++) {
      int h = s.token(top).dependency().head();
      if (h < 0 || h >= s.size() || verbs.contains(h)) {
        break;
      }
      top = h;
    }
    Token t = s.token(top);
    if (!verbs.contains(t.dependency().head()) || FIXED.contains(s.lower(top))) {
      return List.of();
    }
    List<Integer> phrase = tree.subtree(top);
    if (!ClauseTree.contiguous(phrase) || phrase.get(phrase.size() - 1) != k) {
      return List.of();
    }
    String rel = t.dependency().baseRelation();
    boolean adverb = (t.upos() == UPos.ADV || t.upos() == UPos.ADJ) && (rel.equals("advmod") || rel.equals("xcomp"));
    // a van-phrase under a verb is mostly the noun's before it that the analysis hung too high, and
    // van … tot/naar … is one range (van deur tot deur): neither is a phrase of its own to move
    boolean prepositional = rel.equals("obl") && s.token(phrase.get(0)).dependency().baseRelation().equals("case")
        && !s.lower(phrase.get(0)).equals("van")
        && !(RANGE_ENDS.contains(s.lower(phrase.get(0))) && vanPhraseBefore(s, phrase.get(0)));
    for (int w : phrase) {
      UPos u = s.token(w).upos();
      if (s.moved[w] != null || u == UPos.PUNCT || u == UPos.VERB || u == UPos.AUX || u == UPos.SCONJ
          || adverb && (u == UPos.NOUN || u == UPos.PROPN)) {
        return List.of();
      }
    }
    // a noun phrase of time or number of times without a preposition (twee keer, elke dag) is an adverbial too
    boolean bare = rel.equals("obl") && t.upos() == UPos.NOUN
        && !s.token(phrase.get(0)).dependency().baseRelation().equals("case");
    return adverb || prepositional || bare ? phrase : List.of();
  }

  /** Whether a van-phrase ends straight before token {@code k}. */
  private static boolean vanPhraseBefore(Slots s, int k) {
    for (int i = k - 1; i >= Math.max(0, k - 6); i--) {
      if (s.lower(i).equals("van") && s.token(i).upos() == UPos.ADP) {
        return true;
      }
      if (s.token(i).upos() == UPos.PUNCT || s.token(i).upos().isVerbal()) {
        return false;
      }
    }
    return false;
  }

  /** Whether the positions rise with only words without English between them. */
  private static boolean consecutive(Slots s, List<Integer> positions) {
    for (int i = 1; i < positions.size(); i++) {
      int a = positions.get(i - 1);
      int b = positions.get(i);
      if (b <= a) {
        return false;
      }
      for (int p = a + 1; p < b; p++) {
        String e = s.english[s.order.get(p)];
        if (e != null && !e.isEmpty()) {
          return false;
        }
      }
    }
    return true;
  }
}
