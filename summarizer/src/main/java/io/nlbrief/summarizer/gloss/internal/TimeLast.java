package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.parser.Clause;
import io.nlbrief.parser.DutchWords;
import io.nlbrief.parser.DutchWords.WordClass;
import io.nlbrief.parser.UPos;
import java.util.List;
import java.util.Set;

/**
 * Time after place: Dutch puts an adverbial of time before the other adverbials of the middle
 * field, English after them ({@code gaf gisteren in Brussel een toespraak} → gave a speech in
 * Brussels yesterday; {@code brachten zaterdag hun koeien naar de markt} → brought their cows to
 * the market on Saturday). A time of the clause's verb (a bare day, a noun of time after a word of
 * time such as {@code vorige week}, a time adverb such as {@code gisteren}) that stands after the
 * verb in the English order, straight before one or more prepositional phrases of the same verb,
 * goes after the last of them. A time that opens the sentence stays first; a time before anything
 * else (an object, a clause) stays where it is.
 */
final class TimeLast implements Stage {
  static final String RULE = "order:time-last";

  private static final Set<String> TIME_NOUNS = DutchWords.of(WordClass.TIME_NOUN);
  private static final Set<String> TIME_MODIFIERS = DutchWords.of(WordClass.TIME_MODIFIER);
  private static final Set<String> TIME_ADVERBS = Set.of(
      "gisteren", "vandaag", "morgen", "eergisteren", "overmorgen", "vanavond", "vanochtend", "vanmorgen",
      "vanmiddag", "vannacht", "gisteravond", "gisterochtend", "gistermiddag", "morgenavond", "morgenochtend");

  @Override
  public String name() {
    return "time-last";
  }

  @Override
  public void apply(Slots s) {
    ClauseTree tree = s.tree();
    for (Clause c : s.clauses) {
      int h = c.head();
      int f = c.finiteVerb();
      if (h < 0 || h >= s.size()) {
        continue;
      }
      for (int k : tree.children(h)) {
        if (!isTime(s, tree, k)) {
          continue;
        }
        List<Integer> time = tree.subtree(k);
        if (!ClauseTree.contiguous(time) || !inOrder(s, time)) {
          continue;
        }
        int start = s.order.indexOf(time.get(0));
        int verbAt = s.order.indexOf(f >= 0 && f < s.size() ? f : h);
        if (verbAt < 0 || start < verbAt) {
          continue; // the time opens the clause (Gisteren kocht hij …): it stays first
        }
        int end = start + time.size();
        int lastPhrase = -1;
        while (end < s.order.size()) {
          int t = s.order.get(end);
          int phraseHead = phraseOfTheVerb(s, tree, h, t);
          if (phraseHead < 0) {
            break;
          }
          List<Integer> phrase = tree.subtree(phraseHead);
          if (!ClauseTree.contiguous(phrase) || !inOrder(s, phrase) || s.order.indexOf(phrase.get(0)) != end) {
            break;
          }
          end += phrase.size();
          lastPhrase = s.order.get(end - 1);
        }
        if (lastPhrase < 0) {
          continue;
        }
        s.order.removeAll(time);
        int at = s.order.indexOf(lastPhrase) + 1;
        s.order.addAll(at, time);
        for (int t : time) {
          if (s.moved[t] == null) {
            s.moved[t] = RULE;
          }
        }
      }
    }
  }

  /** The head of a prepositional phrase of verb {@code h} that starts at token {@code t}, or -1. */
  private static int phraseOfTheVerb(Slots s, ClauseTree tree, int h, int t) {
    if (s.token(t).upos() != UPos.ADP || !s.token(t).dependency().baseRelation().equals("case")) {
      return -1;
    }
    int noun = s.token(t).dependency().head();
    if (noun < 0 || noun >= s.size() || s.token(noun).dependency().head() != h
        || !s.token(noun).dependency().baseRelation().equals("obl") || isTime(s, tree, noun)) {
      return -1;
    }
    return noun;
  }

  private static boolean isTime(Slots s, ClauseTree tree, int k) {
    String rel = s.token(k).dependency().baseRelation();
    String lemma = s.lemmaLower(k);
    if (rel.equals("advmod")) {
      return TIME_ADVERBS.contains(s.lower(k));
    }
    if (!rel.equals("obl")) {
      return false;
    }
    boolean preposition = false;
    boolean timeWord = false;
    for (int d : tree.children(k)) {
      String r = s.token(d).dependency().baseRelation();
      preposition |= r.equals("case");
      timeWord |= (r.equals("det") || r.equals("amod")) && TIME_MODIFIERS.contains(s.lower(d));
    }
    if (preposition) {
      return false;
    }
    return DutchWords.isDayOfWeek(lemma) || timeWord && TIME_NOUNS.contains(lemma);
  }

  /** Whether the phrase's words stand together in the English order, in their Dutch order. */
  private static boolean inOrder(Slots s, List<Integer> phrase) {
    int at = s.order.indexOf(phrase.get(0));
    if (at < 0 || at + phrase.size() > s.order.size()) {
      return false;
    }
    for (int i = 0; i < phrase.size(); i++) {
      if (s.order.get(at + i) != (int) phrase.get(i)) {
        return false;
      }
    }
    return true;
  }
}
