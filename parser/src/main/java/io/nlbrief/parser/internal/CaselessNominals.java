package io.nlbrief.parser.internal;

import io.nlbrief.parser.UPos;
import java.util.List;
import java.util.Set;

/**
 * A noun phrase with an article, a demonstrative, a possessive or a number but without a
 * preposition, which the greedy parser hung as an {@code nmod} on the noun of a prepositional
 * phrase before it ({@code lezen in de trein de krant}, {@code verkochten in totaal 40
 * boeken}), is no modifier of that noun: in UD Dutch a noun modifier without a preposition is a
 * measure ({@code een aantal landen}, {@code drie miljoen dollar}, neither with a determiner of its
 * own) or an old genitive with {@code der}/{@code des}. It is the object of the clause's verb when
 * that verb has a subject and no object, copula or passive auxiliary; otherwise it is left alone.
 * A phrase of time keeps its place ({@link TimePhrases} reads those). Looks at most {@link
 * Trees#MAX_SCAN} words either side: linear.
 */
final class CaselessNominals {
  static final TreeRule RULE =
      TreeRule.of("caseless-nominals", t -> apply(t.words(), t.pos(), t.lemmas(), t.heads(), t.rels()));

  private static final Set<String> DETERMINERS = Set.of("de", "het", "een", "dit", "deze", "dat", "die");

  private CaselessNominals() {}

  static void apply(List<UdTagger.Word> words, UPos[] pos, String[] lemmas, int[] heads, String[] rels) {
    int n = heads.length;
    for (int i = 0; i + 2 < n; i++) {
      adverbialOnderMeer(words, pos, lemmas, heads, rels, i);
    }
    for (int s = 0; s < n; s++) {
      int h = heads[s];
      if (h < 0 || h >= s || !rels[s].equals("nmod") || pos[s] != UPos.NOUN || !(pos[h] == UPos.NOUN
          || pos[h] == UPos.PROPN) || TimePhrases.hasChild(heads, rels, s, "case")
          || !TimePhrases.hasChild(heads, rels, h, "case") || !determined(words, heads, rels, s)
          || TimePhrases.isTimePhrase(words, lemmas, heads, rels, s)) {
        continue;
      }
      int verb = heads[h];
      if (!rels[h].equals("obl") || !takesObject(words, pos, lemmas, heads, rels, verb)) {
        continue;
      }
      heads[s] = verb;
      rels[s] = "obj";
      timeObjectsAreAdverbials(words, lemmas, heads, rels, verb, s);
    }
  }

  /**
   * {@code onder meer} and {@code onder andere} (among other things) are an adverbial of their own,
   * not the preposition of the noun phrase after them: UD Dutch hangs {@code onder} on that phrase
   * as its {@code nmod}, with {@code meer} as {@code fixed}.
   */
  private static void adverbialOnderMeer(List<UdTagger.Word> words, UPos[] pos, String[] lemmas, int[] heads,
      String[] rels, int i) {
    String next = words.get(i + 1).lower();
    int noun = heads[i];
    if (!words.get(i).lower().equals("onder") || !(next.equals("meer") || next.equals("andere"))
        || !rels[i].equals("case") || noun <= i + 1 || !(heads[i + 1] == i || heads[i + 1] == noun)) {
      return;
    }
    heads[i + 1] = i;
    rels[i + 1] = "fixed";
    rels[i] = "nmod";
    int verb = heads[noun];
    if (rels[noun].equals("obl") && !TimePhrases.hasChild(heads, rels, noun, "case")
        && takesObject(words, pos, lemmas, heads, rels, verb)) {
      rels[noun] = "obj"; // bezochten onder andere Gent: what they visited
      timeObjectsAreAdverbials(words, lemmas, heads, rels, verb, noun);
    }
  }

  /**
   * Whether {@code verb} is a verb with a subject and without an object (a phrase of time taken for
   * one does not count: {@code bespraken woensdag in de raad onder meer de begroting}), copula or
   * passive.
   */
  private static boolean takesObject(List<UdTagger.Word> words, UPos[] pos, String[] lemmas, int[] heads,
      String[] rels, int verb) {
    if (verb < 0 || pos[verb] != UPos.VERB || TimePhrases.hasChild(heads, rels, verb, "cop", "aux:pass", "ccomp", "xcomp")
        || !TimePhrases.hasChild(heads, rels, verb, "nsubj")) {
      return false;
    }
    for (int d = Math.max(0, verb - Trees.MAX_SCAN); d < Math.min(heads.length, verb + Trees.MAX_SCAN); d++) {
      if (heads[d] == verb && rels[d].equals("obj") && !TimePhrases.isTimePhrase(words, lemmas, heads, rels, d)) {
        return false;
      }
    }
    return true;
  }

  /** The verb's objects other than {@code object} that are phrases of time are its adverbials. */
  private static void timeObjectsAreAdverbials(List<UdTagger.Word> words, String[] lemmas, int[] heads, String[] rels,
      int verb, int object) {
    for (int d = Math.max(0, verb - Trees.MAX_SCAN); d < Math.min(heads.length, verb + Trees.MAX_SCAN); d++) {
      if (d != object && heads[d] == verb && rels[d].equals("obj")) {
        rels[d] = "obl";
      }
    }
  }

  /** Whether noun {@code s} has a determiner or possessive of its own (not der/des) or a number. */
  private static boolean determined(List<UdTagger.Word> words, int[] heads, String[] rels, int s) {
    for (int d = Math.max(0, s - Trees.MAX_SCAN); d < s; d++) {
      if (heads[d] != s) {
        continue;
      }
      if (rels[d].equals("nmod:poss") || rels[d].equals("nummod")
          || rels[d].equals("det") && DETERMINERS.contains(words.get(d).lower())) {
        return true;
      }
    }
    return false;
  }
}
