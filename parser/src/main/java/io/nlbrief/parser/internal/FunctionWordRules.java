package io.nlbrief.parser.internal;

import static io.nlbrief.parser.internal.Trees.*;

import io.nlbrief.parser.Token.Reading;
import io.nlbrief.parser.UPos;
import java.util.List;

/**
 * Tree rules for function words and the words around them: function words take no dependents in
 * UD (a word the parser hung on an auxiliary, a copula, a complementiser, a case marker or a
 * determiner goes to that word's head); a complementiser ({@code dat}, {@code omdat}, {@code of})
 * marks the verb its clause ends on (verb-final), not the first word after it, but when that verb
 * is a {@code te}-infinitive after a finite verb ({@code dat hij minder hoeft te betalen}) the
 * finite verb, whose complement the infinitive is; determiners, degree words, pronouns and a
 * sentence's opening conjunction. Stateless; see {@link TreeRules} for the order.
 */
final class FunctionWordRules {
  private FunctionWordRules() {}

  /** Relations of a clause or a phrase, which a complementiser itself never has. */
  private static final java.util.Set<String> CLAUSE_RELATIONS = java.util.Set.of(
      "advcl", "ccomp", "xcomp", "acl", "dep", "obl", "obj", "nsubj", "nmod", "advmod", "parataxis");

  /**
   * A coordinating conjunction that opens a sentence ({@code Maar ik kwam te laat.}, {@code En
   * toen?}) joins it to the one before, across the full stop: UD Dutch (Alpino and LassySmall alike)
   * makes it the {@code mark} of the sentence's head, not a {@code cc} with no conjunct before it.
   * The clause stays a main clause ({@link ClauseReader} reads a conjunction as no complementiser).
   */
  private static void sentenceInitialConjunction(UPos[] pos, int[] heads, String[] rels) {
    int n = pos.length;
    int first = 0;
    while (first < n && pos[first] == UPos.PUNCT) {
      first++;
    }
    if (first >= n || pos[first] != UPos.CCONJ || heads[first] < 0) {
      return;
    }
    int root = -1;
    for (int i = 0; i < n && root < 0; i++) {
      root = heads[i] < 0 ? i : -1;
    }
    if (root > first && attach(heads, first, root)) {
      rels[first] = "mark";
    }
  }

  /**
   * {@code het}, {@code dit} and {@code deze} right before a noun, or before adjectives and a noun
   * ({@code het grote huis}, {@code het afgelopen weekend}), or before an infinitive used as a noun
   * ({@code het geven van les}), are its determiner, not a pronoun of their
   * own: a pronoun stands for a noun phrase and is not followed by one ({@code gaf het hem}); but
   * {@code het} and {@code dit} take a singular noun only, and at a clause's start a word that is
   * also a verb of the third person is that verb ({@code Het regent}).
   * {@code die} is left alone: as a relative pronoun it does stand before a noun ({@code de man die
   * boeken schrijft}).
   */
  private static void determinerBeforeANoun(List<UdTagger.Word> words, UPos[] pos, String[] feats, int[] heads,
      String[] rels, int i) {
    String w = words.get(i).lower();
    if (pos[i] != UPos.PRON || !(w.equals("het") || w.equals("dit") || w.equals("deze"))) {
      return;
    }
    int n = words.size();
    int k = i + 1;
    while (k < n && k <= i + 4 && (pos[k] == UPos.ADJ || pos[k] == UPos.NUM
        || pos[k] == UPos.VERB && feats[k].contains("VerbForm=Part"))) {
      k++;
    }
    // a noun (a capitalised one, part of a name, only after an adjective: het Koninklijk Concertgebouw),
    // or an infinitive used as one (het geven van les)
    boolean noun = k < n && (pos[k] == UPos.NOUN && (k > i + 1 || words.get(k).form().equals(words.get(k).lower()))
        || pos[k] == UPos.PROPN && k > i + 1
        || k == i + 1 && pos[k] == UPos.VERB && feats[k].contains("VerbForm=Inf") && k + 1 < n
        && words.get(k + 1).lower().equals("van"));
    if (!noun || !w.equals("deze") && feats[k].contains("Number=Plur")) {
      return; // het and dit take no plural noun (won het drie wedstrijden): a pronoun beside a phrase
    }
    boolean opening = i == 0 || pos[i - 1] == UPos.PUNCT;
    if (opening && k == i + 1 && thirdPersonVerbReading(words.get(k))) {
      return; // "Het regent", "Het klopt": the subject and its verb, which the tagger read as a noun
    }
    if (heads[k] == i) {
      heads[k] = heads[i];
      rels[k] = rels[i];
    }
    if (attach(heads, i, k)) {
      pos[i] = UPos.DET;
      feats[i] = w.equals("het") ? "Definite=Def" : "PronType=Dem";
      rels[i] = "det";
    }
  }

