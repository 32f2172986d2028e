package io.nlbrief.parser.internal;

import static io.nlbrief.parser.internal.Trees.*;

import io.nlbrief.parser.Token.Reading;
import io.nlbrief.parser.UPos;
import java.util.List;

/**
 * Tree rules for clauses: relative, fronted and reporting clauses, one constituent before the
 * finite verb, an expletive {@code het} for a clause after it, and the relations a clause's shape
 * decides (subject, object, complement). Stateless; see {@link TreeRules} for the order.
 */
final class ClauseRules {
  private ClauseRules() {}

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
    prepositionalPhrasesAreNoArguments(pos, heads, rels, subject);
    objectAsSubject(words, pos, feats, heads, rels, subject, passive, first < n ? first : -1, question);
    for (int i = 0; i < n; i++) {
      if (rels[i].equals("mark") && heads[i] >= 0) {
        String w = words.get(i).lower();
        int h = heads[i];
        if ((w.equals("dat") || w.equals("of")) && NOT_A_CLAUSE_RELATION.contains(rels[h]) && heads[h] >= 0
            && pos[heads[h]] == UPos.VERB && heads[h] < i
            && (rels[h].equals("advcl") || Trees.finiteOf(feats, heads, rels, h) >= 0)) {
          rels[h] = "ccomp"; // zei dat het logisch is: a clause with its own finite verb is no obl or obj
        }
      }
    }
  }

  /** Relations the parser gives a dat- or of-clause under a verb that are its complement's. */
  private static final java.util.Set<String> NOT_A_CLAUSE_RELATION = java.util.Set.of(
      "advcl", "obl", "obj", "nmod", "dep");

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
   * phrase, never a clause's subject or object: {@code obl}. A subject so lost leaves its clause
   * without one ({@code subject}), so that a noun phrase the parser took for the object may take
   * its place ({@code voor wie de titel klaarlag}).
   */
  private static void prepositionalPhrasesAreNoArguments(UPos[] pos, int[] heads, String[] rels, int[] subject) {
    for (int k = 0; k < heads.length; k++) {
      int d = heads[k];
      if (d > k && rels[k].equals("case") && pos[k] == UPos.ADP
          && (rels[d].startsWith("nsubj") || rels[d].equals("obj") || rels[d].equals("iobj"))) {
        if (rels[d].startsWith("nsubj") && heads[d] >= 0 && subject[heads[d]] == d) {
          subject[heads[d]] = -1;
        }
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

  private static boolean nominal(UPos p) {
    return p == UPos.NOUN || p == UPos.PROPN || p == UPos.PRON || p == UPos.NUM || p == UPos.X;
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

  static final TreeRule RELATIVE_DAT_WITHOUT_SUBJECT = TreeRule.of("relative-dat-without-subject", t -> {
    for (int i = 1; i + 1 < t.size(); i++) {
      relativeDatWithoutSubject(t.words(), t.pos(), t.feats(), t.heads(), t.rels(), i);
    }
  });

  static final TreeRule RELATIVE_CLAUSES =
      TreeRule.of("relative-clauses", t -> relativeClauses(t.words(), t.pos(), t.feats(), t.heads(), t.rels()));

  static final TreeRule FRONTED_CLAUSE =
      TreeRule.of("fronted-clause", t -> frontedClause(t.words(), t.pos(), t.feats(), t.heads(), t.rels()));

  static final TreeRule REPORTING_CLAUSES =
      TreeRule.of("reporting-clauses", t -> reportingClauses(t.words(), t.pos(), t.feats(), t.heads(), t.rels()));

  static final TreeRule ONE_CONSTITUENT_BEFORE_THE_VERB =
      TreeRule.of("one-constituent-before-the-verb", t -> oneConstituentBeforeTheVerb(t.pos(), t.feats(), t.heads(),
          t.rels()));

  static final TreeRule EXPLETIVE_HET = TreeRule.of("expletive-het", t -> {
    for (int i = 0; i + 2 < t.size(); i++) {
      expletiveHet(t.words(), t.pos(), t.feats(), t.lemmas(), t.heads(), t.rels(), i);
    }
  });

  static final TreeRule RELATIONS_BY_CLAUSE_SHAPE =
      TreeRule.of("relations-by-clause-shape", t -> clauseRelations(t.words(), t.pos(), t.feats(), t.heads(),
          t.rels()));

  static final TreeRule RELATIVE_SUBJECT_BY_AGREEMENT =
      TreeRule.of("relative-subject-by-agreement", t -> relativeSubjectByAgreement(t.pos(), t.feats(), t.heads(),
          t.rels()));
}
