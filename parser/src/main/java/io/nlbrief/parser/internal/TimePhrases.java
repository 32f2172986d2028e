package io.nlbrief.parser.internal;

import io.nlbrief.parser.DutchWords;
import io.nlbrief.parser.DutchWords.WordClass;
import io.nlbrief.parser.UPos;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A noun phrase of time without a preposition ({@code maandag}, {@code dinsdagavond}, {@code vorig
 * jaar}, {@code elke dag}) is an adverbial ({@code obl}), which the greedy parser, seeing a bare
 * noun phrase beside the verb, often makes the subject or the object:
 * <ul>
 *   <li>a day of the week or a noun of time after a word of time ({@code elke dag}) as the subject gives way to a noun phrase of the same verb that can be
 *       the subject (without a preposition, agreeing with the finite verb; the one before the verb,
 *       the clause's first constituent, where there is one): {@code Twintig landen zetten maandag
 *       diplomaten uit}. A day with an article ({@code de maandag begint rustig}) or a preposition,
 *       and a day that is a copula's subject ({@code zondag is een rustdag}), are left alone;</li>
 *   <li>a day as the object beside another object of its verb or alone, singular and without an
 *       article ({@code vertrok dinsdagavond}; {@code haat maandagen} keeps its object), and a noun of time after a word
 *       that makes it a time when ({@code vorig jaar}, {@code elke week}, {@code het hele
 *       weekend}) as the object, are {@code obl}: {@code bespraken dinsdagavond de begroting},
 *       {@code kochten vorig jaar een huis}. A noun of time without one stays an object ({@code ze
 *       verloren een jaar}).</li>
 *   <li>the other way round, a noun phrase with an article, a possessive or a number and without a
 *       preposition, naming no time, hung as an {@code obl} on a verb with a subject but without an
 *       object (and not passive), is its object: {@code brengen hun koeien naar de markt}, {@code
 *       hebben 40 koeien verkocht}.</li>
 *   <li>a day the parser hung on the noun after it ({@code zal maandag scholen bezoeken}) is the
 *       verb's;</li>
 *   <li>a prepositional phrase hung on such a time is the verb's ({@code zong vorige week in de kerk}).</li>
 * </ul>
 * Each phrase looks at most {@link Trees#MAX_SCAN} words either side: linear.
 */
final class TimePhrases {
  static final TreeRule RULE =
      TreeRule.of("time-phrases", t -> apply(t.words(), t.pos(), t.feats(), t.lemmas(), t.heads(), t.rels()));

  private static final Set<String> TIME_NOUNS = DutchWords.of(WordClass.TIME_NOUN);
  private static final Set<String> TIME_MODIFIERS = DutchWords.of(WordClass.TIME_MODIFIER);
  /**
   * A compound whose last part is a noun of time (boekjaar, werkweek, kersttijd, spitsuur); compiled
   * once, not per noun. Not the nouns that merely end like one: -tuur, -vuur, -muur, -buur, -huur,
   * -zuur, -duur (bestuur, natuur, cultuur, vuur) and verkeer.
   */
  private static final Pattern TIME_COMPOUND =
      Pattern.compile(".*(jaar|week|maand|dag|(?<![tvmbhzd])uur|minuut|seconde|tijd|(?<!ver)keer|eeuw)");
  private static final Set<String> SUBJECT_SLOTS = Set.of("obl", "obj", "dep", "nmod", "nsubj");

  private TimePhrases() {}

  static void apply(List<UdTagger.Word> words, UPos[] pos, String[] feats, String[] lemmas, int[] heads,
      String[] rels) {
    int n = heads.length;
    for (int s = 0; s < n; s++) {
      int h = heads[s];
      if (h < 0 || !(pos[s] == UPos.NOUN || pos[s] == UPos.PROPN)) {
        continue;
      }
      if (isDay(lemmas[s]) && h > s && pos[h] == UPos.NOUN && (rels[s].startsWith("nmod") || rels[s].equals("amod")
          || rels[s].equals("compound")) && heads[h] >= 0 && pos[heads[h]] == UPos.VERB) {
        // zal maandag scholen bezoeken: the day before the object's noun is the verb's time, not the noun's
        heads[s] = heads[h];
        rels[s] = "obl";
        continue;
      }
      if (rels[s].startsWith("nsubj") && (isDay(lemmas[s]) || TIME_NOUNS.contains(Trees.lower(lemmas[s]))
          && timeModified(words, heads, rels, s))) {
        daySubject(pos, feats, lemmas, heads, rels, s);
      } else if (rels[s].equals("obl") && pos[s] == UPos.NOUN && !isTime(words, lemmas, heads, rels, s)
          && hasChild(heads, rels, s, "det", "nmod:poss", "nummod") && !hasChild(heads, rels, s, "case")
          && pos[h] == UPos.VERB && !hasChild(heads, rels, h, "obj", "cop")
          && hasChild(heads, rels, h, "nsubj") && !hasChild(heads, rels, h, "aux:pass")) {
        rels[s] = "obj"; // brengen hun koeien naar de markt: a noun phrase without a preposition and no time
      } else if (rels[s].equals("obj") && (isDay(lemmas[s]) && (otherObject(heads, rels, h, s)
          || !feats[s].contains("Number=Plur") && !hasChild(heads, rels, s, "det", "nmod:poss", "amod"))
          || TIME_NOUNS.contains(Trees.lower(lemmas[s])) && timeModified(words, heads, rels, s))
          && !hasChild(heads, rels, s, "case")) {
        rels[s] = "obl";
      }
      if (rels[s].equals("obl") && pos[heads[s]].isVerbal() && isTime(words, lemmas, heads, rels, s)) {
        phrasesOfTheVerb(words, heads, rels, s);
      }
    }
  }

  /**
   * A prepositional phrase after a time is the verb's, not the time's: {@code zong vorige week in de
   * kerk}. One with {@code van} may be the time's own ({@code de week van de vrede}).
   */
  private static void phrasesOfTheVerb(List<UdTagger.Word> words, int[] heads, String[] rels, int s) {
    for (int d = s + 1; d < Math.min(heads.length, s + Trees.MAX_SCAN); d++) {
      if (heads[d] != s || !rels[d].equals("nmod")) {
        continue;
      }
      for (int c = s + 1; c < d; c++) {
        if (heads[c] == d && rels[c].equals("case") && !words.get(c).lower().equals("van")) {
          heads[d] = heads[s];
          rels[d] = "obl";
          break;
        }
      }
    }
  }

  private static void daySubject(UPos[] pos, String[] feats, String[] lemmas, int[] heads, String[] rels, int s) {
    int h = heads[s];
    int n = heads.length;
    if (hasChild(heads, rels, s, "case") || isDay(lemmas[s]) && hasChild(heads, rels, s, "det") || hasChild(heads, rels, h, "cop")
        || "zijn".equals(Trees.lower(lemmas[h]))) {
      return;
    }
    int candidate = -1;
    for (int k = Math.max(0, h - Trees.MAX_SCAN); k < Math.min(n, h + Trees.MAX_SCAN); k++) {
      if (k == s || heads[k] != h || !SUBJECT_SLOTS.contains(rels[k]) || isDay(lemmas[k]) || !(pos[k] == UPos.NOUN
          || pos[k] == UPos.PROPN || pos[k] == UPos.PRON && !feats[k].contains("PronType=Rel"))
          || hasChild(heads, rels, k, "case") || !agrees(pos, feats, heads, rels, h, k)) {
        continue;
      }
      if (candidate < 0 || k < h || rels[k].startsWith("nsubj")) {
        candidate = k;
      }
      if (k < h || rels[k].startsWith("nsubj")) {
        break; // the noun phrase before the verb (the first constituent), or a second subject
      }
    }
    if (candidate >= 0) {
      if (!rels[candidate].startsWith("nsubj")) {
        rels[candidate] = rels[s];
      }
      rels[s] = "obl";
    }
  }

  /** Whether noun {@code s} heads a phrase of time (for the other rules over subjects). */
  static boolean isTimePhrase(List<UdTagger.Word> words, String[] lemmas, int[] heads, String[] rels, int s) {
    return isTime(words, lemmas, heads, rels, s);
  }

  /** Whether noun {@code s} names a time: a day, a noun of time, or one after a word of time (die week). */
  private static boolean isTime(List<UdTagger.Word> words, String[] lemmas, int[] heads, String[] rels, int s) {
    return isDay(lemmas[s]) || TIME_NOUNS.contains(Trees.lower(lemmas[s])) || timeModified(words, heads, rels, s)
        || TIME_COMPOUND.matcher(Trees.lower(lemmas[s])).matches();
  }

  private static boolean isDay(String lemma) {
    return DutchWords.isDayOfWeek(Trees.lower(lemma)); // maandag, maandagavond, dinsdagochtend
  }

  /** Whether a word before noun {@code s} and hung on it makes it a time when (vorig jaar, elke dag). */
  private static boolean timeModified(List<UdTagger.Word> words, int[] heads, String[] rels, int s) {
    for (int d = Math.max(0, s - 3); d < s; d++) {
      if (heads[d] == s && (rels[d].equals("amod") || rels[d].equals("det"))
          && TIME_MODIFIERS.contains(words.get(d).lower())) {
        return true;
      }
    }
    return false;
  }

  private static boolean otherObject(int[] heads, String[] rels, int h, int s) {
    for (int d = Math.max(0, h - Trees.MAX_SCAN); d < Math.min(heads.length, h + Trees.MAX_SCAN); d++) {
      if (d != s && heads[d] == h && rels[d].equals("obj")) {
        return true;
      }
    }
    return false;
  }

  /** Whether noun phrase {@code k} and the finite verb of {@code h} agree in number (or either is not known). */
  private static boolean agrees(UPos[] pos, String[] feats, int[] heads, String[] rels, int h, int k) {
    String verb = Trees.finiteNumber(pos, feats, heads, rels, h);
    String noun = hasChild(heads, rels, k, "conj") ? "Plur" : Trees.number(feats[k]);
    return verb == null || noun == null || verb.equals(noun);
  }

  static boolean hasChild(int[] heads, String[] rels, int h, String... relations) {
    for (int d = Math.max(0, h - Trees.MAX_SCAN); d < Math.min(heads.length, h + Trees.MAX_SCAN); d++) {
      if (heads[d] == h) {
        for (String r : relations) {
          if (rels[d].equals(r)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