  /**
   * {@code te} before an adjective or adverb is the degree adverb "too" ({@code te laat}, {@code
   * veel te koud}, {@code te weinig}), modifying that word; the infinitive's {@code te} stands before
   * a verb and the preposition before a noun ({@code te voet}). An adjective the tagger read there
   * is no infinitive in disguise: the infinitive's te takes an infinitive.
   */
  private static void degreeTe(List<UdTagger.Word> words, UPos[] pos, String[] feats, String[] lemmas, int[] heads,
      String[] rels, int i) {
    if (!words.get(i).lower().equals("te") || pos[i] == UPos.ADV) {
      return;
    }
    int a = i + 1;
    String next = words.get(a).lower();
    boolean degree = pos[a] == UPos.ADJ || pos[a] == UPos.ADV && !POINTER_WORDS.contains(next)
        || next.equals("veel") || next.equals("weinig");
    if (!degree || infinitiveReading(words.get(a))) {
      return;
    }
    pos[i] = UPos.ADV;
    feats[i] = "_";
    lemmas[i] = "te";
    if (attach(heads, i, a)) {
      rels[i] = "advmod";
    }
  }

  /** Whether the dictionary reads the word as an infinitive ({@code te leven}: leven is no adjective there). */
  private static boolean infinitiveReading(UdTagger.Word w) {
    for (Reading r : w.readings()) {
      if (r.tag().startsWith("WKW") && r.tag().contains("INF")) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code het}, {@code dit}, {@code dat} and {@code deze} are determiners only before a noun phrase;
   * before a verb, a preposition, a pronoun, punctuation or a bare predicative adjective
   * ({@code Zoals hij het helder uitdrukt}, {@code is het mogelijk,}) they stand for one, as pronouns.
   * An inflected or superlative adjective ({@code het nieuwe}, {@code het beste}) heads a noun phrase
   * of its own and keeps the determiner.
   */
  private static void pronounWithoutNoun(List<UdTagger.Word> words, UPos[] pos, String[] feats, int i) {
    String w = words.get(i).lower();
    if (pos[i] != UPos.DET || !(w.equals("het") || w.equals("dit") || w.equals("dat") || w.equals("deze"))) {
      return;
    }
    if (i > 0 && pos[i - 1] == UPos.ADP) {
      return; // a pronoun after a preposition becomes er-/daar- in Dutch: "voor het eerst" is a noun phrase
    }
    int n = words.size();
    for (int j = i + 1; j < n && j <= i + MAX_SCAN; j++) {
      switch (pos[j]) {
        case NOUN, PROPN, X, SYM, NUM -> {
          return;
        }
        case VERB, AUX -> {
          if (!feats[j].contains("VerbForm=Fin")) {
            return; // "het zingen van liedjes", "het gelezen boek": a verb form heading or in a noun phrase
          }
        }
        case PUNCT -> {
          String p = words.get(j).form();
          if (p.equals("'") || p.equals("\"") || p.equals("‘") || p.equals("“") || p.equals("«")) {
            return;
          }
        }
        case ADV -> {
          continue;
        }
        case ADJ -> {
          String a = words.get(j).lower();
          if (feats[j].contains("Degree=Sup") || feats[j].contains("Degree=Cmp") || a.endsWith("e")) {
            return;
          }
          continue;
        }
        default -> {
        }
      }
      break;
    }
    pos[i] = UPos.PRON;
    feats[i] = w.equals("het") ? "Person=3|PronType=Prs" : w.equals("deze") ? "PronType=Dem" : "Person=3|PronType=Dem";
  }

  /**
   * An attributive adjective stands inside its noun phrase, after the phrase's preposition, article
   * and number ({@code in de drie oude huizen}); one before them ({@code die momenteel in Gent
   * woont}, {@code die momenteel twee jaar uitzit}, {@code werkt hard aan een plan}) cannot modify
   * that noun: it modifies the verb the phrase hangs on ({@code advmod}).
   */
  private static void adjectiveBeforeItsPhrase(UPos[] pos, int[] heads, String[] rels) {
    int n = pos.length;
    for (int a = 0; a < n; a++) {
      int noun = heads[a];
      if (pos[a] != UPos.ADJ || !(rels[a].equals("amod") || rels[a].equals("nmod")) || noun <= a + 1 || noun >= n
          || heads[noun] < 0) {
        continue;
      }
      for (int p = a + 1; p < Math.min(noun, a + MAX_SCAN); p++) {
        // a preposition, article or number of the noun's after the adjective: the phrase begins after it
        boolean opens = pos[p] == UPos.ADP && rels[p].equals("case") || pos[p] == UPos.DET && rels[p].equals("det")
            || pos[p] == UPos.NUM && rels[p].equals("nummod");
        // the noun's own phrase, or one inside it (momenteel 2,5 jaar gevangenis: 2,5 of jaar, of gevangenis)
        if (opens && (heads[p] == noun || heads[p] > p && heads[p] < noun && heads[heads[p]] == noun)) {
          heads[a] = heads[noun];
          rels[a] = "advmod";
          break;
        }
      }
    }
  }

  /**
   * An attributive adjective before a plural noun takes -e in Dutch ({@code grote huizen}); one
   * without it there ({@code om massaal diplomaten uit te zetten}, {@code die snel resultaten
   * wilden}) modifies the verb, not the noun. Adjectives that never inflect (in -en: {@code houten},
   * {@code gouden}; in a vowel: {@code extra}, {@code oranje}) are left alone.
   */
  private static void uninflectedBeforePlural(List<UdTagger.Word> words, UPos[] pos, int[] heads, String[] rels) {
    for (int i = 0; i + 1 < words.size(); i++) {
      int noun = i + 1;
      String w = words.get(i).lower();
      if (pos[i] != UPos.ADJ || heads[i] != noun || !rels[i].equals("amod") || pos[noun] != UPos.NOUN
          || !words.get(noun).form().equals(words.get(noun).lower()) || w.length() < 3 || w.endsWith("en")
          || "aeiouy".indexOf(w.charAt(w.length() - 1)) >= 0 || w.endsWith("st") || w.endsWith("er")) {
        continue; // (-st and -er: superlatives and comparatives, which may stand uninflected)
      }
      if (!pluralNoun(words.get(noun))) {
        continue;
      }
      int h = heads[noun];
      if (h > noun && pos[h] == UPos.VERB) {
        heads[i] = h;
        rels[i] = "advmod";
      }
    }
  }

  /** Whether every reading of the word the dictionary gives is a plural noun. */
  private static boolean pluralNoun(UdTagger.Word w) {
    boolean any = false;
    for (Reading r : w.readings()) {
      if (!r.tag().startsWith("ZNW:MRV")) {
        return false;
      }
      any = true;
    }
    return any;
  }

  /**
   * Punctuation has no dependents in UD: a word the parser hung on a comma or full stop hangs on
   * that mark's head; where the mark is the root, the first such word heads the sentence instead.
   */
  private static void nothingOnPunctuation(UPos[] pos, int[] heads, String[] rels) {
    int n = heads.length;
    for (int i = 0; i < n; i++) {
      int h = heads[i];
      if (h < 0 || pos[h] != UPos.PUNCT || pos[i] == UPos.PUNCT) {
        continue;
      }
      int up = heads[h];
      for (int guard = 0; up >= 0 && pos[up] == UPos.PUNCT && guard < 4; guard++) {
        up = heads[up];
      }
      if (up >= 0 && pos[up] != UPos.PUNCT) {
        if (!attach(heads, i, up)) {
          continue;
        }
      } else if (up < 0 && heads[h] < 0) {
        // the mark is the root: this word takes its place
        heads[i] = -1;
        rels[i] = "root";
        heads[h] = i;
        rels[h] = "punct";
      }
    }
  }

  /** Whether the dictionary reads the word as a finite verb of the third person singular (regent, klopt). */
  private static boolean thirdPersonVerbReading(UdTagger.Word w) {
    for (Reading r : w.readings()) {
      if (r.tag().startsWith("WKW:TGW:3EP")) {
        return true;
      }
    }
    return false;
  }

  /** Dependents of function words go to the function word's head (a few rounds: chains are short). */
  private static void raise(int[] heads, String[] rels) {
    for (int i = 0; i < heads.length; i++) {
      int h = heads[i];
      int guard = 0;
      while (h >= 0 && isFunctionRelation(rels[h]) && !rels[i].equals("fixed") && !rels[i].equals("flat")
          && !rels[i].equals("conj") && guard++ < 4) {
        h = heads[h];
      }
      if (h >= 0 && h != i) {
        heads[i] = h;
      } else if (h < 0 && heads[i] >= 0 && guard > 0) {
        // The function word was the root: keep the attachment as it was.
      }
    }
  }

  /** A complementiser's head: the last verb before its clause ends (a comma, another complementiser, the end). */
  private static void markHead(List<UdTagger.Word> words, UPos[] pos, String[] feats, String[] lemmas, int[] heads,
      String[] rels, int i) {
    int n = words.size();
    if (asWithANounPhrase(words, pos, feats, heads, i)) {
      return;
    }
    int lastVerb = -1;
    int lastAny = -1;
    int finiteVerb = -1;
    int finiteAny = -1;
    int teVerb = -1;
    for (int k = i + 1; k < n && k <= i + MAX_SCAN; k++) {
      if (isBoundary(words.get(k), pos[k]) || pos[k] == UPos.SCONJ
          || pos[k] == UPos.CCONJ && !betweenNominals(pos, k)) {
        break;
      }
      if (pos[k].isVerbal() && finiteAny < 0 && feats[k].contains("VerbForm=Fin")) {
        finiteAny = k;
      }
      if (pos[k] == UPos.VERB) {
        lastVerb = k;
        if (finiteVerb < 0 && feats[k].contains("VerbForm=Fin")) {
          finiteVerb = k;
        }
        // a te-infinitive after the clause's finite verb, a main verb or a copula (dat zij bereid is te helpen)
        if (teVerb < 0 && finiteAny >= 0 && k > finiteAny && words.get(k - 1).lower().equals("te")) {
          teVerb = k;
        }
      } else if (pos[k] == UPos.AUX) {
        lastAny = k;
      }
    }
    int target = lastVerb >= 0 ? lastVerb : lastAny;
    // "dat de gemeente niets hoeft te doen": a te-infinitive after a finite main verb is that
    // verb's complement (xcomp); the clause, and its complementiser, hang on the finite verb. So
    // does a bare infinitive under a finite verb that is no auxiliary ("of hij wilde komen", "dat
    // hij de dieren laat paren"): UD makes willen, laten, gaan the head, the infinitive its xcomp.
    if (teVerb >= 0) {
      target = finiteAny;
    } else if (finiteVerb >= 0 && finiteVerb < lastVerb && pos[finiteVerb] == UPos.VERB
        && !NOT_HEADS_OF_INFINITIVES.contains(lemmas[finiteVerb]) && feats[lastVerb].contains("VerbForm=Inf")) {
      target = finiteVerb;
    }
    if (target < 0) {
      return;
    }
    int predicate = predicateBeforeFinalCopula(words, pos, feats, lemmas, heads, rels, i, Math.max(lastVerb, lastAny));
    if (predicate >= 0) {
      attach(heads, i, predicate);
      return;
    }
    // A copula's clause hangs on its predicate: take the copula's head when the parser found one inside.
    if (pos[target] == UPos.AUX && (rels[target].equals("cop") || rels[target].startsWith("aux"))
        && heads[target] > i) {
      target = heads[target];
    }
    attach(heads, i, target);
  }

  /**
   * A subordinate clause that ends on {@code zijn} after its predicate ({@code omdat het werk zwaar
   * is}, {@code dat zij de beste kandidaat zou kunnen zijn}, {@code dat hij ziek is geweest}) hangs
   * on that predicate, an adjective, noun or number right before its verbs, which are {@code zijn}
   * and auxiliaries only: with a participle among them ({@code dat het huis verkocht is}) {@code
   * zijn} is the participle's auxiliary, and after a preposition ({@code dat hij van plan is}) the
   * noun is part of a fixed phrase. The predicate heads the clause: where the parser made one of
   * the verbs its head, the predicate takes that verb's place, the verbs hang on it ({@code zijn}'s
   * participle, or else the last verb, as its {@code cop}, the others as {@code aux}). The
   * predicate's index, or -1.
   */
  private static int predicateBeforeFinalCopula(List<UdTagger.Word> words, UPos[] pos, String[] feats,
      String[] lemmas, int[] heads, String[] rels, int mark, int last) {
    if (last <= mark + 1 || !lemmas[last].equals("zijn")) {
      return -1;
    }
    int k = last;
    while (k > mark && pos[k].isVerbal()) {
      if (!NOT_HEADS_OF_INFINITIVES.contains(lemmas[k]) || lemmas[k].equals("hebben") || lemmas[k].equals("worden")) {
        return -1; // a verb of its own in the cluster (verkocht is, laten zijn): not a copula's clause
      }
      k--;
    }
    if (k <= mark) {
      return -1;
    }
    for (int j = mark + 1; j < k; j++) {
      if (pos[j].isVerbal() && pos[j - 1] != UPos.DET) {
        // a verb before (not one used as a noun: het lezen): the final zijn may be a clause's
        // inside it (dat we weten wat mogelijk is)
        return -1;
      }
    }
    boolean predicate = pos[k] == UPos.ADJ || pos[k] == UPos.NOUN || pos[k] == UPos.NUM;
    if (!predicate || k - 1 > mark && pos[k - 1] == UPos.ADP || pos[k] == UPos.NOUN && k == mark + 1) {
      return -1; // "van plan is"; "dat kinderen zijn": the noun right after the complementiser is the subject
    }
    // the predicate heads the clause, the verbs hang on it: where the parser made one of the verbs
    // the head, the predicate takes its place and its dependents (else the clause's readers would
    // find the complementiser on a word that heads nothing)
    int top = -1;
    for (int v = k + 1; v <= last; v++) {
      int up = heads[v];
      if (up < k || up > last) {
        if (top >= 0) {
          return -1; // the verbs hang in two places: not one cluster
        }
        top = v;
      }
    }
    if (top >= 0) {
      int up = heads[top];
      if (up >= 0 && !attach(heads, k, up)) {
        return -1;
      }
      heads[k] = up;
      rels[k] = up < 0 ? "root" : rels[top];
      int copula = last;
      for (int v = k + 1; v <= last; v++) {
        copula = lemmas[v].equals("zijn") && feats[v].contains("VerbForm=Part") ? v : copula; // ziek is geweest
      }
      int n = heads.length;
      for (int v = k + 1; v <= last; v++) {
        for (int d = Math.max(0, v - MAX_SCAN); d < Math.min(n, v + MAX_SCAN); d++) {
          if (heads[d] == v && (d < k || d > last)) {
            heads[d] = k;
          }
        }
        heads[v] = k;
        rels[v] = v == copula ? "cop" : "aux";
        pos[v] = UPos.AUX;
      }
    }
    return k;
  }

  /**
   * {@code als} and comparative {@code dan} before a noun phrase without an article or a number
   * ({@code begon als jonge verslaggever}, {@code zich als onafhankelijke landen opstelden}, {@code
   * eerder rood dan groen}, {@code meer dan twintig jaar}) mark that phrase, not a verb: their head
   * is its noun or adjective; but not where the phrase is the subject of a clause of its own, which
   * a finite verb ends: after {@code als} opening a clause ({@code Als kinderen buiten spelen, ...};
   * {@code Als voorzitter van de raad zei hij} goes on with the main clause) or in a clause that has
   * its finite verb already ({@code zij belt als twee gasten komen}). With an article, only inside a
   * clause ({@code werd gezien als een groot talent}; {@code Als de trein komt} at a clause's start
   * is left to the rule for clauses). The phrase's head may also be a number or pronoun before
   * {@code van} ({@code als één van de besten}), a personal pronoun where no verb follows ({@code
   * net als ik}) or, inside a clause, an adjective before a preposition ({@code eindigde als derde
   * in de race}). Where the parser hung the phrase under {@code als} itself, the phrase takes its
   * place.
   */
  private static boolean asWithANounPhrase(List<UdTagger.Word> words, UPos[] pos, String[] feats, int[] heads, int i) {
    String w = words.get(i).lower();
    if (!w.equals("als") && !w.equals("dan")) {
      return false;
    }
    boolean opening = i == 0 || pos[i - 1] == UPos.PUNCT || pos[i - 1] == UPos.CCONJ || pos[i - 1] == UPos.SCONJ;
    int k = i + 1;
    // an article opens the phrase too where als stands inside a clause, not at its start ("werd
    // beschouwd als een groot talent"); at the start it is the clause's subject ("Als de trein komt")
    boolean article = !opening && k < words.size() && pos[k] == UPos.DET && ARTICLES.contains(words.get(k).lower());
    if (article) {
      k++;
    }
    // adjectives, participles as adjectives and numbers before the noun ("als een getalenteerd renner")
    while (k < words.size() && k <= i + 5 && (pos[k] == UPos.ADJ || pos[k] == UPos.NUM
        || pos[k] == UPos.VERB && feats[k].contains("VerbForm=Part") && k + 1 < words.size() && pos[k + 1] == UPos.NOUN)) {
      k++;
    }
    int head = k < words.size() && (pos[k] == UPos.NOUN || pos[k] == UPos.PROPN) ? k : -1;
    if (head < 0 && i + 2 < words.size() && words.get(i + 2).lower().equals("van")
        && (pos[i + 1] == UPos.NUM || pos[i + 1] == UPos.PRON || pos[i + 1] == UPos.DET)) {
      head = i + 1; // "als één van de besten": the number or pronoun heads
    }
    if (head < 0 && !opening && i + 1 < words.size() && isPersonal(pos, feats, i + 1)
        && !feats[i + 1].contains("Poss=Yes") && !verbAfter(words, pos, i + 2)) {
      head = i + 1; // "net als ik", "groter als jij": a comparison with a pronoun, no clause
    }
    if (head >= 0 && (opening || finiteBefore(pos, feats, i)) && verbFinalClause(words, pos, feats, head + 1)) {
      // a clause of its own, ended by its verb: "Als kinderen buiten spelen, ...", "zij belt als
      // twee gasten komen"; but "Als voorzitter van de raad zei hij ..." goes on with the main
      // clause, and in "die zich als vrije staten opstelden" the verb is the relative clause's
      return false;
    }
    if (head < 0 && k > i + 1 && pos[k - 1] == UPos.ADJ && (k == words.size() || isBoundary(words.get(k), pos[k])
        || pos[k] == UPos.CCONJ)) {
      head = k - 1; // eerder rood dan groen.
    }
    if (head < 0 && !opening && w.equals("als") && k == i + 2 && pos[i + 1] == UPos.ADJ && pos[k] == UPos.ADP) {
      head = i + 1; // "eindigde als derde in de race": the adjective stands for a noun
    }
    if (head < 0 || w.equals("dan") && i > 0 && pos[i - 1] == UPos.PUNCT) {
      return false; // ", dan ..." is "then"
    }
    if (!attach(heads, i, head) && heads[i] >= 0 && attach(heads, head, heads[i])) {
      // the parser hung the phrase under "als" itself: the phrase takes its place
      attach(heads, i, head);
    }
    return heads[i] == head;
  }

  private static final java.util.Set<String> ARTICLES = java.util.Set.of("de", "het", "een", "'t", "'n");

  /** Whether a verb follows from {@code from} before the clause ends (a clause of its own, not a phrase). */
  private static boolean verbAfter(List<UdTagger.Word> words, UPos[] pos, int from) {
    for (int k = from; k < words.size() && k < from + MAX_SCAN; k++) {
      if (pos[k] == UPos.PUNCT) {
        return false;
      }
      if (pos[k].isVerbal()) {
        return true;
      }
    }
    return false;
  }

  /** Whether the clause around {@code i} has its finite verb before {@code i}. */
  private static boolean finiteBefore(UPos[] pos, String[] feats, int i) {
    for (int k = i - 1; k >= 0 && k >= i - MAX_SCAN; k--) {
      if (pos[k] == UPos.PUNCT || pos[k] == UPos.SCONJ || feats[k].contains("PronType=Rel")) {
        return false;
      }
      if (feats[k].contains("VerbForm=Fin")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the first finite verb from {@code from} ends its clause (punctuation or the end after it). */
  private static boolean verbFinalClause(List<UdTagger.Word> words, UPos[] pos, String[] feats, int from) {
    for (int k = from; k < words.size() && k < from + MAX_SCAN; k++) {
      if (feats[k].contains("VerbForm=Fin")) {
        return k + 1 == words.size() || pos[k + 1] == UPos.PUNCT || pos[k + 1] == UPos.CCONJ;
      }
      if (isBoundary(words.get(k), pos[k])) {
        return false;
      }
    }
    return false;
  }

  static final TreeRule DEGREE_TE_AND_DETERMINERS = TreeRule.of("degree-te-and-determiners", t -> {
    for (int i = 0; i + 1 < t.size(); i++) {
      degreeTe(t.words(), t.pos(), t.feats(), t.lemmas(), t.heads(), t.rels(), i);
      determinerBeforeANoun(t.words(), t.pos(), t.feats(), t.heads(), t.rels(), i);
    }
  });

  static final TreeRule COMPLEMENTISERS = TreeRule.of("complementisers", t -> {
    for (int i = 0; i < t.size(); i++) {
      if (t.pos()[i] == UPos.SCONJ && CLAUSE_RELATIONS.contains(t.rels()[i])) {
        // a complementiser the parser gave a clause's relation (dat … advcl) marks a clause
        t.rels()[i] = "mark";
      }
      if (t.pos()[i] == UPos.SCONJ && t.rels()[i].equals("mark")) {
        markHead(t.words(), t.pos(), t.feats(), t.lemmas(), t.heads(), t.rels(), i);
      }
    }
  });

  /**
   * {@code om} that a {@code te}-infinitive follows in its clause ({@code om de fusie te redden},
   * {@code om er fortuin te maken}, {@code om na te denken}) opens that infinitive's clause: it is
   * the infinitive's {@code mark}, not a preposition of the noun after it nor a particle of the
   * verb before. The clause ends at punctuation, a complementiser or a finite verb; {@code om}
   * right before {@code te} after another {@code om} is the particle of the infinitive ({@code
   * tijd om om te kijken}), and {@code om} with no {@code te}-infinitive after it ({@code om vijf
   * uur}, {@code keek om}) is left alone.
   */
  private static void omTe(List<UdTagger.Word> words, UPos[] pos, String[] feats, int[] heads, String[] rels, int i) {
    int n = words.size();
    if (!words.get(i).lower().equals("om") || i > 0 && words.get(i - 1).lower().equals("om")) {
      return;
    }
    for (int k = i + 1; k + 1 < n && k <= i + MAX_SCAN; k++) {
      if (isBoundary(words.get(k), pos[k]) || pos[k] == UPos.SCONJ || feats[k].contains("VerbForm=Fin")
          || words.get(k).lower().equals("om")) {
        return;
      }
      if (words.get(k).lower().equals("te") && pos[k + 1] == UPos.VERB) {
        int verb = k + 1;
        if (heads[verb] == i) {
          heads[verb] = heads[i];
          rels[verb] = rels[i];
        }
        if (attach(heads, i, verb)) {
          rels[i] = "mark";
        }
        return;
      }
    }
  }

  static final TreeRule OM_TE_CLAUSES = TreeRule.of("om-te-clauses", t -> {
    for (int i = 0; i < t.size(); i++) {
      omTe(t.words(), t.pos(), t.feats(), t.heads(), t.rels(), i);
    }
  });

  static final TreeRule NO_DEPENDENTS_OF_FUNCTION_WORDS =
      TreeRule.of("no-dependents-of-function-words", t -> raise(t.heads(), t.rels()));

  static final TreeRule NOTHING_ON_PUNCTUATION =
      TreeRule.of("nothing-on-punctuation", t -> nothingOnPunctuation(t.pos(), t.heads(), t.rels()));

  static final TreeRule UNINFLECTED_BEFORE_PLURAL =
      TreeRule.of("uninflected-before-plural", t -> uninflectedBeforePlural(t.words(), t.pos(), t.heads(), t.rels()));

  static final TreeRule ADJECTIVE_BEFORE_ITS_PHRASE =
      TreeRule.of("adjective-before-its-phrase", t -> adjectiveBeforeItsPhrase(t.pos(), t.heads(), t.rels()));

  static final TreeRule PRONOUN_WITHOUT_NOUN = TreeRule.of("pronoun-without-noun", t -> {
    for (int i = 0; i < t.size(); i++) {
      pronounWithoutNoun(t.words(), t.pos(), t.feats(), i);
    }
  });

  static final TreeRule SENTENCE_INITIAL_CONJUNCTION =
      TreeRule.of("sentence-initial-conjunction", t -> sentenceInitialConjunction(t.pos(), t.heads(), t.rels()));
}
