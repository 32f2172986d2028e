package io.nlbrief.parser.internal;

import io.nlbrief.parser.UPos;
import java.util.List;
import java.util.Set;

/**
 * A clause with a finite verb has a subject. Where the greedy parser gave a clause none but hung a
 * noun phrase without a preposition on its verb as an oblique or a bare {@code dep} ({@code Het
 * kartel werd de grootste partij} with {@code kartel} a {@code dep}, {@code In 1920 kwamen de
 * partijen op} with {@code partijen} an {@code obl}), that phrase is the subject, if it agrees in
 * number with the finite verb: an oblique is a prepositional phrase or a phrase of time, and this
 * is neither. Not in a conjunct, which shares the subject of the clause before it ({@code hij
 * kwam en zag de stad}), nor in a clause opened by its finite verb (an imperative, or a question,
 * whose subject follows); a phrase of time ({@link TimePhrases}: {@code vorig jaar}), {@code het}
 * and the R-pronouns ({@code er}) and object pronouns are no subject, nor is a conjunct the
 * parser hung on the verb (a phrase with its own {@code cc}) or an aside in brackets. In a passive clause the
 * subject is {@code nsubj:pass}. Each clause head looks at most {@link Trees#MAX_SCAN} words
 * either side: linear.
 */
final class BareSubject {
  static final TreeRule RULE =
      TreeRule.of("bare-subject", t -> apply(t.words(), t.pos(), t.feats(), t.lemmas(), t.heads(), t.rels()));

  /** Pronouns that are never a clause's subject: objects, reflexives, the R-pronouns and {@code het}, an expletive here. */
  private static final Set<String> NO_SUBJECT_PRONOUNS = Set.of("me", "mij", "hem", "ons", "hen", "zich",
      "zichzelf", "het", "er", "daar", "hier", "waar");

  private BareSubject() {}

  static void apply(List<UdTagger.Word> words, UPos[] pos, String[] feats, String[] lemmas, int[] heads,
      String[] rels) {
    int n = heads.length;
    int first = 0;
    while (first < n && pos[first] == UPos.PUNCT) {
      first++;
    }
    for (int h = 0; h < n; h++) {
      if (heads[h] >= 0 && (rels[h].equals("conj") || rels[h].equals("parataxis"))
          || !(pos[h] == UPos.VERB || pos[h] == UPos.ADJ || pos[h] == UPos.NOUN)) {
        continue;
      }
      int finite = Trees.finiteOf(feats, heads, rels, h);
      if (finite < 0 || finite == first) {
        continue;
      }
      int candidate = -1;
      boolean passive = false;
      boolean subject = false;
      for (int d = Math.max(0, h - Trees.MAX_SCAN); d < Math.min(n, h + Trees.MAX_SCAN) && !subject; d++) {
        if (heads[d] != h) {
          continue;
        }
        subject = rels[d].startsWith("nsubj") || rels[d].startsWith("csubj") || rels[d].equals("expl");
        passive |= rels[d].equals("aux:pass");
        if (candidate < 0 && (rels[d].equals("obl") || rels[d].equals("dep")) && bareNominal(words, pos, d)
            && !TimePhrases.hasChild(heads, rels, d, "case", "cc") && !bracketed(words, d)
            && !TimePhrases.isTimePhrase(words, lemmas, heads, rels, d)
            && agrees(pos, feats, heads, rels, d, finite)) {
          candidate = d;
        }
      }
      if (!subject && candidate >= 0) {
        rels[candidate] = passive ? "nsubj:pass" : "nsubj";
      }
    }
  }

  /** Whether the phrase at {@code d} stands in brackets (an aside: {@code ( een samenvoeging van … )}). */
  private static boolean bracketed(List<UdTagger.Word> words, int d) {
    for (int k = d - 1; k >= 0 && k >= d - 4; k--) {
      String f = words.get(k).form();
      if (f.equals("(")) {
        return true;
      }
      if (f.equals(")") || f.equals(",")) {
        return false;
      }
    }
    return false;
  }

  private static boolean bareNominal(List<UdTagger.Word> words, UPos[] pos, int d) {
    return pos[d] == UPos.NOUN || pos[d] == UPos.PROPN
        || pos[d] == UPos.PRON && !NO_SUBJECT_PRONOUNS.contains(words.get(d).lower());
  }

  /** Whether the phrase {@code d} heads agrees in number with the finite verb (a coordination is plural; a name or pronoun without a number agrees). */
  private static boolean agrees(UPos[] pos, String[] feats, int[] heads, String[] rels, int d, int finite) {
    String verb = Trees.number(feats[finite]);
    if (verb == null) {
      return true;
    }
    for (int k = d + 1; k < Math.min(heads.length, d + Trees.MAX_SCAN); k++) {
      if (heads[k] == d && rels[k].equals("conj")) {
        return verb.equals("Plur");
      }
    }
    String noun = Trees.number(feats[d]);
    return noun == null || pos[d] == UPos.PROPN || noun.equals(verb);
  }
}
