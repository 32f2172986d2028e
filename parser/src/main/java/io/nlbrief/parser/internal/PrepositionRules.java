package io.nlbrief.parser.internal;

import static io.nlbrief.parser.internal.Trees.*;

import io.nlbrief.parser.Token.Reading;
import io.nlbrief.parser.UPos;
import java.util.List;
import java.util.function.Function;

/**
 * Tree rules for prepositions and particles: fixed expressions ({@link VerbIdioms}), prepositions
 * stranded after an R-pronoun, a preposition before its phrase, and separable particles: a word is
 * a particle of a verb of its clause when particle and verb make a verb LanguageTool's dictionary
 * knows ({@code weg} + {@code sturen} = {@code wegsturen}) and the word heads no phrase of its own
 * (nothing nominal follows it: {@code op} in {@code op de tafel} is a preposition; an adverb may
 * stand before a phrase: {@code keerde terug naar huis}). The rules share the tree's marks of
 * words in a fixed expression and stranded prepositions. Stateless; see {@link TreeRules}.
 */
final class PrepositionRules {
  private PrepositionRules() {}

  private static final java.util.Set<String> DEGREE_ADVERBS =
      io.nlbrief.parser.DutchWords.of(io.nlbrief.parser.DutchWords.WordClass.DEGREE_ADVERB);


  /** Determiners that make a noun phrase definite (de trein, zijn boek): the subject of a clause with er in it. */
  private static final java.util.Set<String> DEFINITE_DETERMINERS = java.util.Set.of("de", "het", "die", "dat",
      "deze", "dit", "zijn", "haar", "hun", "mijn", "jouw", "uw", "onze", "ons");

  /**
   * A pronominal adverb split in two ({@code daar wacht zij op}, {@code zij heeft er geen tijd voor},
   * {@code waar denk je aan}, {@code dat lijkt er veel op}): the preposition stranded after the
   * R-pronoun in its clause (before a verb, a punctuation mark, a conjunction or another phrase, not
   * before its own noun phrase) is that pronoun's {@code case}, as UD Dutch has it, even where
   * preposition and verb make a separable verb. Only the first stranded preposition after the
   * pronoun ({@code zij keek er naar op}: {@code op} is the particle). Existential {@code er}
   * ({@code Er komt een storm aan}, {@code morgen komt er een storm aan}) points at nothing: {@code
   * er} counts only after a definite word in its clause, a pronoun, a name or a definite determiner
   * (the clause's subject, which an existential clause puts after it).
   */
  private static void strandedPreposition(List<UdTagger.Word> words, UPos[] pos, int[] heads, String[] rels,
      boolean[] inIdiom, boolean[] stranded, int r) {
    String w = words.get(r).lower();
    if (!R_PRONOUNS.contains(w) || pos[r] != UPos.ADV && pos[r] != UPos.PRON) {
      return;
    }
    int n = words.size();
    if (w.equals("er")) {
      boolean definite = false;
      for (int k = r - 1; k >= 0 && k >= r - MAX_SCAN && !definite; k--) {
        if (isBoundary(words.get(k), pos[k]) || pos[k] == UPos.SCONJ || pos[k] == UPos.CCONJ) {
          break;
        }
        String x = words.get(k).lower();
        definite = pos[k] == UPos.PRON && !R_PRONOUNS.contains(x) || pos[k] == UPos.PROPN
            || pos[k] == UPos.DET && DEFINITE_DETERMINERS.contains(x);
      }
      if (!definite) {
        return;
      }
    }
    for (int k = r + 1; k < n && k <= r + MAX_SCAN; k++) {
      if (isBoundary(words.get(k), pos[k]) || pos[k] == UPos.SCONJ || R_PRONOUNS.contains(words.get(k).lower())
          || pos[k] == UPos.CCONJ && !betweenNominals(pos, k)) {
        return;
      }
      if (pos[k] != UPos.ADP || inIdiom[k] || !R_PREPOSITIONS.contains(words.get(k).lower())) {
        continue;
      }
      UPos next = k + 1 < n ? pos[k + 1] : UPos.PUNCT;
      boolean before = next == UPos.VERB || next == UPos.AUX || next == UPos.PUNCT || next == UPos.CCONJ
          || next == UPos.SCONJ || next == UPos.ADP && !words.get(k + 1).lower().equals("te");
      if (!before) {
        continue; // op de tafel: a preposition with its own noun phrase
      }
      if (attach(heads, k, r)) {
        rels[k] = "case";
        stranded[k] = true;
        if (rels[r].equals("advmod") || rels[r].equals("expl") || rels[r].equals("dep") || rels[r].equals("compound:prt")) {
          rels[r] = "obl"; // the pronoun is the phrase the preposition makes
        }
      }
      return;
    }
  }

