package io.nlbrief.parser.internal;

import io.nlbrief.parser.Token.Reading;
import io.nlbrief.parser.UPos;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Corrections the greedy parser needs and general knowledge of Dutch and of UD gives:
 * <ul>
 *   <li>function words take no dependents in UD: a word the parser hung on an auxiliary, a
 *       copula, a complementiser, a case marker or a determiner goes to that word's head;
 *   <li>a complementiser ({@code dat}, {@code omdat}, {@code of}) marks the verb its clause ends
 *       on (verb-final), not the first word after it; but when that verb is a {@code te}-infinitive
 *       after a finite verb ({@code dat hij minder hoeft te betalen}), the finite verb, whose
 *       complement the infinitive is;
 *   <li>a word is a separable particle of a verb of its clause when particle and verb make a verb
 *       LanguageTool's dictionary knows ({@code weg} + {@code sturen} = {@code wegsturen}) and the
 *       word heads no phrase of its own (nothing nominal follows it: {@code op} in
 *       {@code op de tafel} is a preposition; an adverb may stand before a phrase:
 *       {@code keerde terug naar huis});
 *   <li>the main verb, not a finite auxiliary, heads its clause ({@link #auxiliaryHeads}).
 * </ul>
 * Each rule scans a bounded stretch of the sentence (one clause), so the whole is linear in practice
 * and never worse than {@link #MAX_SCAN} steps per word.
 */
final class TreeRules {
  /** How far a rule looks for a clause's verbs, in words. */
  static final int MAX_SCAN = 40;
  /** How far {@link #attach} follows heads up to make sure a new attachment closes no cycle. */
  static final int MAX_ANCESTORS = 4 * MAX_SCAN;

  /** Relations of a clause or a phrase, which a complementiser itself never has. */
  private static final java.util.Set<String> CLAUSE_RELATIONS = java.util.Set.of(
      "advcl", "ccomp", "xcomp", "acl", "dep", "obl", "obj", "nsubj", "nmod", "advmod", "parataxis");

  private static final java.util.Set<String> POINTER_WORDS =
      io.nlbrief.parser.DutchWords.of(io.nlbrief.parser.DutchWords.WordClass.POINTER_WORD);
  private static final java.util.Set<String> DEGREE_ADVERBS =
      io.nlbrief.parser.DutchWords.of(io.nlbrief.parser.DutchWords.WordClass.DEGREE_ADVERB);

  private TreeRules() {}

  /** {@code dictionary}: the dictionary's own readings of a word (no compound guessing). */
  static void apply(List<UdTagger.Word> words, UPos[] pos, String[] feats, String[] lemmas, int[] heads,
      String[] rels, Function<String, List<Reading>> dictionary, java.util.Set<String> auxiliaries) {
    int n = words.size();
    for (int i = 0; i + 1 < n; i++) {
      degreeTe(words, pos, feats, lemmas, heads, rels, i);
      determinerBeforeANoun(words, pos, feats, heads, rels, i);
    }
    for (int i = 0; i < n; i++) {
      if (pos[i] == UPos.SCONJ && CLAUSE_RELATIONS.contains(rels[i])) {
        rels[i] = "mark"; // a complementiser the parser gave a clause's relation (dat … advcl) marks a clause
      }
      if (pos[i] == UPos.SCONJ && rels[i].equals("mark")) {
        markHead(words, pos, feats, lemmas, heads, rels, i);
      }
    }
    VerbIdioms idioms = VerbIdioms.shared();
    boolean[] inIdiom = new boolean[n];
    for (int i = 0; i < n; i++) {
      if (pos[i] == UPos.ADP) {
        idiom(words, pos, feats, lemmas, heads, rels, idioms, inIdiom, i);
      }
    }
    boolean[] stranded = new boolean[n];
    for (int r = 0; r < n; r++) {
      strandedPreposition(words, pos, heads, rels, inIdiom, stranded, r);
    }
    for (int i = 0; i < n; i++) {
      if (!inIdiom[i] && !stranded[i]) { // a word of a fixed expression (in elkaar zetten) is no particle of its own
        prepositionBeforeItsPhrase(words, pos, feats, heads, rels, inIdiom, i);
        particle(words, pos, feats, lemmas, heads, rels, dictionary, i);
      }
    }
    for (int k = 1; k < n; k++) {
      infinitiveReadAsNoun(words, pos, feats, lemmas, heads, rels, k);
    }
    auxiliaryHeads(words, pos, feats, lemmas, heads, rels, auxiliaries);
    verbsAboveTheirInfinitive(words, pos, feats, lemmas, heads, rels, auxiliaries);
    for (int t = 1; t + 1 < n; t++) {
      auxiliaryAfterTe(words, pos, feats, lemmas, heads, rels, t);
    }
    copulaHeads(words, pos, feats, lemmas, heads, rels);
    adjectivalPredicates(words, pos, feats, lemmas, heads, rels);
    participleAfterANominalPredicate(pos, feats, lemmas, heads, rels);
    pointersBeforeInfinitives(words, pos, heads, rels);
    subjectsOfInfinitives(words, pos, feats, heads, rels);
    for (int w = 0; w < n; w++) {
      linkingVerbHeads(words, pos, feats, lemmas, heads, rels, w);
    }
    raise(heads, rels);
    nothingOnPunctuation(pos, heads, rels);
    uninflectedBeforePlural(words, pos, heads, rels);
    adjectiveBeforeItsPhrase(pos, heads, rels);
    for (int i = 1; i + 1 < n; i++) {
      relativeDatWithoutSubject(words, pos, feats, heads, rels, i);
    }
    relativeClauses(words, pos, feats, heads, rels);
    frontedClause(words, pos, feats, heads, rels);
    reportingClauses(words, pos, feats, heads, rels);
    oneConstituentBeforeTheVerb(pos, feats, heads, rels);
    for (int i = 0; i + 2 < n; i++) {
      expletiveHet(words, pos, feats, lemmas, heads, rels, i);
    }
    clauseRelations(words, pos, feats, heads, rels);
    relativeSubjectByAgreement(pos, feats, heads, rels);
    DistributiveDeterminers.apply(words, pos, feats, heads, rels);
    ParticipleAside.apply(pos, feats, heads, rels);
    OneFiniteVerb.apply(pos, feats, heads, rels);
    TimePhrases.apply(words, pos, feats, lemmas, heads, rels);
    SubjectLists.apply(words, pos, heads, rels);
    OneSubject.apply(words, pos, feats, lemmas, heads, rels);
    CaselessNominals.apply(words, pos, lemmas, heads, rels);
    auxiliaryTags(pos, feats, lemmas, heads, rels);
    for (int i = 0; i < n; i++) {
      pronounWithoutNoun(words, pos, feats, i);
    }
    sentenceInitialConjunction(pos, heads, rels);
  }

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

  /** The R-pronouns, which stand for a preposition's object before it: er op, daar mee, waar over. */
  private static final java.util.Set<String> R_PRONOUNS = java.util.Set.of("er", "daar", "hier", "waar");
  /** The prepositions an R-pronoun takes (erop, daarmee, ertoe, waarvandaan). */
  private static final java.util.Set<String> R_PREPOSITIONS = java.util.Set.of("aan", "achter", "af", "bij",
      "binnen", "boven", "buiten", "door", "doorheen", "heen", "in", "langs", "mee", "na", "naar", "naast", "om",
      "omheen", "onder", "op", "over", "tegen", "tegenaan", "tegenover", "toe", "tussen", "uit", "van", "vandaan",
      "vanaf", "vanuit", "voor", "zonder");
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

  /** Words that open a clause which an expletive het stands for: dat-clauses, questions, te-infinitives. */
  private static final java.util.Set<String> CLAUSE_OPENERS = java.util.Set.of("dat", "of", "hoe", "wie", "wat",
      "waarom", "wanneer", "waar", "om", "te");

  /**
   * {@code Het is duidelijk dat …}, {@code het is lastig hier te parkeren}, {@code Jammer is het
   * dat …}: the {@code het} beside a copula and an adjective stands for the clause after them
   * ({@code expl}); that clause is the subject ({@code csubj}) of the adjective, which heads the main
   * clause with {@code zijn} as its copula. Where the parser took {@code het} for the subject, or
   * made the later clause's verb the head of all, the adjective takes the place of the clause and
   * the words up to the later clause go with it. Only an adjective right beside the copula (after
   * adverbs and prepositional phrases: {@code het is voor de buren soms lastig}) and a clause opened
   * by a complementiser, a question word or an infinitive's {@code te}; a noun phrase predicate
   * ({@code het is een boek dat …}) may have a relative clause instead, and is left alone.
   */
  private static void expletiveHet(List<UdTagger.Word> words, UPos[] pos, String[] feats, String[] lemmas,
      int[] heads, String[] rels, int i) {
    int n = words.size();
    if (!words.get(i).lower().equals("het") || pos[i] != UPos.PRON) {
      return;
    }
    int copula = -1;
    int predicate = -1;
    if (i + 1 < n && lemmas[i + 1].equals("zijn") && feats[i + 1].contains("VerbForm=Fin")) {
      copula = i + 1; // Het is … duidelijk
    } else if (i >= 1 && lemmas[i - 1].equals("zijn") && feats[i - 1].contains("VerbForm=Fin")) {
      copula = i - 1; // Jammer is het …, … is het lastig
      if (i >= 2 && pos[i - 2] == UPos.ADJ && (i == 2 || isBoundary(words.get(i - 3), pos[i - 3]))) {
        predicate = i - 2;
      }
    } else {
      return;
    }
    boolean phrase = false; // inside a prepositional phrase (het is voor de buren duidelijk)
    for (int k = Math.max(i, copula) + 1; k < n && k <= i + 8 && predicate < 0; k++) {
      phrase |= pos[k] == UPos.ADP;
      if (pos[k] == UPos.ADJ) {
        predicate = k;
      } else if (pos[k] != UPos.ADV && pos[k] != UPos.ADP && !(phrase && (pos[k] == UPos.DET
          || pos[k] == UPos.NOUN || pos[k] == UPos.PROPN))) {
        return; // anything but adverbs and prepositional phrases before the adjective (het is een plan)
      }
    }
    if (predicate < 0 || predicate + 1 < n && (pos[predicate + 1] == UPos.NOUN || pos[predicate + 1] == UPos.ADJ)) {
      return; // "het is een mooi huis": an attribute, no predicate
    }
    int opener = -1;
    for (int k = Math.max(predicate, i) + 1; k < n && k <= i + MAX_SCAN && opener < 0; k++) {
      String w = words.get(k).lower();
      if (isBoundary(words.get(k), pos[k]) && !w.equals(",")) {
        return;
      }
      boolean clause = w.equals("te") ? pos[k] == UPos.ADP && k + 1 < n && pos[k + 1] == UPos.VERB
          : CLAUSE_OPENERS.contains(w) && (pos[k] == UPos.SCONJ || pos[k] == UPos.ADV || w.equals("om")
          || (w.equals("wie") || w.equals("wat")) && pos[k] == UPos.PRON);
      if (clause) {
        opener = k;
      } else if (pos[k].isVerbal() && feats[k].contains("VerbForm=Fin")) {
        return; // a finite verb of the main clause's own before any clause opens
      }
    }
    if (opener < 0) {
      return;
    }
    int end = opener + 1;
    while (end < n && end <= opener + MAX_SCAN && !isBoundary(words.get(end), pos[end])) {
      end++;
    }
    // the later clause's head, inside it: the verb its opener marks (te, om, dat), or its first verb
    int clause = -1;
    int h = heads[opener];
    if (h > opener && h <= opener + MAX_SCAN && (pos[h].isVerbal() || h < end && rels[opener].equals("mark"))) {
      clause = h;
    }
    for (int k = opener + 1; clause < 0 && k < end; k++) {
      if (pos[k] == UPos.VERB) {
        clause = k;
      }
    }
    if (clause < 0 || clause == predicate) {
      return;
    }
    // the group (het, the copula, the predicate, the clause's head) hangs on the tree by one of them,
    // on a word outside their stretch; the others hang inside the group. Else the parser built
    // something else around them (het as a subject of a noun in the later clause), left alone.
    int[] group = {i, copula, predicate, clause};
    int top = -1;
    int from = Math.min(i, predicate);
    for (int g : group) {
      int up = heads[g];
      if (up == i || up == copula || up == predicate || up == clause) {
        continue;
      }
      if (top >= 0 || up >= from && up < end) {
        return;
      }
      top = g;
    }
    if (top < 0) {
      return;
    }
    if (top != predicate) {
      int up = heads[top];
      if (up >= 0 && !attach(heads, predicate, up)) {
        return;
      }
      heads[predicate] = up;
      rels[predicate] = up < 0 ? "root" : rels[top];
    }
    // what hung on the group's other members up to the clause's opener goes with the predicate
    for (int d = Math.max(0, i - MAX_SCAN); d < Math.min(n, opener); d++) {
      int up = heads[d];
      if (d != predicate && (up == i || up == copula || up == clause && d < opener)) {
        heads[d] = predicate;
      }
    }
    // the sentence's final punctuation goes with its new head
    for (int d = n - 1; d > clause && pos[d] == UPos.PUNCT; d--) {
      if (heads[d] == copula || heads[d] == i || heads[d] == clause && top == clause) {
        heads[d] = predicate;
      }
    }
    heads[i] = predicate;
    rels[i] = "expl";
    heads[copula] = predicate;
    rels[copula] = "cop";
    pos[copula] = UPos.AUX;
    heads[clause] = predicate;
    rels[clause] = "csubj";
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

  /** The modal auxiliaries, which take a bare infinitive, not a noun phrase. */
  private static final java.util.Set<String> MODALS = java.util.Set.of("kunnen", "moeten", "mogen", "zullen");

  /**
   * A modal takes a bare infinitive ({@code Zij mocht elke week een pagina tekenen}), hardly ever a
   * noun phrase: a word the tagger read as a noun, with no determiner of its own, that the parser
   * hung on a finite modal as its object and that the dictionary has as an infinitive ({@code
   * tekenen}, {@code werken}) is that infinitive, after which the modal's clause is turned round
   * like any other ({@link #auxiliaryHeads}). A noun with its article ({@code kan de tekeningen
   * niet vinden}: {@code vinden} is the verb) or a plural noun without an infinitive reading stays.
   */
  private static void infinitiveReadAsNoun(List<UdTagger.Word> words, UPos[] pos, String[] feats, String[] lemmas,
      int[] heads, String[] rels, int k) {
    int f = heads[k];
    if (pos[k] != UPos.NOUN || f < 0 || f >= k || !MODALS.contains(lemmas[f]) || !feats[f].contains("VerbForm=Fin")
        || !(rels[k].equals("obj") || rels[k].equals("dep") || rels[k].equals("xcomp"))
        || hasChild(heads, rels, k, "det") || hasChild(heads, rels, k, "case")) {
      return;
    }
    for (int d = k + 1; d < Math.min(words.size(), k + MAX_SCAN); d++) {
      if (heads[d] == f && pos[d] == UPos.VERB && feats[d].contains("VerbForm=Inf")) {
        return; // the modal has its infinitive already: this is a noun
      }
    }
    String form = words.get(k).lower();
    for (Reading r : words.get(k).readings()) {
      if (r.tag().startsWith("WKW:TGW:INF") && r.lemma().equals(form)) {
        pos[k] = UPos.VERB;
        feats[k] = "VerbForm=Inf";
        lemmas[k] = r.lemma();
        rels[k] = "xcomp";
        return;
      }
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
   * An auxiliary after {@code te} heads nothing in UD: in {@code lijkt vergeten te zijn}, {@code om
   * gezien te worden}, {@code gekozen te mogen worden} the participle heads the infinitive clause,
   * with {@code te} its {@code mark} and the infinitives its {@code aux} ({@code aux:pass} for
   * {@code worden}); in {@code bleek ziek te zijn}, {@code een goede kok te zijn} the adjective or
   * noun before {@code te} is the predicate and {@code zijn} its {@code cop}. Where the parser made
   * the infinitive the head (or hung its parts elsewhere), the predicate takes the clause's place
   * and its parts. {@code worden} after an adjective or noun is a verb of its own ({@code ziek te
   * worden}), and so is {@code zijn} with a prepositional phrase ({@code in Gent te zijn}): left alone.
   */
  private static void auxiliaryAfterTe(List<UdTagger.Word> words, UPos[] pos, String[] feats, String[] lemmas,
      int[] heads, String[] rels, int t) {
    int n = words.size();
    if (!words.get(t).lower().equals("te") || pos[t] != UPos.ADP) {
      return;
    }
    int last = t;
    while (last + 1 < n && last < t + 3 && pos[last + 1].isVerbal() && feats[last + 1].contains("VerbForm=Inf")
        && NOT_HEADS_OF_INFINITIVES.contains(lemmas[last + 1])) {
      last++;
    }
    if (last == t || last + 1 < n && pos[last + 1].isVerbal() && !feats[last + 1].contains("VerbForm=Fin")) {
      return; // te zijn overleden: the participle after the auxiliary heads, which the parser finds
    }
    String verb = lemmas[last];
    int p = t - 1;
    if (p > 0 && pos[p].isVerbal() && feats[p].contains("VerbForm=Fin") && pos[p - 1].isVerbal()
        && feats[p - 1].contains("VerbForm=Part")) {
      p--; // uitgevoerd hoeft te worden: the finite verb between the participle and te heads its own clause
    }
    boolean participle = pos[p].isVerbal() && feats[p].contains("VerbForm=Part");
    boolean predicate = (pos[p] == UPos.ADJ || pos[p] == UPos.NOUN) && verb.equals("zijn")
        && !hasCase(heads, rels, p, Math.max(0, p - MAX_SCAN), Math.min(n - 1, p + MAX_SCAN));
    if (!participle && !predicate || participle && !(verb.equals("zijn") || verb.equals("hebben")
        || verb.equals("worden"))) {
      return;
    }
    // the group is the predicate, te and the infinitives; where the parser hung the predicate on
    // one of them, it takes the place of the one that hung outside
    if (heads[p] >= t && heads[p] <= last) {
      int top = -1;
      for (int k = last; k >= t && top < 0; k--) {
        int h = heads[k];
        top = (h < t || h > last) && h != p && CLAUSE_HEADS.contains(rels[k]) ? k : -1;
      }
      if (top < 0) {
        return; // nowhere to hang the predicate: left as the parser had it
      }
      if (heads[top] < 0) {
        heads[p] = -1;
        rels[p] = "root";
      } else if (attach(heads, p, heads[top])) {
        rels[p] = rels[top];
      } else {
        return;
      }
    }
    if (heads[p] >= 0 && pos[heads[p]].isVerbal() && TO_XCOMP.contains(rels[p])) {
      rels[p] = "xcomp"; // the infinitive clause under a verb (bleek ziek te zijn) is its complement
    }
    for (int k = t; k <= last; k++) {
      for (int d = Math.max(0, k - MAX_SCAN); d < Math.min(n, k + MAX_SCAN); d++) {
        if (heads[d] == k && d != p && (d < t || d > last)) {
          attach(heads, d, p);
        }
      }
      heads[k] = p;
      if (k == t) {
        rels[k] = "mark";
      } else if (k == last) {
        rels[k] = predicate ? "cop" : lemmas[k].equals("worden") ? "aux:pass" : "aux";
        pos[k] = UPos.AUX;
      } else {
        rels[k] = "aux";
        pos[k] = UPos.AUX;
      }
    }
  }

  /** Relations the parser gives a predicate under a verb that are its complement's ({@code xcomp}). */
  private static final java.util.Set<String> TO_XCOMP = java.util.Set.of(
      "obj", "advmod", "amod", "dep", "ccomp", "parataxis", "nmod", "obl");

  /** Relations under which a clause, or the root, hangs on its head. */
  private static final java.util.Set<String> CLAUSE_HEADS = java.util.Set.of(
      "root", "xcomp", "ccomp", "advcl", "acl", "csubj", "conj", "parataxis", "dep", "obj", "nmod", "obl");

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
   * UD Dutch tags a verb AUX by what it does in the tree, not by its lemma: {@code is} is AUX as a
   * copula or a perfect auxiliary and VERB as the head of its own clause ({@code er is een probleem});
   * {@code heeft} is AUX only beside a participle ({@code heeft een huis} is VERB); {@code worden} is
   * AUX only in the passive ({@code werd voorzitter} is VERB). The modals {@code kunnen},
   * {@code moeten}, {@code mogen} and {@code zullen} are AUX whatever the parser made of their
   * clause (a modal without a verb is rare), {@code willen} is a full verb in UD Dutch.
   */
  private static void auxiliaryTags(UPos[] pos, String[] feats, String[] lemmas, int[] heads, String[] rels) {
    for (int i = 0; i < pos.length; i++) {
      if (pos[i] != UPos.AUX && pos[i] != UPos.VERB) {
        continue;
      }
      switch (lemmas[i]) {
        case "kunnen", "moeten", "mogen", "zullen" -> pos[i] = UPos.AUX;
        case "willen" -> pos[i] = UPos.VERB;
        case "zijn", "hebben", "worden" -> {
          int h = heads[i];
          boolean verbHead = h >= 0 && (pos[h] == UPos.VERB || pos[h] == UPos.AUX)
              && (feats[h].contains("VerbForm=Part") || feats[h].contains("VerbForm=Inf"));
          boolean auxiliary = (rels[i].equals("aux") || rels[i].equals("aux:pass")) && verbHead;
          boolean copula = rels[i].equals("cop") && lemmas[i].equals("zijn");
          if (!copula && !verbHead && lemmas[i].equals("zijn") && rels[i].startsWith("aux") && h >= 0
              && (pos[h] == UPos.ADJ || pos[h] == UPos.NOUN || pos[h] == UPos.PROPN || pos[h] == UPos.PRON)) {
            // "is" under an adjective or a noun is its copula, whatever the parser called it
            rels[i] = "cop";
            copula = true;
          }
          pos[i] = auxiliary || copula ? UPos.AUX : UPos.VERB;
        }
        default -> { }
      }
    }
  }

  /**
   * UD hangs a clause on its main verb, not on the auxiliary: in {@code Hij kon de mislukking
   * niet verwerken} the subject, the object and {@code kon} itself depend on {@code verwerken}.
   * A greedy parser that took the finite auxiliary (a lemma the training part uses as an
   * auxiliary, {@link SyntaxModel#auxiliaries()}) for the head, with a bare infinitive or a
   * participle among its dependents, is turned round: the verb takes the auxiliary's place and
   * dependents, the auxiliary becomes its {@code aux} ({@code aux:pass} for {@code worden} with a
   * participle). An infinitive with {@code te} is a complement, not a verb cluster: left alone.
   */
  private static void auxiliaryHeads(List<UdTagger.Word> words, UPos[] pos, String[] feats, String[] lemmas,
      int[] heads, String[] rels, java.util.Set<String> auxiliaries) {
    int n = words.size();
    for (int f = 0; f < n; f++) {
      if (!pos[f].isVerbal() || !feats[f].contains("VerbForm=Fin") || !auxiliaries.contains(lemmas[f])
          || isFunctionRelation(rels[f])) {
        continue;
      }
      int verb = -1;
      for (int k = Math.max(0, f - MAX_SCAN); k < n && k <= f + MAX_SCAN; k++) {
        if (heads[k] == f && pos[k] == UPos.VERB && (feats[k].contains("VerbForm=Inf")
            || feats[k].contains("VerbForm=Part")) && !(k > 0 && words.get(k - 1).lower().equals("te"))
            && (rels[k].equals("xcomp") || rels[k].equals("ccomp") || rels[k].equals("obj") || rels[k].equals("dep"))) {
          verb = k;
          break;
        }
      }
      if (verb < 0) {
        continue;
      }
      for (int d = Math.max(0, f - MAX_SCAN); d < n && d <= f + MAX_SCAN; d++) {
        if (heads[d] == f && d != verb) {
          heads[d] = verb;
        }
      }
      turnRound(heads, rels, verb, f, lemmas[f].equals("worden") && feats[verb].contains("VerbForm=Part") ? "aux:pass" : "aux");
      pos[f] = UPos.AUX;
    }
  }

  /**
   * A finite verb that is no auxiliary ({@code willen}, {@code gaan}, {@code proberen}) heads its
   * clause in UD, with the bare infinitive as its {@code xcomp}: {@code ik wilde het zeggen}. Where
   * the parser hung it as an {@code aux} on the infinitive, the two change places, and the
   * infinitive's subject and complementiser go with the finite verb.
   */
  private static void verbsAboveTheirInfinitive(List<UdTagger.Word> words, UPos[] pos, String[] feats,
      String[] lemmas, int[] heads, String[] rels, java.util.Set<String> auxiliaries) {
    int n = words.size();
    for (int f = 0; f < n; f++) {
      int h = heads[f];
      if (!rels[f].equals("aux") || h < 0 || !feats[f].contains("VerbForm=Fin") || auxiliaries.contains(lemmas[f])
          || NOT_HEADS_OF_INFINITIVES.contains(lemmas[f]) || pos[h] != UPos.VERB || !feats[h].contains("VerbForm=Inf")) {
        continue;
      }
      for (int d = Math.max(0, h - MAX_SCAN); d < n && d <= h + MAX_SCAN; d++) {
        if (heads[d] == h && d != f && (rels[d].startsWith("nsubj") || rels[d].equals("mark") || rels[d].equals("cc"))) {
          heads[d] = f;
        }
      }
      turnRound(heads, rels, f, h, "xcomp");
      pos[f] = UPos.VERB;
    }
  }

  /**
   * An infinitive under another verb ({@code xcomp}) or with {@code te} has no subject of its own
   * in Dutch: {@code de gasten hebben geprobeerd te helpen}, {@code die zich om te winnen een weg
   * banen}. A subject the parser hung on one belongs to the verb above it, if that verb has none.
   * An infinitive with a finite auxiliary of its own ({@code dat hij zal komen}) heads a finite
   * clause and keeps its subject.
   */
  /**
   * A pointer word announces the te-infinitive after it ({@code beschuldigt de buren ervan het
   * hek te verplaatsen}) and stands at that clause's left edge: it and whatever the parser hung on
   * the infinitive before it belong to the verb above, a "subject" among them its object (a
   * te-infinitive has no subject of its own).
   */
  private static void pointersBeforeInfinitives(List<UdTagger.Word> words, UPos[] pos, int[] heads, String[] rels) {
    int n = words.size();
    for (int x = 0; x < n; x++) {
      if (!POINTER_WORDS.contains(words.get(x).lower())) {
        continue;
      }
      int v = heads[x];
      if (v >= 0 && v < x && pos[v].isVerbal()) {
        // dreigt ermee de werkgevers onder druk te zetten: what stands between the pointer word and
        // the te-infinitive after it is that infinitive's, not the verb's the pointer hangs on
        int inf = infinitiveAfter(words, pos, heads, rels, v, x);
        for (int d = x + 1; inf > 0 && d < inf; d++) {
          if (heads[d] == v && pos[d] != UPos.PUNCT && !rels[d].equals("cc")) {
            attach(heads, d, inf);
          }
        }
        continue;
      }
      if (v <= x || pos[v] != UPos.VERB || !hasTe(words, heads, v)) {
        continue;
      }
      int m = heads[v];
      if (m < 0 || m >= x || !pos[m].isVerbal()) {
        continue; // the verb above must come before the pointer word (its middle field holds it)
      }
      boolean matrixSubject = hasSubject(heads, rels, m, -1);
      for (int d = Math.max(m + 1, x - MAX_SCAN); d <= x; d++) {
        if (heads[d] == v && attach(heads, d, m)) {
          if (rels[d].startsWith("nsubj") && matrixSubject) {
            rels[d] = "obj";
          }
        }
      }
    }
  }

  /** The te-infinitive hanging on {@code v} as its complement after {@code from}, within reach, or -1. */
  private static int infinitiveAfter(List<UdTagger.Word> words, UPos[] pos, int[] heads, String[] rels, int v, int from) {
    for (int k = from + 1; k < Math.min(words.size(), from + MAX_SCAN); k++) {
      if (pos[k] == UPos.PUNCT || words.get(k).lower().equals("om")) {
        return -1; // the clause after a comma or om is another one
      }
      if (heads[k] == v && pos[k] == UPos.VERB && (rels[k].equals("xcomp") || rels[k].equals("advcl"))
          && hasTe(words, heads, k)) {
        return k;
      }
    }
    return -1;
  }

  /** Whether {@code v} has its own te (te verplaatsen, te hebben verplaatst). */
  private static boolean hasTe(List<UdTagger.Word> words, int[] heads, int v) {
    for (int k = v - 1; k >= Math.max(0, v - 3); k--) {
      if (heads[k] == v && words.get(k).lower().equals("te")) {
        return true;
      }
    }
    return false;
  }

  private static void subjectsOfInfinitives(List<UdTagger.Word> words, UPos[] pos, String[] feats, int[] heads,
      String[] rels) {
    int n = words.size();
    for (int i = 0; i < n; i++) {
      int h = heads[i];
      if (!rels[i].startsWith("nsubj") || h < 0 || pos[h] != UPos.VERB || !feats[h].contains("VerbForm=Inf")) {
        continue;
      }
      boolean te = h > 0 && words.get(h - 1).lower().equals("te");
      if (!te && !rels[h].equals("xcomp") || hasFiniteAuxiliary(feats, heads, rels, h)) {
        continue;
      }
      int g = heads[h];
      while (g >= 0 && !pos[g].isVerbal() && heads[g] >= 0 && rels[g].equals("xcomp")) {
        g = heads[g];
      }
      if (g < 0 || !pos[g].isVerbal()) {
        continue;
      }
      if (hasSubject(heads, rels, g, i)) {
        if (te && i > g && !hasObject(heads, rels, h) && pos[i] != UPos.PRON) {
          rels[i] = "obj"; // beschuldigt de minister ervan de boeren … te zetten: the infinitive's object
        }
        continue;
      }
      attach(heads, i, g);
    }
  }

  /** Verbs that link a subject to a predicate and head their clause in UD Dutch, unlike zijn. */
  private static final java.util.Set<String> LINKING_VERBS = java.util.Set.of("worden", "blijven", "lijken", "blijken");

  /**
   * UD Dutch has one copula, {@code zijn}; {@code worden}, {@code blijven}, {@code lijken} and
   * {@code blijken} with a predicate head their clause, the predicate their {@code xcomp} ({@code
   * hij werd voorzitter}, {@code zij zou een van de besten worden}). Where the parser hung such a
   * verb on an adjective, noun or number as its {@code cop}, the two change places: the verb takes
   * the clause's place and its parts (subject, auxiliaries, complementiser, adverbs, punctuation),
   * and an auxiliary the parser called a copula beside it is an {@code aux}. Not with a participle
   * in the clause, whose passive auxiliary {@code worden} is.
   */
  private static void linkingVerbHeads(List<UdTagger.Word> words, UPos[] pos, String[] feats, String[] lemmas,
      int[] heads, String[] rels, int w) {
    int p = heads[w];
    if (!LINKING_VERBS.contains(lemmas[w]) || !pos[w].isVerbal() || !rels[w].equals("cop") || p < 0
        || !(pos[p] == UPos.ADJ || pos[p] == UPos.NOUN || pos[p] == UPos.NUM || pos[p] == UPos.PROPN
        || pos[p] == UPos.PRON)) {
      return;
    }
    int n = heads.length;
    // a participle in the clause makes worden its passive auxiliary (werden de machines vervangen,
    // dat het huis verkocht werd): no linking verb
    for (int k = Math.max(0, w - 3); k < n && k <= w + MAX_SCAN; k++) {
      if (k > w && (isBoundary(words.get(k), pos[k]) || pos[k] == UPos.SCONJ)) {
        break;
      }
      if (pos[k] == UPos.VERB && feats[k].contains("VerbForm=Part")) {
        return;
      }
    }
    for (int d = Math.max(0, p - MAX_SCAN); d < Math.min(n, p + MAX_SCAN); d++) {
      if (heads[d] == p && d != w && (CLAUSE_LEVEL.contains(rels[d]) || rels[d].equals("cop"))) {
        heads[d] = w;
        if (rels[d].equals("cop")) {
          rels[d] = "aux"; // zou … worden: the modal beside the linking verb
        }
      }
    }
    turnRound(heads, rels, w, p, "xcomp");
    pos[w] = UPos.VERB;
  }

  private static boolean hasFiniteAuxiliary(String[] feats, int[] heads, String[] rels, int h) {
    for (int k = Math.max(0, h - MAX_SCAN); k < heads.length && k <= h + MAX_SCAN; k++) {
      if (heads[k] == h && rels[k].startsWith("aux") && feats[k].contains("VerbForm=Fin")) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasObject(int[] heads, String[] rels, int g) {
    for (int k = Math.max(0, g - MAX_SCAN); k < heads.length && k <= g + MAX_SCAN; k++) {
      if (heads[k] == g && rels[k].equals("obj")) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasSubject(int[] heads, String[] rels, int g, int except) {
    for (int k = Math.max(0, g - MAX_SCAN); k < heads.length && k <= g + MAX_SCAN; k++) {
      if (k != except && heads[k] == g && rels[k].startsWith("nsubj")) {
        return true;
      }
    }
    return false;
  }

  /**
   * UD hangs a copular clause on its predicate, with {@code zijn} as its {@code cop}: in {@code dat
   * hij een goede trainer was} the subject, the complementiser and {@code was} depend on {@code
   * trainer}. Where the parser made {@code zijn} the head and left the predicate among its
   * dependents, the clause is turned round. The predicate is a noun, name, number or adjective
   * without a preposition of its own ({@code was in de stad} keeps {@code was} as its head), beside
   * a subject: the dependent that is not the subject, or of two the parser both called subject,
   * the later one (a personal pronoun is the subject wherever it stands: {@code Daarvoor was hij
   * minister}). An adjective the parser called a modifier counts only where no noun does, and the
   * last one is the predicate ({@code hij is vaak ziek}). A {@code zijn} with a participle or an
   * infinitive under it is an auxiliary, and a {@code zijn} with one noun phrase only is existential
   * ({@code er zijn problemen}): both left alone.
   */
  private static void copulaHeads(List<UdTagger.Word> words, UPos[] pos, String[] feats, String[] lemmas,
      int[] heads, String[] rels) {
    int n = words.size();
    for (int z = 0; z < n; z++) {
      if (!lemmas[z].equals("zijn") || !pos[z].isVerbal() || isFunctionRelation(rels[z])) {
        continue;
      }
      int subject = -1;
      int pronoun = -1;
      int lastNominal = -1;
      int firstNominal = -1;
      int adjective = -1;
      boolean verbal = false;
      int from = Math.max(0, z - MAX_SCAN);
      int to = Math.min(n - 1, z + MAX_SCAN);
      for (int d = from; d <= to; d++) {
        if (heads[d] != z) {
          continue;
        }
        if (pos[d].isVerbal() && (feats[d].contains("VerbForm=Part") || feats[d].contains("VerbForm=Inf"))) {
          verbal = true;
        }
        boolean candidate = pos[d] == UPos.NOUN || pos[d] == UPos.PROPN || pos[d] == UPos.NUM
            || pos[d] == UPos.PRON || pos[d] == UPos.ADJ;
        if (!candidate || hasCase(heads, rels, d, from, to)) {
          continue;
        }
        String r = rels[d];
        if (r.startsWith("nsubj") || r.equals("obj") || r.equals("xcomp") || r.equals("dep")) {
          if (isPersonal(pos, feats, d)) {
            pronoun = pronoun < 0 ? d : pronoun;
          } else if (r.startsWith("nsubj") && subject < 0) {
            subject = d;
          } else {
            firstNominal = firstNominal < 0 && !r.equals("xcomp") ? d : firstNominal;
            lastNominal = d;
          }
        } else if (r.equals("advmod") && pos[d] == UPos.ADJ) {
          adjective = d;
        }
      }
      int predicate;
      if (pronoun >= 0) { // the pronoun is the subject, and a noun the parser called subject the predicate
        predicate = lastNominal >= 0 ? lastNominal : subject;
        subject = pronoun;
      } else {
        predicate = lastNominal;
        if (subject < 0 && firstNominal >= 0 && firstNominal != lastNominal && !hasChild(heads, rels, z, "expl")) {
          subject = firstNominal; // two noun phrases the parser left unnamed: the first is the subject
        }
      }
      if (predicate < 0) {
        predicate = adjective;
      }
      if (verbal || subject < 0 || predicate < 0 || predicate == subject) {
        continue;
      }
      for (int d = from; d <= to; d++) {
        if (heads[d] == z && d != predicate) {
          heads[d] = predicate;
        }
      }
      turnRound(heads, rels, predicate, z, "cop");
      pos[z] = UPos.AUX;
      if (!rels[subject].startsWith("nsubj")) {
        rels[subject] = "nsubj";
      }
    }
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

  /**
   * A sentence that opens with a subordinate clause has its main clause after the comma, verb first
   * ({@code Omdat de trein laat was, kwamen wij te laat}). Where the parser made the fronted clause
   * the root and hung the main clause's finite verb on it, that verb heads the sentence, the
   * fronted clause hangs on it as {@code advcl}, and the words after the comma go with it.
   */
  private static void frontedClause(List<UdTagger.Word> words, UPos[] pos, String[] feats, int[] heads, String[] rels) {
    int n = words.size();
    int first = 0;
    while (first < n && pos[first] == UPos.PUNCT) {
      first++;
    }
    if (first >= n || pos[first] != UPos.SCONJ || !rels[first].equals("mark")) {
      return;
    }
    int root = heads[first];
    if (root < 0 || heads[root] >= 0) {
      return; // the fronted clause is not the root: nothing to mend
    }
    for (int c = root + 1; c < Math.min(n, root + MAX_SCAN); c++) {
      if (heads[c] != root || !words.get(c - 1).form().equals(",")) {
        continue;
      }
      if (!pos[c].isVerbal() || !feats[c].contains("VerbForm=Fin")) {
        return;
      }
      heads[c] = -1;
      rels[c] = "root";
      heads[root] = c;
      rels[root] = "advcl";
      heads[c - 1] = root; // the comma closes the fronted clause
      rels[c - 1] = "punct";
      for (int d = c + 1; d < n; d++) {
        if (heads[d] == root) {
          heads[d] = c;
        }
      }
      return;
    }
  }

  /**
   * {@code zijn} with a participle at the end of its clause is the participle's auxiliary ({@code
   * is het overleg op een laag pitje gezet}, {@code is de brug gisteren geopend}): where the parser
   * made the noun phrase after {@code zijn} its predicate ({@code cop}) and hung the participle on
   * that noun (or on a prepositional phrase taken for the predicate: {@code is sinds 2019 …
   * gezet}), the participle heads the clause, the noun phrase is its subject (the prepositional
   * phrase its {@code obl}), {@code zijn} its
   * {@code aux}, and the clause's phrases go with the participle. A participle the noun may well
   * take (a {@code acl} or {@code amod}: {@code de man is een gevierd schrijver}) is left alone.
   */
  private static void participleAfterANominalPredicate(UPos[] pos, String[] feats, String[] lemmas, int[] heads,
      String[] rels) {
    int n = pos.length;
    for (int z = 0; z < n; z++) {
      int noun = heads[z];
      if (!lemmas[z].equals("zijn") || !rels[z].equals("cop") || noun <= z || noun >= n
          || !(pos[noun] == UPos.NOUN || pos[noun] == UPos.PROPN || pos[noun] == UPos.NUM)) {
        continue;
      }
      int participle = -1;
      for (int p = noun + 1; p < Math.min(n, noun + MAX_SCAN); p++) {
        if (heads[p] == noun && pos[p] == UPos.VERB && feats[p].contains("VerbForm=Part")
            && (rels[p].equals("dep") || rels[p].equals("xcomp") || rels[p].equals("parataxis"))) {
          participle = p;
        }
      }
      if (participle < 0) {
        continue;
      }
      heads[participle] = heads[noun];
      rels[participle] = rels[noun];
      for (int d = Math.max(0, noun - MAX_SCAN); d < Math.min(n, noun + MAX_SCAN); d++) {
        if (heads[d] == noun && d != participle && CLAUSE_LEVEL.contains(rels[d])) {
          heads[d] = participle;
        }
      }
      heads[noun] = participle;
      // a phrase with its own preposition (is sinds 2019 … gezet) is the participle's obl; else the subject
      rels[noun] = hasChild(heads, rels, noun, "case") ? "obl" : "nsubj";
      heads[z] = participle;
      rels[z] = "aux";
    }
  }

  /** Relations of a clause's own, not of a noun: they go with the clause's head. */
  private static final java.util.Set<String> CLAUSE_LEVEL = java.util.Set.of(
      "obl", "obl:arg", "advmod", "punct", "mark", "cc", "aux", "aux:pass", "dep", "parataxis", "advcl", "expl",
      "nsubj", "nsubj:pass", "obj", "iobj", "compound:prt");

  /**
   * A Dutch main clause has one constituent before its finite verb. Where the subject opens the
   * sentence with a relative clause in it ({@code De mensen die werden opgepakt tijdens de betoging
   * moeten …}) and the parser hung a prepositional phrase between the subject and the finite verb
   * on the main verb, that phrase is the relative clause's: it hangs on that clause's verb.
   */
  private static void oneConstituentBeforeTheVerb(UPos[] pos, String[] feats, int[] heads, String[] rels) {
    int n = pos.length;
    int root = -1;
    for (int i = 0; i < n && root < 0; i++) {
      root = heads[i] < 0 ? i : -1;
    }
    if (root < 0) {
      return;
    }
    int finite = feats[root].contains("VerbForm=Fin") ? root : -1;
    int subject = -1;
    for (int c = 0; c < n; c++) {
      if (heads[c] != root) {
        continue;
      }
      if (finite < 0 && (rels[c].equals("aux") || rels[c].equals("aux:pass") || rels[c].equals("cop"))
          && feats[c].contains("VerbForm=Fin")) {
        finite = c;
      }
      if (rels[c].startsWith("nsubj") && subject < 0) {
        subject = c;
      }
    }
    if (finite < 0 || subject < 0 || subject > finite) {
      return;
    }
    // the subject opens the sentence: nothing but focus adverbs (ook, zelfs) and punctuation before it
    for (int i = 0; i < subject; i++) {
      if (heads[i] == root || pos[i] == UPos.VERB || pos[i] == UPos.AUX || pos[i] == UPos.SCONJ) {
        return;
      }
    }
    int relativeVerb = -1;
    for (int v = subject + 1; v < finite; v++) {
      if (heads[v] == subject && rels[v].startsWith("acl") && pos[v].isVerbal()) {
        relativeVerb = v;
      }
    }
    if (relativeVerb < 0) {
      return;
    }
    for (int k = relativeVerb + 1; k < finite; k++) {
      if (heads[k] != root || !rels[k].equals("obl")) {
        continue;
      }
      attach(heads, k, relativeVerb);
    }
  }

  /**
   * A relative pronoun the parser took for the object while a noun phrase after it is the subject
   * ({@code Jansen, die Gent, Brugge en Luik als voorbeelden gaf}) is the subject where that noun
   * phrase cannot be: it disagrees in number with the finite verb (a coordination is plural) while
   * the pronoun's antecedent agrees. Then the noun phrase is the object.
   */
  private static void relativeSubjectByAgreement(UPos[] pos, String[] feats, int[] heads, String[] rels) {
    int n = pos.length;
    for (int p = 0; p < n; p++) {
      int v = heads[p];
      if (pos[p] != UPos.PRON || !feats[p].contains("PronType=Rel") || !rels[p].equals("obj") || v <= p
          || !rels[v].equals("acl:relcl") || heads[v] < 0) {
        continue;
      }
      int subject = -1;
      for (int k = p + 1; k < Math.min(v, p + MAX_SCAN); k++) {
        subject = heads[k] == v && rels[k].equals("nsubj") ? k : subject;
      }
      String verb = subject < 0 ? null : finiteNumber(pos, feats, heads, rels, v);
      String theirs = subject < 0 ? null : nounNumber(pos, feats, heads, rels, subject);
      int antecedent = heads[v];
      // the antecedent agrees: a name counts as singular here, as one person or place
      String its = pos[antecedent] == UPos.PROPN ? "Sing" : number(feats[antecedent]);
      if (verb != null && theirs != null && !verb.equals(theirs) && verb.equals(its)) {
        rels[p] = "nsubj";
        rels[subject] = "obj";
      }
    }
  }

  /**
   * A reporting clause after what it reports ({@code Het plan is goed, vindt hij.}, {@code …,
   * zei de minister.}) is a finite verb right after a comma with its subject after it; UD hangs it
   * on the reported clause's head as {@code parataxis}. Where the parser left it a bare
   * {@code dep} of an earlier word, or a {@code conj} with no conjunction (a verb-first clause
   * with its subject after it is no second main clause), it becomes that clause: a clause of its own for every reader
   * of the analysis (the gloss puts its subject first).
   */
  private static void reportingClauses(List<UdTagger.Word> words, UPos[] pos, String[] feats, int[] heads,
      String[] rels) {
    int n = words.size();
    for (int v = 1; v < n; v++) {
      boolean bare = rels[v].equals("dep") || rels[v].equals("conj") && !hasChild(heads, rels, v, "cc");
      if (!bare || heads[v] < 0 || heads[v] >= v || !pos[v].isVerbal()
          || !feats[v].contains("VerbForm=Fin") || !words.get(v - 1).form().equals(",")) {
        continue;
      }
      // its subject after it (a lone noun phrase there the parser may have called the object)
      boolean subjectAfter = false;
      for (int d = v + 1; d < Math.min(n, v + MAX_SCAN); d++) {
        subjectAfter |= heads[d] == v && (rels[d].startsWith("nsubj") || rels[d].equals("obj") && nominal(pos[d]));
      }
      if (subjectAfter) {
        rels[v] = "parataxis";
      }
    }
  }

  /**
   * A relative clause opens with its pronoun right after the noun phrase it is about ({@code een
   * storm die de huizen vernielde}, {@code Anna, die in Gent woont, …}) and has its verbs at the
   * end. Where the parser hung such a clause on the verb of the clause around it, or took the
   * antecedent for an argument of the relative clause's verb, the clause's head hangs on the noun
   * as {@code acl:relcl} and the antecedent goes back to where the clause hung.
   */
  private static void relativeClauses(List<UdTagger.Word> words, UPos[] pos, String[] feats, int[] heads,
      String[] rels) {
    int n = words.size();
    for (int p = 1; p + 1 < n; p++) {
      String w = words.get(p).lower();
      if (pos[p] == UPos.SCONJ && w.equals("dat") && rels[p].equals("mark") && !relativeByAgreement(pos, feats, heads, rels, p)) {
        nounBeforeComplementiser(pos, feats, heads, rels, p);
        continue;
      }
      if (pos[p] != UPos.PRON || !(w.equals("die") || w.equals("dat")) || !feats[p].contains("PronType=Rel")
          && !w.equals("die")) {
        continue;
      }
      int noun = p - 1;
      if (isBoundary(words.get(noun), pos[noun]) && words.get(noun).form().equals(",")) {
        noun--;
      }
      if (noun < 0 || pos[noun] != UPos.NOUN && pos[noun] != UPos.PROPN) {
        continue;
      }
      int v = heads[p];
      int antecedent = phraseHead(heads, rels, noun);
      if (v <= p || !pos[v].isVerbal() && !hasCopula(heads, rels, v, p, n) || rels[v].equals("acl:relcl")
          || antecedent == v || antecedent < 0 || leftmostDependent(pos, heads, v, antecedent) != p) {
        continue; // not a clause that the pronoun opens, or read as one already
      }
      if (heads[antecedent] == v) {
        // Noorwegen, dat … versloeg: the antecedent is no argument of the verb after it
        heads[antecedent] = heads[v];
        rels[antecedent] = rels[v];
        if (rels[antecedent].equals("root") || heads[antecedent] < 0) {
          if (!newRoot(words, pos, feats, heads, rels, antecedent, v, n)) {
            heads[antecedent] = v; // no clause around the relative one to hang it on: left as the parser had it
            rels[antecedent] = "nsubj";
            continue;
          }
        }
        if (!attach(heads, v, antecedent)) {
          heads[antecedent] = v;
          rels[antecedent] = "nsubj";
          continue;
        }
        rels[v] = "acl:relcl";
        int h = heads[antecedent];
        if (h > antecedent && pos[h] == UPos.VERB && !rels[antecedent].startsWith("nsubj")
            && CLAUSAL.contains(rels[antecedent]) && !hasSubject(heads, rels, h, antecedent)) {
          rels[antecedent] = "nsubj"; // Het dorp, dat …, ligt: the clause's verb had no subject but this one
        }
      } else if (heads[v] != antecedent && attach(heads, v, antecedent)) {
        rels[v] = "acl:relcl";
      }
    }
  }

  /**
   * A clause with a finite verb has a subject: where {@code dat} after a singular neuter noun (or a
   * name: {@code het dorp dat}, {@code Gent, dat}) opens a clause with a singular finite verb and no
   * noun phrase of its own outside its prepositional phrases that could be that subject ({@code een
   * meisje dat gisteren in de tuin speelde}, {@code een bedrijf dat twee winkels heeft}: a
   * plural noun or an object pronoun is none), {@code dat} is that subject, the relative pronoun, not the complementiser ({@code
   * het feit dat Gent wint} has its subject). A clause with {@code er} ({@code het feit dat er
   * gelogen wordt}) may have none, and is left alone; so is {@code dat} after a common-gender or
   * plural noun, which takes {@code die} as its relative pronoun.
   */
  private static void relativeDatWithoutSubject(List<UdTagger.Word> words, UPos[] pos, String[] feats, int[] heads,
      String[] rels, int p) {
    if (pos[p] != UPos.SCONJ || !words.get(p).lower().equals("dat") || !rels[p].equals("mark")) {
      return;
    }
    int noun = p - 1;
    if (words.get(noun).form().equals(",") && noun > 0) {
      noun--;
    }
    boolean neuter = pos[noun] == UPos.PROPN || pos[noun] == UPos.NOUN && neuterSingular(words.get(noun));
    int v = heads[p];
    if (!neuter || v <= p || v > p + MAX_SCAN || !"Sing".equals(finiteNumber(pos, feats, heads, rels, v))) {
      return;
    }
    boolean inPhrase = false;
    for (int k = p + 1; k < v; k++) {
      String w = words.get(k).lower();
      if (isBoundary(words.get(k), pos[k]) || R_PRONOUNS.contains(w)) {
        return;
      }
      if (pos[k] == UPos.ADP) {
        inPhrase = true;
      } else if (pos[k] == UPos.NOUN || pos[k] == UPos.PROPN || pos[k] == UPos.PRON || pos[k] == UPos.NUM
          || pos[k] == UPos.X) {
        boolean noSubject = pos[k] == UPos.PRON && OBJECT_PRONOUNS.contains(w)
            || pos[k] == UPos.NOUN && feats[k].contains("Number=Plur"); // the verb is singular
        if (!inPhrase && !noSubject) {
          return; // a noun phrase of the clause's own that can be its subject
        }
        inPhrase = k + 1 < v && (pos[k + 1] == UPos.NOUN || pos[k + 1] == UPos.PROPN); // de stad Gent
      }
    }
    pos[p] = UPos.PRON;
    feats[p] = "PronType=Rel";
    rels[p] = "nsubj";
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

  /** Pronouns that are never a subject (accusative, reflexive). */
  private static final java.util.Set<String> OBJECT_PRONOUNS =
      java.util.Set.of("me", "mij", "hem", "ons", "hen", "zich", "zichzelf", "mezelf", "jezelf", "hemzelf");

  /** Whether the dictionary reads the word as a singular neuter noun only (het huis; not de man, not huizen). */
  private static boolean neuterSingular(UdTagger.Word w) {
    boolean any = false;
    for (Reading r : w.readings()) {
      if (r.tag().startsWith("ZNW")) {
        if (!r.tag().startsWith("ZNW:EKV:HET")) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  /**
   * {@code dat} after a noun opens a relative clause, not a complement, when the clause's subject
   * cannot be the one the analysis found: that noun phrase disagrees in number with the finite verb
   * while the noun before {@code dat} agrees ({@code een boek dat veel mensen heeft geholpen}). Then
   * {@code dat} is the relative pronoun and the subject, the noun phrase its object.
   */
  private static boolean relativeByAgreement(UPos[] pos, String[] feats, int[] heads, String[] rels, int p) {
    int noun = p - 1;
    int v = heads[p];
    if (v <= p || pos[noun] != UPos.NOUN || !feats[noun].contains("Number=Sing")) {
      return false;
    }
    int subj = -1;
    for (int k = p + 1; k < Math.min(v, p + MAX_SCAN); k++) {
      if (heads[k] == v && rels[k].startsWith("nsubj")) {
        subj = k;
      }
    }
    String verb = subj < 0 ? null : finiteNumber(pos, feats, heads, rels, v);
    String np = subj < 0 ? null : nounNumber(pos, feats, heads, rels, subj);
    if (verb == null || np == null || !verb.equals("Sing") || !np.equals("Plur")) {
      return false;
    }
    pos[p] = UPos.PRON;
    feats[p] = "PronType=Rel";
    rels[p] = "nsubj";
    rels[subj] = "obj";
    return true;
  }

  /**
   * No word before a complementiser belongs to the clause it opens: a noun right before {@code dat}
   * that the parser hung on that clause's verb ({@code het feit dat Moskou … ontwikkelt}) is the noun
   * the clause completes. It takes the clause's place in the tree, the clause hangs on it as
   * {@code acl}, and where it lands beside a copula whose clause has no subject it is the subject.
   */
  private static void nounBeforeComplementiser(UPos[] pos, String[] feats, int[] heads, String[] rels, int mark) {
    int noun = mark - 1;
    int v = heads[mark];
    if (v <= mark || heads[noun] != v || pos[noun] != UPos.NOUN || heads[v] < 0 || heads[v] == noun) {
      return;
    }
    int up = heads[v];
    heads[noun] = up;
    rels[noun] = rels[v];
    if (!attach(heads, v, noun)) {
      heads[noun] = v;
      rels[noun] = "obl";
      return;
    }
    rels[v] = "acl";
    if (CLAUSAL.contains(rels[noun]) && hasCopula(heads, rels, up, Math.max(0, up - MAX_SCAN), heads.length)
        && !hasSubject(heads, rels, up, noun)) {
      rels[noun] = "nsubj";
    }
  }

  /**
   * The parser took a relative clause for the sentence's main clause: the clause around it is the
   * antecedent's own copular clause ({@code Dit is de man die …}: the noun heads it) or a finite verb
   * the parser hung on the relative verb ({@code Anna, die in Gent woont, kent …}), which heads the
   * sentence in its place with the antecedent as its subject. False where neither is there.
   */
  private static final java.util.Set<String> CLAUSAL = java.util.Set.of("advcl", "parataxis", "conj", "dep", "ccomp");
  private static final java.util.Set<String> DEMONSTRATIVES = java.util.Set.of("dit", "dat", "het", "deze", "die");

  private static boolean newRoot(List<UdTagger.Word> words, UPos[] pos, String[] feats, int[] heads, String[] rels,
      int antecedent, int v, int n) {
    for (int k = Math.max(0, antecedent - MAX_SCAN); k < antecedent; k++) {
      if (heads[k] == antecedent && rels[k].equals("cop")) {
        heads[antecedent] = -1;
        rels[antecedent] = "root";
        for (int d = Math.max(0, antecedent - MAX_SCAN); d < k; d++) {
          if (heads[d] == antecedent && rels[d].equals("det") && DEMONSTRATIVES.contains(words.get(d).lower())) {
            rels[d] = "nsubj"; // Dit is de man: the demonstrative before the copula is its subject
          }
        }
        return true;
      }
    }
    for (int c = v + 1; c < Math.min(n, v + MAX_SCAN); c++) {
      if (heads[c] == v && (rels[c].equals("conj") || rels[c].equals("parataxis")) && pos[c] == UPos.VERB
          && feats[c].contains("VerbForm=Fin") && words.get(c - 1).form().equals(",")) {
        heads[c] = -1;
        rels[c] = "root";
        heads[antecedent] = c;
        rels[antecedent] = "nsubj";
        for (int d = c + 1; d < Math.min(n, c + MAX_SCAN); d++) {
          if (heads[d] == c && rels[d].startsWith("nsubj")) {
            rels[d] = "obj"; // the subject is the antecedent before the relative clause
          }
        }
        for (int d = c + 1; d < Math.min(n, c + MAX_SCAN); d++) {
          if (heads[d] == v) {
            heads[d] = c; // the main clause's words and final punctuation go with its verb
          }
        }
        return true;
      }
    }
    return false;
  }

  /** The head of the noun phrase that {@code k} ends: up through flat names and compounds. */
  private static int phraseHead(int[] heads, String[] rels, int k) {
    int h = k;
    for (int guard = 0; guard < 4 && heads[h] >= 0 && (rels[h].equals("flat") || rels[h].startsWith("compound")
        || rels[h].equals("appos") && heads[h] < h); guard++) {
      h = heads[h];
    }
    return h;
  }

  /** The leftmost word hanging directly on {@code h}, punctuation and {@code except} aside. */
  private static int leftmostDependent(UPos[] pos, int[] heads, int h, int except) {
    for (int k = Math.max(0, h - MAX_SCAN); k < h; k++) { // bounded: linear in the sentence
      if (heads[k] == h && pos[k] != UPos.PUNCT && k != except) {
        return k;
      }
    }
    return h;
  }

  private static boolean hasCopula(int[] heads, String[] rels, int h, int from, int n) {
    for (int k = from; k < Math.min(n, h + MAX_SCAN); k++) {
      if (heads[k] == h && rels[k].equals("cop")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A copula's predicate is no finite verb: where the tagger read it as one but the word has an
   * adjective reading ({@code omdat de trein laat was}: laat, not the verb laten), it is that
   * adjective.
   */
  private static void adjectivalPredicates(List<UdTagger.Word> words, UPos[] pos, String[] feats, String[] lemmas,
      int[] heads, String[] rels) {
    for (int i = 0; i < words.size(); i++) {
      int h = heads[i];
      if (!rels[i].equals("cop") || h < 0 || pos[h] != UPos.VERB || !feats[h].contains("VerbForm=Fin")) {
        continue;
      }
      for (Reading r : words.get(h).readings()) {
        if (r.tag().startsWith("BNW")) {
          pos[h] = UPos.ADJ;
          feats[h] = r.tag().contains(":VRT") ? "Degree=Cmp" : r.tag().contains(":OVT") ? "Degree=Sup" : "Degree=Pos";
          lemmas[h] = r.lemma();
          break;
        }
      }
    }
  }

  /** {@code lower} takes {@code upper}'s place in the tree and relation; {@code upper} hangs on it as {@code relation}. */
  private static void turnRound(int[] heads, String[] rels, int lower, int upper, String relation) {
    heads[lower] = heads[upper];
    rels[lower] = rels[upper];
    heads[upper] = lower;
    rels[upper] = relation;
  }

  private static boolean isPersonal(UPos[] pos, String[] feats, int i) {
    return pos[i] == UPos.PRON && feats[i].contains("PronType=Prs");
  }

  /** Whether {@code d} has a preposition ({@code case}) of its own: a prepositional phrase. */
  private static boolean hasCase(int[] heads, String[] rels, int d, int from, int to) {
    for (int k = from; k <= to; k++) {
      if (heads[k] == d && rels[k].equals("case")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Relations a clause's shape decides: a passive clause ({@code aux:pass}) has {@code nsubj:pass} and no direct
   * object (the object the parser saw is the indirect one: {@code Wat wordt je aangedaan?}); a stem-form
   * verb at the head of an imperative agrees with no noun, so the noun after it is its object
   * ({@code Stuur het bericht door.}); a clause opened by {@code dat} or {@code of} under a verb is
   * its complement ({@code ccomp}), not an adverbial clause.
   */
  private static void clauseRelations(List<UdTagger.Word> words, UPos[] pos, String[] feats, int[] heads,
      String[] rels) {
    int n = words.size();
    int[] subject = new int[n];
    boolean[] passive = new boolean[n];
    java.util.Arrays.fill(subject, -1);
    for (int i = 0; i < n; i++) {
      if (heads[i] >= 0 && rels[i].equals("aux:pass")) {
        passive[heads[i]] = true;
      }
    }
    for (int i = 0; i < n; i++) {
      int h = heads[i];
      if (h < 0 || !rels[i].startsWith("nsubj")) {
        continue;
      }
      if (subject[h] >= 0) {
        int other = subject[h];
        // two subjects: an adjective or adverb ("Eerlijk, omdat ik dat fijn vind") is none beside a nominal
        if (!nominal(pos[i]) && nominal(pos[other])) {
          rels[i] = pos[i] == UPos.ADJ || pos[i] == UPos.ADV ? "advmod" : "dep";
          continue;
        }
        if (nominal(pos[i]) && !nominal(pos[other])) {
          rels[other] = pos[other] == UPos.ADJ || pos[other] == UPos.ADV ? "advmod" : "dep";
          subject[h] = i;
          rels[i] = passive[h] && rels[i].equals("nsubj") ? "nsubj:pass" : rels[i];
        } else if (!passive[h] && nominative(pos, feats, other) != nominative(pos, feats, i)) {
          // hij … de boeren: a nominative pronoun is the subject, the noun phrase beside it the object
          int subj = nominative(pos, feats, other) ? other : i;
          int obj = subj == other ? i : other;
          rels[subj] = "nsubj";
          // a relative, demonstrative or interrogative pronoun beside it is the object (die hij noemde)
          rels[obj] = pos[obj] != UPos.PRON || OBJECT_LIKE_PRONOUNS.contains(words.get(obj).lower()) ? "obj" : rels[obj];
          subject[h] = subj;
        } else if (nominal(pos[i]) && nominal(pos[other]) && !passive[h]) {
          // two noun phrases: the one that agrees with the finite verb is the subject, the other its object
          String verb = finiteNumber(pos, feats, heads, rels, h);
          String first = nounNumber(pos, feats, heads, rels, other);
          String second = nounNumber(pos, feats, heads, rels, i);
          if (verb != null && first != null && second != null && !first.equals(second)) {
            int subj = verb.equals(first) ? other : i;
            int obj = subj == other ? i : other;
            rels[subj] = "nsubj";
            rels[obj] = "obj";
            subject[h] = subj;
          } else if (other < i && i < h && i > other + 1 && !rels[i].equals("nsubj:pass")
              && !isPersonal(pos, feats, i)) {
            // before the verb at the end of its clause, where agreement does not tell, the subject
            // comes first (dat de bakker het brood verkoopt): the later phrase is the object
            rels[i] = "obj";
          }
        }
        continue;
      }
      subject[h] = i;
      if (passive[h] && rels[i].equals("nsubj")) {
        rels[i] = "nsubj:pass";
      }
    }
    for (int i = 0; i < n; i++) {
      int h = heads[i];
      if (h >= 0 && passive[h] && rels[i].equals("obj")) {
        rels[i] = "iobj";
      }
    }
    // Imperative: the sentence opens with a stem-form finite verb and does not ask a question.
    int first = 0;
    while (first < n && pos[first] == UPos.PUNCT) {
      first++;
    }
    boolean question = n > 0 && words.get(n - 1).form().equals("?");
    if (first < n && pos[first] == UPos.VERB && feats[first].contains("VerbForm=Fin") && !question
        && onlyStemReadings(words.get(first))) {
      int s = subject[first];
      if (s >= 0 && (pos[s] == UPos.NOUN || pos[s] == UPos.PROPN)) {
        rels[s] = "obj";
      }
    }
    prepositionalPhrasesAreNoArguments(pos, heads, rels);
    objectAsSubject(words, pos, feats, heads, rels, subject, passive, first < n ? first : -1, question);
    for (int i = 0; i < n; i++) {
      if (rels[i].equals("mark") && heads[i] >= 0) {
        String w = words.get(i).lower();
        int h = heads[i];
        if ((w.equals("dat") || w.equals("of")) && rels[h].equals("advcl") && heads[h] >= 0
            && pos[heads[h]] == UPos.VERB && heads[h] < i) {
          rels[h] = "ccomp";
        }
      }
    }
  }

  /**
   * A clause with a finite verb has a subject, and Dutch word order alone does not say which noun
   * phrase it is ({@code In 1978 kregen de kinderen een prijs}, {@code dat avontuur zou eindigen}):
   * where the parser found objects but no subject, the first object is the subject, if it agrees in
   * number with the finite verb. Not in a passive, an imperative, a clause without a finite verb
   * ({@code om … te}) or a conjunct, which shares the subject of the clause before it
   * ({@code hij kwam en zag de stad}).
   */
  private static void objectAsSubject(List<UdTagger.Word> words, UPos[] pos, String[] feats, int[] heads,
      String[] rels, int[] subject, boolean[] passive, int first, boolean question) {
    int n = words.size();
    int[] finite = new int[n];
    int[] firstObject = new int[n];
    java.util.Arrays.fill(finite, -1);
    java.util.Arrays.fill(firstObject, -1);
    for (int i = 0; i < n; i++) {
      if (pos[i].isVerbal() && feats[i].contains("VerbForm=Fin")) {
        int clause = rels[i].startsWith("aux") || rels[i].equals("cop") ? heads[i] : i;
        if (clause >= 0 && finite[clause] < 0) {
          finite[clause] = i;
        }
      }
      if (rels[i].equals("obj") && heads[i] >= 0 && firstObject[heads[i]] < 0) {
        firstObject[heads[i]] = i;
      }
    }
    for (int h = 0; h < n; h++) {
      int o = firstObject[h];
      int f = finite[h];
      if (o < 0 || f < 0 || subject[h] >= 0 || passive[h] || rels[h].equals("conj") || pos[h] != UPos.VERB) {
        continue;
      }
      if (f == first && !question && onlyStemReadings(words.get(f))) {
        continue; // an imperative
      }
      String verbNumber = number(feats[f]);
      String objectNumber = number(feats[o]);
      if (verbNumber != null && objectNumber != null && !verbNumber.equals(objectNumber)) {
        continue;
      }
      rels[o] = "nsubj";
      subject[h] = o;
    }
  }

  /**
   * A noun phrase with its own preposition ({@code met wie}, {@code in de stad}) is a prepositional
   * phrase, never a clause's subject or object: {@code obl}.
   */
  private static void prepositionalPhrasesAreNoArguments(UPos[] pos, int[] heads, String[] rels) {
    for (int k = 0; k < heads.length; k++) {
      int d = heads[k];
      if (d > k && rels[k].equals("case") && pos[k] == UPos.ADP
          && (rels[d].startsWith("nsubj") || rels[d].equals("obj") || rels[d].equals("iobj"))) {
        rels[d] = "obl";
      }
    }
  }

  /** Pronouns that are the object beside a nominative subject pronoun ({@code die hij noemde}, {@code wat ik zag}). */
  private static final java.util.Set<String> OBJECT_LIKE_PRONOUNS =
      java.util.Set.of("die", "dat", "wat", "dit", "deze", "wie", "welke", "iets", "niets", "alles");

  /** A personal pronoun in the nominative (ik, hij, wij, ze with Case=Nom). */
  private static boolean nominative(UPos[] pos, String[] feats, int k) {
    return pos[k] == UPos.PRON && feats[k].contains("Case=Nom") && feats[k].contains("PronType=Prs");
  }

  /** The number of the finite verb of the clause {@code h} heads, or null. */
  static String finiteNumber(UPos[] pos, String[] feats, int[] heads, String[] rels, int h) {
    if (feats[h].contains("VerbForm=Fin")) {
      return number(feats[h]);
    }
    for (int k = Math.max(0, h - MAX_SCAN); k < Math.min(heads.length, h + MAX_SCAN); k++) {
      if (heads[k] == h && (rels[k].startsWith("aux") || rels[k].equals("cop")) && feats[k].contains("VerbForm=Fin")) {
        return number(feats[k]);
      }
    }
    return null;
  }

  /**
   * The number of a noun phrase: its head's, a coordination's plural, or for a relative pronoun its
   * antecedent's ({@code een storm die … heeft}); null where it is not known or a name's.
   */
  private static String nounNumber(UPos[] pos, String[] feats, int[] heads, String[] rels, int k) {
    for (int d = k + 1; d < Math.min(heads.length, k + MAX_SCAN); d++) {
      if (heads[d] == k && rels[d].equals("conj")) {
        return "Plur";
      }
    }
    if (pos[k] == UPos.PRON && feats[k].contains("PronType=Rel")) {
      int clause = heads[k];
      if (clause >= 0 && rels[clause].equals("acl:relcl") && heads[clause] >= 0) {
        int a = heads[clause];
        return pos[a] == UPos.PROPN ? null : number(feats[a]);
      }
      return null;
    }
    // a name's form says little of its number (de VS heeft, Nederland en België): not counted
    return pos[k] == UPos.PROPN ? null : number(feats[k]);
  }

  /** Whether {@code h} has a dependent of {@code relation} within {@link #MAX_SCAN} words of it. */
  private static boolean hasChild(int[] heads, String[] rels, int h, String relation) {
    for (int d = Math.max(0, h - MAX_SCAN); d < Math.min(heads.length, h + MAX_SCAN); d++) {
      if (heads[d] == h && rels[d].equals(relation)) {
        return true;
      }
    }
    return false;
  }

  private static boolean nominal(UPos p) {
    return p == UPos.NOUN || p == UPos.PROPN || p == UPos.PRON || p == UPos.NUM || p == UPos.X;
  }

  static String number(String feats) {
    int at = feats.indexOf("Number=");
    return at < 0 ? null : feats.substring(at + 7, Math.min(feats.length(), at + 11));
  }

  /** Whether every finite-verb reading of the word is the stem form (first person singular, imperative). */
  private static boolean onlyStemReadings(UdTagger.Word w) {
    boolean any = false;
    for (Reading r : w.readings()) {
      String t = r.tag();
      if (t.startsWith("WKW:TGW") && !t.contains("INF")) {
        if (!t.contains("1EP")) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  private static boolean isFunctionRelation(String r) {
    return r.equals("aux") || r.equals("aux:pass") || r.equals("cop") || r.equals("mark") || r.equals("case")
        || r.equals("det");
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

  private static boolean isBoundary(UdTagger.Word w, UPos p) {
    String f = w.form();
    return p == UPos.PUNCT && (f.equals(",") || f.equals(":") || f.equals(";") || f.equals("(") || f.equals(")")
        || f.equals("-") || f.equals("–") || f.equals("\"") || f.equals("''") || f.equals(",,"));
  }

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
    // "dat dit concern minder hoeft te betalen": a te-infinitive after a finite main verb is that
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

  /** Verbs whose infinitive or participle, not they, heads the clause (UD's auxiliaries of Dutch). */
  private static final java.util.Set<String> NOT_HEADS_OF_INFINITIVES =
      io.nlbrief.parser.DutchWords.of(io.nlbrief.parser.DutchWords.WordClass.UD_AUXILIARY);

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

  /** Whether the conjunction at {@code k} joins two nominal words ({@code de man en het kind}). */
  private static boolean betweenNominals(UPos[] pos, int k) {
    return k > 0 && k + 1 < pos.length && betweenNominals(pos[k - 1], pos[k + 1]);
  }

  /**
   * Whether a conjunction between words of these classes joins two noun phrases ({@code het kaf en
   * andere resten}, {@code de man en zijn vrouw}) rather than two clauses.
   */
  static boolean betweenNominals(UPos before, UPos after) {
    return (before == UPos.NOUN || before == UPos.PROPN || before == UPos.ADJ || before == UPos.NUM)
        && (after == UPos.NOUN || after == UPos.PROPN || after == UPos.ADJ || after == UPos.DET || after == UPos.NUM
        || after == UPos.PRON);
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

  /**
   * Hangs {@code dependent} on {@code head} unless {@code head} lies in the dependent's own subtree
   * (the greedy parser may have given a particle or a complementiser dependents of its own, the
   * verb among them): that would close a cycle of heads and leave no tree. The walk up from
   * {@code head} is bounded, so the rules stay linear; a chain longer than that is left as the
   * parser built it.
   */
  static boolean attach(int[] heads, int dependent, int head) {
    int steps = 0;
    for (int h = head; h >= 0; h = heads[h]) {
      if (h == dependent || ++steps > MAX_ANCESTORS) {
        return false;
      }
    }
    heads[dependent] = head;
    return true;
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

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