  /**
   * A preposition right before a noun phrase ({@code heeft bij ons gewerkt}, {@code werd met
   * eigen geld betaald}, {@code in « De Morgen »}) is that phrase's
   * {@code case}, not a separable particle, whatever the parser made of it: a particle heads no
   * phrase. The phrase's head is its first noun, name or personal pronoun after articles,
   * adjectives, numbers and quotation marks. A fixed expression's preposition ({@code in de
   * hand houden}, {@link VerbIdioms}) has its words as its own {@code fixed} and is left alone.
   */
  private static void prepositionBeforeItsPhrase(List<UdTagger.Word> words, UPos[] pos, String[] feats,
      int[] heads, String[] rels, boolean[] inIdiom, int i) {
    int n = words.size();
    if (pos[i] != UPos.ADP || !rels[i].equals("compound:prt") || i + 1 >= n || inIdiom[i + 1]) {
      return;
    }
    int k = i + 1;
    while (k < n && k <= i + 6 && (pos[k] == UPos.DET || pos[k] == UPos.ADJ || pos[k] == UPos.NUM
        || pos[k] == UPos.PRON && feats[k].contains("Poss=Yes") && k + 1 < n
        && (pos[k + 1] == UPos.NOUN || pos[k + 1] == UPos.ADJ || pos[k + 1] == UPos.NUM)
        || pos[k] == UPos.VERB && feats[k].contains("VerbForm=Part") && k + 1 < n && pos[k + 1] == UPos.NOUN
        || pos[k] == UPos.PUNCT && QUOTES.contains(words.get(k).form()))) {
      k++;
    }
    if (k >= n || !(pos[k] == UPos.NOUN || pos[k] == UPos.PROPN || isPersonal(pos, feats, k) && k == i + 1)) {
      // (ons, haar before no noun: the personal pronoun, "bij ons gewerkt")
      return;
    }
    if (k > i + 1 && pos[k - 1] == UPos.PUNCT && k == i + 2) {
      return; // a quotation mark alone before the word: a quoted particle is rare, but so is certainty
    }
    if (heads[k] == i) { // the parser hung the noun on the preposition (met eigen geld: fixed)
      heads[k] = heads[i];
      rels[k] = heads[i] < 0 ? "root" : "obl";
    }
    if (attach(heads, i, k)) {
      rels[i] = "case";
    }
  }

  private static final java.util.Set<String> QUOTES = java.util.Set.of("\"", "'", "«", "‘", "“", ",,", "``");

  /**
   * A verb expression with a fixed prepositional part ({@link VerbIdioms}: {@code kwam er uit de bus},
   * {@code die om het leven kwamen}): the preposition is the verb's {@code compound:prt}, as UD Dutch
   * has it, and the words after it its {@code fixed}. The verb is one of the expression's and stands
   * in the same clause: the verb cluster right after the part, or to the left up to the clause's
   * start (through its finite verb).
   */
  private static void idiom(List<UdTagger.Word> words, UPos[] pos, String[] feats, String[] lemmas, int[] heads,
      String[] rels, VerbIdioms idioms, boolean[] inIdiom, int i) {
    int n = words.size();
    for (VerbIdioms.Idiom idiom : idioms.startingAt(words, i)) {
      int last = i + idiom.rest().size();
      int verb = -1;
      for (int k = last + 1; k < n && k <= last + 4; k++) {
        if (isBoundary(words.get(k), pos[k]) || pos[k] == UPos.SCONJ || pos[k] == UPos.CCONJ) {
          break;
        }
        if (pos[k].isVerbal() && idiom.verbs().contains(lemmas[k])) {
          verb = k;
          break;
        }
        if (!(pos[k].isVerbal() || words.get(k).lower().equals("te"))) {
          break; // only the verb cluster follows the part
        }
      }
      for (int j = i - 1; verb < 0 && j >= 0 && j >= i - MAX_SCAN; j--) {
        if (isBoundary(words.get(j), pos[j]) || pos[j] == UPos.SCONJ) {
          break;
        }
        if (pos[j].isVerbal() && idiom.verbs().contains(lemmas[j])) {
          verb = j;
        }
        if (pos[j].isVerbal() && feats[j].contains("VerbForm=Fin")) {
          break;
        }
      }
      if (verb >= 0 && attach(heads, i, verb)) {
        rels[i] = "compound:prt";
        for (int k = i + 1; k <= last; k++) {
          if (attach(heads, k, i)) {
            rels[k] = "fixed";
            inIdiom[k] = true;
          }
        }
        return;
      }
    }
  }

  private static final java.util.Set<String> BARE_INFINITIVE_VERBS =
      io.nlbrief.parser.DutchWords.of(io.nlbrief.parser.DutchWords.WordClass.BARE_INFINITIVE_VERB);

  private static void particle(List<UdTagger.Word> words, UPos[] pos, String[] feats, String[] lemmas,
      int[] heads, String[] rels, Function<String, List<Reading>> dictionary, int i) {
    UPos p = pos[i];
    if (p != UPos.ADP && p != UPos.ADV && p != UPos.ADJ && p != UPos.NOUN) {
      return;
    }
    int n = words.size();
    String particle = words.get(i).lower();
    if (particle.length() < 2 || !isLetters(particle)) {
      return;
    }
    // The particle heads no phrase: what follows is no nominal or adjective (op de tafel, aan de minister).
    boolean beforeTe = i + 1 < n && words.get(i + 1).lower().equals("te");
    if (beforeTe && particle.equals("om")) {
      return; // "om te slapen": the complementiser of an om-te clause
    }
    if (i + 1 < n && !beforeTe) { // "op te lossen": te is no phrase of the particle's
      UPos next = pos[i + 1];
      // An adverb particle may stand before a phrase of its own: "keerde hij terug naar huis".
      // A noun or adjective part may: "vond plaats in de zaal", "maakte de weg vrij voor hem".
      boolean nominalPart = p == UPos.NOUN || p == UPos.ADJ;
      // So may a preposition particle after its verb: "werkte mee aan het plan", "bleef achter in
      // de auto" (prepositions are not stacked in Dutch); one before its verb is the first of two
      // prepositions of a phrase ("tot aan de grens", "van voor de oorlog").
      boolean particleAfterVerb = p == UPos.ADP && !particle.equals("om") && next == UPos.ADP
          && !NOT_STACKED.contains(words.get(i + 1).lower()) && verbBefore(words, pos, feats, i);
      boolean participleAttribute = next == UPos.VERB && feats[i + 1].contains("VerbForm=Part") && i + 2 < n
          && pos[i + 2] == UPos.NOUN; // in verspreide groepen
      if (next == UPos.DET || next == UPos.NOUN || next == UPos.PROPN || next == UPos.PRON || next == UPos.NUM
          || participleAttribute
          || next == UPos.ADJ || next == UPos.ADP && p != UPos.ADV && !nominalPart && !particleAfterVerb
          || next == UPos.ADV && p != UPos.ADP) {
        return;
      }
    }
    if (i > 0 && (p == UPos.NOUN || p == UPos.ADJ)) {
      UPos prev = pos[i - 1];
      // an uninflected adjective before a clause-final part is said of the verb: "hield zij koppig vol."
      boolean adverbialBefore = prev == UPos.ADJ && !words.get(i - 1).lower().endsWith("e")
          && (i + 1 == n || pos[i + 1] == UPos.PUNCT);
      if (prev == UPos.DET || prev == UPos.ADJ && !adverbialBefore || prev == UPos.ADP || prev == UPos.NUM
          || prev == UPos.PRON || prev == UPos.ADV && DEGREE_ADVERBS.contains(words.get(i - 1).lower())) {
        return; // "de plaats", "zeer stil": part of a phrase; "komen wel tekort", "vindt morgen plaats" are not
      }
    }
    int verb = -1;
    // "op te lossen", "door kunnen sturen": the verb right after.
    int k = i + 1;
    if (k < n && words.get(k).lower().equals("te")) {
      k++;
    }
    // "door te kunnen knippen": past a modal's infinitive to the verb it governs
    while (k + 1 < n && k <= i + 4 && (pos[k] == UPos.AUX || pos[k] == UPos.VERB && BARE_INFINITIVE_VERBS.contains(lemmas[k]))
        && (pos[k + 1] == UPos.VERB || pos[k + 1] == UPos.AUX)) {
      k++;
    }
    if (k < n && pos[k] == UPos.VERB && joins(particle, lemmas[k], dictionary)) {
      verb = k;
    }
    // "stuurt … weg": the clause's verb to the left, up to the clause's start.
    for (int j = i - 1; verb < 0 && j >= 0 && j >= i - MAX_SCAN; j--) {
      if (isBoundary(words.get(j), pos[j]) || pos[j] == UPos.SCONJ) {
        break;
      }
      if (pos[j] == UPos.VERB && joins(particle, lemmas[j], dictionary)) {
        verb = j;
      }
      if (pos[j].isVerbal() && feats[j].contains("VerbForm=Fin")) {
        break;
      }
    }
    if (verb >= 0 && attach(heads, i, verb)) {
      rels[i] = "compound:prt";
    }
  }

  /** Words that open a phrase of their own after a preposition ({@code ten minste}, {@code om het even}, {@code te voet}). */
  private static final java.util.Set<String> NOT_STACKED = java.util.Set.of("te", "ten", "ter", "om");

  /** Whether a verb stands before {@code i} in its clause (a main clause's verb, its particle after it). */
  private static boolean verbBefore(List<UdTagger.Word> words, UPos[] pos, String[] feats, int i) {
    for (int j = i - 1; j >= 0 && j >= i - MAX_SCAN; j--) {
      if (isBoundary(words.get(j), pos[j]) || pos[j] == UPos.SCONJ || pos[j] == UPos.CCONJ
          || feats[j].contains("PronType=Rel")) {
        return false;
      }
      if (pos[j].isVerbal()) {
        return true;
      }
    }
    return false;
  }

  private static boolean joins(String particle, String lemma, Function<String, List<Reading>> dictionary) {
    if (lemma.startsWith(particle)) {
      return false;
    }
    String joined = particle + lemma;
    for (Reading r : dictionary.apply(joined)) {
      if (r.tag().startsWith("WKW") && r.lemma().equals(joined)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLetters(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isLetter(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static final TreeRule FIXED_EXPRESSIONS = TreeRule.of("fixed-expressions", t -> {
    VerbIdioms idioms = VerbIdioms.shared();
    for (int i = 0; i < t.size(); i++) {
      if (t.pos()[i] == UPos.ADP) {
        idiom(t.words(), t.pos(), t.feats(), t.lemmas(), t.heads(), t.rels(), idioms, t.inIdiom(), i);
      }
    }
  });

  static final TreeRule STRANDED_PREPOSITIONS = TreeRule.of("stranded-prepositions", t -> {
    for (int r = 0; r < t.size(); r++) {
      strandedPreposition(t.words(), t.pos(), t.heads(), t.rels(), t.inIdiom(), t.stranded(), r);
    }
  });

  static final TreeRule PREPOSITIONS_AND_PARTICLES = TreeRule.of("prepositions-and-particles", t -> {
    for (int i = 0; i < t.size(); i++) {
      // a word of a fixed expression (in elkaar zetten) is no particle of its own
      if (!t.inIdiom()[i] && !t.stranded()[i]) {
        prepositionBeforeItsPhrase(t.words(), t.pos(), t.feats(), t.heads(), t.rels(), t.inIdiom(), i);
        particle(t.words(), t.pos(), t.feats(), t.lemmas(), t.heads(), t.rels(), t.dictionary(), i);
      }
    }
  });
}
