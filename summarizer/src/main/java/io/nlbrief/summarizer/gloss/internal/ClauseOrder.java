package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.parser.Clause;
import io.nlbrief.parser.Token;
import io.nlbrief.parser.UPos;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Puts each clause of the parser's analysis into English order: the subject before the finite
 * verb when something else stands first (verb-second inversion: {@code Gisteren kocht hij} →
 * yesterday he bought); the verb cluster of a subordinate or relative clause after its subject,
 * the finite verb first ({@code dat hij het had gebruikt} → that he had used it); participles and
 * infinitives of a main clause next to their auxiliary, with the middle-field adverbs English puts
 * there ({@code heeft het boek niet gelezen} → has not read the book); a lone lexical verb after
 * the adverbs English puts before it ({@code beschuldigt intussen} → meanwhile accuses); and
 * {@code (om) … te} + infinitive as to + verb before its objects. Questions keep their order (they
 * need do-support and inversion of their own). Where the analysis cannot be used (a subject that
 * is not one stretch of words), the clause stays as it is and the sentence is marked uncertain.
 */
final class ClauseOrder implements Stage {
  static final String SUBJECT_FIRST = "order:subject-before-verb";
  static final String VERB_AFTER_SUBJECT = "order:verbs-after-subject";
  static final String VERBS_TOGETHER = "order:verbs-together";
  static final String ADVERB = "order:middle-adverb";
  static final String TO_INFINITIVE = "order:to-infinitive";
  static final String THERE = "order:there-before-verb";
  static final String OBJECT = "order:object-after-verb";
  static final String NO_COMMA = "order:no-comma-before-verb";
  /** Verbs whose adjective before them in the verb-final position is their predicate. */
  private static final Set<String> COPULAS = Set.of("worden", "zijn", "blijven", "lijken", "blijken");
  /** Words of a quantity before a noun (meer dan honderd, ruim 140) the analysis may leave outside the object. */
  private static final Set<String> QUANTITY = Set.of(
      "meer", "minder", "dan", "ruim", "bijna", "ongeveer", "circa", "zo'n", "maximaal", "minstens", "tenminste");
  /** Verbs of posture: blijven staan is remain standing, not continue to stand. */
  private static final Set<String> POSTURE = Set.of("staan", "zitten", "liggen", "hangen");

  /** Adverbs of the middle field that English puts after the auxiliary (has never, is also, has not yet). */
  static final Set<String> AFTER_AUXILIARY = Set.of(
      "niet", "nooit", "ook", "al", "nog", "altijd", "vaak", "zelfs", "alleen", "bijna", "net", "inmiddels",
      "intussen", "steeds", "meestal", "soms", "reeds", "slechts", "echt", "zeker", "waarschijnlijk", "mogelijk",
      "duidelijk", "eerder", "nauwelijks", "amper", "pas", "daarom", "momenteel", "vooral", "eindelijk", "ooit",
      "zelden", "blijkbaar", "kennelijk", "vermoedelijk", "uiteindelijk", "voortdurend", "regelmatig", "meteen",
      "onmiddellijk", "plotseling", "plots", "ineens", "inderdaad", "evengoed", "nochtans");
  /**
   * The ones English puts before a lone lexical verb (meanwhile accuses, also came, never said, now
   * lives, really wants, therefore asked, currently serves, still lives, then left); adverbs of time
   * and place English puts at the end (vandaag, hier, weer) are not among them.
   */
  private static final Set<String> BEFORE_LEXICAL_VERB = Set.of(
      "nooit", "ook", "al", "altijd", "vaak", "zelfs", "bijna", "net", "inmiddels", "intussen", "meestal", "soms",
      "reeds", "nauwelijks", "amper", "waarschijnlijk", "nu", "echt", "eigenlijk", "nog", "daarom", "momenteel",
      "vooral", "eindelijk", "ooit", "zelden", "blijkbaar", "kennelijk", "vermoedelijk", "uiteindelijk",
      "voortdurend", "regelmatig", "meteen", "onmiddellijk", "plotseling", "plots", "ineens", "inderdaad", "toen",
      "evengoed", "nochtans");

  /** Before these nog stays (nog niet → not yet, nog nooit → never before): a pair of its own. */
  private static final Set<String> NEGATIONS = Set.of("niet", "geen", "nooit");

  private final EnglishForms forms;

  ClauseOrder(EnglishForms forms) {
    this.forms = forms;
  }

  /** Verbs whose infinitive needs no te, so that an infinitive under them belongs to their cluster. */
  private static final Set<String> TAKES_BARE_INFINITIVE =
      io.nlbrief.parser.DutchWords.of(io.nlbrief.parser.DutchWords.WordClass.BARE_INFINITIVE_VERB);

  @Override
  public String name() {
    return "clause-order";
  }

  @Override
  public void apply(Slots s) {
    if (s.clauses.isEmpty()) {
      for (Token t : s.tokens) {
        if (t.upos() == UPos.VERB || t.upos() == UPos.AUX) {
          s.doubt("no clause analysis: Dutch order kept");
          break;
        }
      }
      return;
    }
    for (int i = 0; i + 1 < s.size(); i++) {
      if (s.lemmaLower(i).equals("blijven") && isInfinitive(s.token(i + 1)) && !POSTURE.contains(s.lemmaLower(i + 1))) {
        continueTo(s, i); // we blijven geloven → we continue to believe, where the analysis missed the cluster
      }
    }
    ClauseTree tree = s.tree();
    boolean question = s.isQuestion();
    for (Clause c : s.clauses) {
      switch (c.type()) {
        case MAIN -> {
          if (!question) {
            int opener = conjunctionBefore(s, c);
            if (opener >= 0) {
              finiteClause(s, tree, c, false, opener); // dat het moeilijk is, read as a main clause
            } else {
              finiteClause(s, tree, c, !readAsMainButRelative(s, c), c.marker());
            }
          }
        }
        case VERB_FIRST -> {
          if (!question && afterQuoteOrComma(s, c.finiteVerb())) {
            finiteClause(s, tree, c, true, c.marker()); // ', zei hij.' → ', he said.': the quotation is its first part
          }
        }
        case SUBORDINATE, RELATIVE -> finiteClause(s, tree, c, false, c.marker());
        case TE_INFINITIVE, OM_TE -> infinitiveClause(s, tree, c);
        default -> { }
      }
    }
  }

  /**
   * The speaker after a quotation has a clause of its own after a comma ({@code zei Stoltenberg,
   * die … gaf}): English keeps "said Stoltenberg, who …" rather than put the verb after it all.
   */
  private static boolean subjectWithItsOwnClause(Slots s, ClauseTree tree, Clause c) {
    int subj = c.subject();
    if (subj < 0 || subj >= s.size() || subj < c.finiteVerb()) {
      return false;
    }
    for (int k : subjectPhrase(s, tree, subj)) {
      if (k > subj && s.token(k).text().equals(",")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A clause the analysis calls a main clause that is a relative one: its subject is a relative
   * pronoun after a comma or a noun ({@code de vulkaan, die zich … bevindt}), or follows one
   * ({@code de mensen waarmee ik heb gesproken}), and words stand between the subject and the
   * verb, which only a verb-final clause has.
   */
  private static boolean readAsMainButRelative(Slots s, Clause c) {
    int subj = c.subject();
    int f = c.finiteVerb();
    if (subj <= 0 || f < 0 || f >= s.size() || subj >= f || nextWordAfter(s, subj, f)) {
      return false;
    }
    UPos before = s.token(subj - 1).upos();
    UPos after = s.token(subj + 1).upos();
    if (after == UPos.DET || after == UPos.PRON && !s.lower(subj + 1).equals("zich") || s.lower(subj + 1).equals("van")) {
      return false; // die de brief … schreef, dat ze … kocht: the pronoun may be the object, the subject after it
    }
    if (s.lower(subj).equals("die") // dat is as often the conjunction (zei in een verklaring dat …)
        && (s.token(subj - 1).text().equals(",") || before == UPos.NOUN || before == UPos.PROPN)) {
      return true;
    }
    String opener = s.lower(subj - 1);
    return opener.startsWith("waar") && opener.length() > 4 || opener.equals("die") || opener.equals("wie");
  }

  /** Conjunctions that open a clause with its verbs at the end. */
  private static final Set<String> SUBORDINATORS = Set.of(
      "dat", "omdat", "als", "terwijl", "hoewel", "doordat", "zodat", "voordat", "nadat", "wanneer", "indien", "of");

  /**
   * The subordinating conjunction that opens a clause the analysis calls a main clause
   * ({@code Ik denk dat het moeilijk is}): the first word before its finite verb that is no
   * part of its middle field, when that is such a conjunction; -1 otherwise.
   */
  private static int conjunctionBefore(Slots s, Clause c) {
    int f = c.finiteVerb();
    if (f <= 0 || f >= s.size() || c.subject() >= 0 && c.subject() > f) {
      return -1;
    }
    for (int k = f - 1; k >= 0; k--) {
      Token t = s.token(k);
      if (t.upos() == UPos.SCONJ) {
        return SUBORDINATORS.contains(s.lower(k)) && k + 1 < f ? k : -1;
      }
      if (t.upos() == UPos.PUNCT || t.upos() == UPos.VERB || t.upos() == UPos.AUX || t.upos() == UPos.CCONJ) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * A comma between the members of a list inside the clause ({@code die Gent, Brugge en Ieper als
   * voorbeelden noemde}): it hangs on a conjunct that is no verb, whose head is in the clause too,
   * so it does not cut the clause.
   */
  private static boolean inCoordination(Slots s, int comma, int from, int to) {
    if (!s.token(comma).text().equals(",")) {
      return false;
    }
    int conjunct = s.token(comma).dependency().head();
    if (conjunct <= comma || conjunct >= to || !s.token(conjunct).dependency().baseRelation().equals("conj")) {
      return false;
    }
    UPos p = s.token(conjunct).upos();
    int first = s.token(conjunct).dependency().head();
    return p != UPos.VERB && p != UPos.AUX && first > from && first < comma;
  }

  /** A verb straight after a comma or a closing quotation mark: a clause after a quotation. */
  private static boolean afterQuoteOrComma(Slots s, int f) {
    if (f <= 0 || f >= s.size()) {
      return false;
    }
    String before = s.token(f - 1).text();
    return before.equals(",") || isQuoteMark(before) && f >= 2;
  }

  private void finiteClause(Slots s, ClauseTree tree, Clause c, boolean main, int marker) {
    int f = c.finiteVerb();
    if (f < 0 || f >= s.size()) {
      return;
    }
    if (!isFiniteVerb(s.token(f))) {
      s.doubt("\"" + s.token(f).text() + "\" read as the verb but tagged otherwise: its clause kept in Dutch order");
      return;
    }
    List<Integer> nonFinite = nonFinite(s, tree, c, f);
    for (int v : nonFinite) {
      if (s.token(v).morphology().isFinite() && isAuxiliary(s, v) && isAuxiliary(s, f)) {
        // is duurder dan vroeger het geval was: two finite copulas the analysis hung on one head
        s.doubt("two finite verbs in the clause of \"" + s.token(f).text() + "\": its order kept");
        return;
      }
    }
    List<Integer> subject = List.of();
    boolean inverted = false;
    int subj = c.subject();
    if (!main && marker >= 0 && subj >= 0 && subj < marker) {
      subj = -1; // a subject before the clause's opening word is the analysis's slip: guess it again
    }
    List<Integer> guessed = subj < 0 ? SubjectGuess.of(s, marker, f, main) : List.of();
    if (subj < 0 && guessed.isEmpty() && c.type() == Clause.Type.RELATIVE && marker >= 0 && marker < f
        && s.token(marker).upos() == UPos.PRON) {
      guessed = List.of(marker); // die … heeft getroffen with no subject found: the pronoun is the subject
    }
    if (subj < 0 && !guessed.isEmpty()) {
      subj = guessed.get(0);
    }
    if (!guessed.isEmpty() && (subj > f || !nonFinite.isEmpty())) {
      s.doubt("subject of \"" + s.token(f).text() + "\" guessed from the word classes (the analysis found none)");
    }
    if (subj < 0 && !main) {
      s.doubt("no subject found for \"" + s.token(f).text() + "\": its clause kept in Dutch order");
      return;
    }
    if (subj >= 0 && subj < s.size()) {
      List<Integer> sub = guessed.isEmpty() ? subjectPhrase(s, tree, subj) : guessed;
      if (sub.contains(f) || !ClauseTree.contiguous(sub)) {
        s.doubt("subject of \"" + s.token(f).text() + "\" is not one stretch of words: its order kept");
        return;
      }
      inverted = subj > f;
      if (main && inverted && afterQuoteOrComma(s, f) && subjectWithItsOwnClause(s, tree, c)) {
        return; // ', zei Stoltenberg, die … gaf': English keeps said Stoltenberg, who …
      }
      if (main && inverted && s.token(subj).dependency().baseRelation().equals("csubj")) {
        return; // het is duidelijk dat …: English keeps the clause after the verb (it is clear that …)
      }
      if (main && !inverted && guessed.isEmpty() && !nextWordAfter(s, sub.get(sub.size() - 1), f)) {
        // a prepositional phrase of the subject before the verb is the subject's (de mensen in de zaal zijn …)
        List<Integer> whole = tree.subtree(subj);
        if (ClauseTree.contiguous(whole) && !whole.contains(f) && nextWordAfter(s, whole.get(whole.size() - 1), f)) {
          sub = whole;
        }
      }
      if (main && !inverted && !nextWordAfter(s, sub.get(sub.size() - 1), f)) {
        s.doubt("words between the subject and \"" + s.token(f).text() + "\" in a main clause: its order kept");
        return;
      }
      if (main && inverted && expletiveFirst(s, c, f)) {
        inverted = false; // er zijn … → there are …: English keeps the subject after the verb
      } else if (main && inverted && f + 1 < s.size() && s.lower(f + 1).equals("er") && "there".equals(s.english[f + 1])) {
        // daarnaast zijn er … → in addition there are …: the dummy goes before the verb, the subject stays
        place(s, List.of(f + 1), java.util.Arrays.asList(THERE), f, false);
        inverted = false;
      } else {
        subject = main ? withFollowingName(s, tree, sub, c) : sub;
        if (main && inverted) {
          subject = withClosingComma(s, subject);
        }
      }
    } else if (main && f > 0 && !nonFinite.isEmpty()) {
      s.doubt("no subject found for \"" + s.token(f).text() + "\": its clause kept in Dutch order");
      return;
    }
    int lastVerb = f;
    for (int v : nonFinite) {
      lastVerb = Math.max(lastVerb, v);
      if (!c.particles().contains(v) && !isVerbTagged(s.token(v))) {
        s.doubt("\"" + s.token(v).text() + "\" read as a verb of the clause but tagged otherwise: its order kept");
        return;
      }
    }
    if (!main && marker >= 0 && subj >= 0 && subj != marker && subj < marker) {
      s.doubt("subject of \"" + s.token(f).text() + "\" before its clause's opening word: its order kept");
      return;
    }
    int from = main ? f : subject.isEmpty() ? f : subject.get(subject.size() - 1);
    for (int k = Math.min(from, lastVerb) + 1; k < lastVerb; k++) {
      if (s.token(k).upos() == UPos.PUNCT && !isQuoteMark(s.token(k).text())
          && !inCoordination(s, k, Math.min(from, lastVerb), lastVerb)) {
        s.doubt("punctuation inside the clause of \"" + s.token(f).text() + "\": its order kept");
        return;
      }
    }
    String auxiliary = s.lemmaLower(f);
    if (auxiliary.equals("hebben") || auxiliary.equals("zijn")) {
      for (int v : nonFinite) {
        participleAfterAuxiliary(s, v);
      }
    }
    if (auxiliary.equals("worden") && !nonFinite.isEmpty()) {
      passive(s, f, nonFinite.get(nonFinite.size() - 1));
    }
    if (main && !subject.isEmpty() && !nonFinite.isEmpty() && s.lemmaLower(f).equals("willen") && s.english[f] != null
        && !s.english[f].isEmpty() && !s.english[f].endsWith(" to")) {
      s.english[f] = s.english[f] + " to"; // wil sluiten → wants to close
      s.origin[f] = s.origin[f] + "+" + name();
    }
    if (!nonFinite.isEmpty() && s.lemmaLower(f).equals("blijven") && isInfinitive(s.token(nonFinite.get(nonFinite.size() - 1)))
        && !POSTURE.contains(s.lemmaLower(nonFinite.get(nonFinite.size() - 1)))) {
      continueTo(s, f);
    }
    int fieldStart = main || subject.isEmpty() ? f : subject.get(subject.size() - 1);
    // continues to (blijft … vasthouden) is a lexical verb in English: its adverbs go before it
    boolean continues = s.english[f] != null && s.english[f].endsWith(" to") && s.lemmaLower(f).equals("blijven");
    boolean lexicalAlone = nonFinite.isEmpty() && !isAuxiliaryLike(s, f);
    boolean adverbsFirst = lexicalAlone || continues;
    List<Integer> adverbs = new ArrayList<>();
    Set<Integer> verbs = new HashSet<>(c.verbCluster());
    verbs.add(f);
    verbs.add(c.head());
    for (int a = Math.max(0, fieldStart + 1); a < s.size(); a++) {
      if (!main || !nonFinite.isEmpty()) {
        if (a >= lastVerb) {
          break;
        }
      }
      Token t = s.token(a);
      // an adverb of the list right after the verb (or the subject after it) is the clause's, wherever
      // the analysis hung it (daarom before a noun phrase read as its modifier)
      boolean clauseAdverb = verbs.contains(t.dependency().head()) && t.dependency().baseRelation().equals("advmod")
          || (t.upos() == UPos.ADV || t.upos() == UPos.ADJ) && (a == f + 1 || !subject.isEmpty() && subj > f && a == subject.get(subject.size() - 1) + 1);
      boolean staysBeside = lexicalAlone && s.lower(a).equals("nog") && a + 1 < s.size()
          && NEGATIONS.contains(s.lower(a + 1))
          // a sense taken from the word beside it stays beside it (nog sneller → even faster)
          || s.origin[a] != null && s.origin[a].startsWith("glossary:") && s.origin[a].contains("+");
      if (clauseAdverb && !staysBeside && onlyMisattachedChildren(s, tree, a) && !subject.contains(a)
          && (adverbsFirst ? BEFORE_LEXICAL_VERB : AFTER_AUXILIARY).contains(s.lower(a))
          && !s.origin[a].endsWith("+" + ContextRules.DURATION) // al drie jaar → for three years stays with its time
          && !(continues && s.lower(a).equals("niet"))) { // blijft niet werken: does not continue, do-support's
        adverbs.add(a);
      }
    }
    List<Integer> block = new ArrayList<>(subject.size() + nonFinite.size() + adverbs.size() + 1);
    List<String> rules = new ArrayList<>();
    for (int t : byOrder(s, subject)) {
      block.add(t);
      rules.add(inverted ? SUBJECT_FIRST : null);
    }
    String verbRule = main ? VERBS_TOGETHER : VERB_AFTER_SUBJECT;
    if (lexicalAlone) {
      for (int a : adverbs) {
        block.add(a);
        rules.add(ADVERB);
      }
      block.add(f);
      rules.add(main ? null : verbRule);
    } else {
      for (int a : continues ? adverbs : List.<Integer>of()) {
        block.add(a);
        rules.add(ADVERB);
      }
      block.add(f);
      rules.add(main ? null : verbRule);
      for (int a : continues ? List.<Integer>of() : adverbs) {
        block.add(a);
        rules.add(ADVERB);
      }
      for (int v : nonFinite) {
        block.add(v);
        rules.add(verbRule);
      }
      int last = nonFinite.isEmpty() ? -1 : nonFinite.get(nonFinite.size() - 1);
      if (main && last > 0 && COPULAS.contains(s.lemmaLower(last)) && s.token(last - 1).upos() == UPos.ADJ
          && !block.contains(last - 1) && last - 1 > f) {
        UPos before = s.token(last - 2).upos();
        if (before == UPos.NOUN || before == UPos.PROPN) {
          // zal … met de uitwijzing moeilijker worden → will become more difficult …: the predicate with
          // its verb; only after a noun: a word of another class before it (erg koud, binnenkort
          // beter, veel erger) may be its modifier, which the analysis does not reliably show
          block.add(last - 1);
          rules.add(verbRule);
        }
      }
    }
    if (main && !inverted && !subject.isEmpty()) {
      restrictiveClauseComma(s, tree, subject, f);
    }
    moveToFirst(s, block, rules);
    objectAfterVerbs(s, tree, c, block);
  }

  /**
   * A subject that ends in an aside opened by a comma ({@code de VS, Canada en andere landen,
   * waaronder Nederland,}) takes the comma that closes the aside with it when it goes before the
   * verb: … including the Netherlands, decided. A comma that only separates a list's members
   * ({@code de VS, Canada}) opens no aside.
   */
  private static List<Integer> withClosingComma(Slots s, List<Integer> subject) {
    int last = subject.get(subject.size() - 1);
    int after = last + 1;
    if (after + 1 >= s.size() || !s.token(after).text().equals(",") || s.token(after + 1).upos() == UPos.PUNCT) {
      return subject;
    }
    int comma = -1;
    for (int t : subject) {
      if (s.token(t).text().equals(",")) {
        comma = Math.max(comma, t);
      }
    }
    if (comma < 0 || comma + 1 > last || s.token(comma + 1).dependency().baseRelation().equals("conj")
        || s.token(comma + 1).upos() == UPos.CCONJ) {
      return subject;
    }
    List<Integer> out = new ArrayList<>(subject);
    out.add(after);
    return out;
  }

  /**
   * An adverb of the middle field stands alone; phrases the parser hung on it after it (a
   * prepositional phrase, an object: {@code woont momenteel in Gent}) are the verb's and stay where
   * they are. A modifier of its own (al drie jaar, nog niet) keeps it in place.
   */
  private static boolean onlyMisattachedChildren(Slots s, ClauseTree tree, int a) {
    for (int k : tree.children(a)) {
      String rel = s.token(k).dependency().baseRelation();
      if (k < a || !(rel.equals("obl") || rel.equals("nmod") || rel.equals("obj"))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Dutch closes a relative clause with a comma, also before the verb of the clause around it ({@code
   * De vrouw die de prijs won, woont in Gent}); English puts none between a subject and its verb
   * when the clause says which one is meant (no comma before the pronoun either): the woman who won
   * the prize lives in Ghent. A clause between commas (de boer, die …, woont) keeps both.
   */
  private static void restrictiveClauseComma(Slots s, ClauseTree tree, List<Integer> subject, int f) {
    int last = subject.get(subject.size() - 1);
    int comma = s.token(last).text().equals(",") ? last : last + 1; // the analysis may hang it on the subject
    if (comma + 1 != f || !s.token(comma).text().equals(",")) {
      return;
    }
    for (int k : subject) {
      if (s.token(k).dependency().relation().startsWith("acl")) { // a relative clause or a noun's dat-clause
        int first = -1;
        for (int t : tree.subtree(k)) {
          if (s.token(t).upos() != UPos.PUNCT) {
            first = t; // the clause's first word: the analysis may hang the comma before it on the clause
            break;
          }
        }
        if (first > 0 && !s.token(first - 1).text().equals(",") && subject.contains(first - 1)) {
          s.english[comma] = "";
          s.origin[comma] = s.origin[comma] + "+" + NO_COMMA;
        }
        return;
      }
    }
  }

  /**
   * The direct object next to its verb: Dutch puts adverbials of time, place and manner before
   * the object in the middle field, English after it ({@code zal in Duitsland veel geld verliezen}
   * → will lose much money in Germany; {@code kocht gisteren een boek} → bought a book yesterday).
   * Only over adverbials of the same verb, and not where an indirect object is there too.
   */
  private static void objectAfterVerbs(Slots s, ClauseTree tree, Clause c, List<Integer> block) {
    int head = c.head();
    if (head < 0 || head >= s.size() || block.isEmpty()) {
      return;
    }
    int object = -1;
    Set<Integer> adverbials = new HashSet<>();
    for (int k : tree.children(head)) {
      String rel = s.token(k).dependency().baseRelation();
      if (rel.equals("iobj")) {
        return;
      }
      if (rel.equals("obj") && object < 0) {
        object = k;
      } else if (rel.equals("obl") || rel.equals("advmod") && !AFTER_AUXILIARY.contains(s.lower(k))) {
        adverbials.addAll(tree.subtree(k));
      }
    }
    if (object < 0) {
      return;
    }
    List<Integer> phrase = new ArrayList<>(tree.subtree(object));
    if (!ClauseTree.contiguous(phrase) || phrase.contains(head) || phrase.contains(c.finiteVerb())) {
      return;
    }
    // a quantity the analysis left outside the object belongs to it (meer dan honderd diplomaten)
    int before = phrase.get(0) - 1;
    for (int q = 0; q < 3 && before >= 0 && QUANTITY.contains(s.lower(before)) && before != head
        && before != c.finiteVerb(); q++) {
      adverbials.remove(before);
      phrase.add(0, before--);
    }
    UPos b = before < 0 ? null : s.token(before).upos();
    boolean adverbialAdjective = b == UPos.ADJ && s.token(before).dependency().baseRelation().equals("advmod")
        && s.token(before).dependency().head() == head;
    if (b != UPos.NOUN && b != UPos.PROPN && b != UPos.ADV && b != UPos.PRON && !adverbialAdjective
        || QUANTITY.contains(s.lower(before))) {
      return;
    }
    int last = -1;
    for (int t : block) {
      last = Math.max(last, s.order.indexOf(t));
    }
    int first = s.order.indexOf(phrase.get(0));
    if (last < 0 || first <= last + 1) {
      return;
    }
    for (int p = last + 1; p < first; p++) {
      int t = s.order.get(p);
      if (!adverbials.contains(t) || s.token(t).upos() == UPos.PUNCT) {
        return; // something other than the verb's adverbials before the object: leave it
      }
    }
    for (int t : phrase) {
      if (s.order.indexOf(t) < first) {
        return; // the object's words are no longer one stretch in English order
      }
    }
    List<String> rules = new ArrayList<>(phrase.size());
    for (int k = 0; k < phrase.size(); k++) {
      rules.add(OBJECT);
    }
    place(s, phrase, rules, s.order.get(last), true);
  }

  /**
   * The subject's words: its subtree without a prepositional phrase on its right other than one
   * with {@code van} (de minister van Defensie), which the parser may hang on the noun when it
   * belongs to the verb ({@code gaat mijn zus naar Parijs}).
   */
  static List<Integer> subjectPhrase(Slots s, ClauseTree tree, int subj) {
    List<Integer> all = tree.subtree(subj);
    Set<Integer> cut = new HashSet<>();
    for (int child : tree.children(subj)) {
      String rel = s.token(child).dependency().baseRelation();
      if (child > subj && (rel.equals("nmod") || rel.equals("obl"))) {
        boolean preposition = false;
        boolean van = false;
        for (int g : tree.children(child)) {
          boolean caseMarker = s.token(g).dependency().baseRelation().equals("case");
          preposition |= caseMarker;
          van |= caseMarker && s.lower(g).equals("van");
        }
        if (preposition && !van) {
          cut.addAll(tree.subtree(child));
        }
      }
    }
    if (cut.isEmpty()) {
      return all;
    }
    List<Integer> out = new ArrayList<>(all.size());
    for (int t : all) {
      if (!cut.contains(t)) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * A title and the name after it are one subject ({@code had NAVO-topman Jens Stoltenberg}) even
   * where the analysis hangs the name elsewhere.
   */
  private static List<Integer> withFollowingName(Slots s, ClauseTree tree, List<Integer> subject, Clause c) {
    int last = subject.get(subject.size() - 1);
    int next = last + 1;
    if (next >= s.size() || s.token(next).upos() != UPos.PROPN || s.token(last).upos() != UPos.PROPN
        && s.token(last).upos() != UPos.NOUN || next == c.finiteVerb()) {
      return subject;
    }
    List<Integer> name = tree.subtree(next);
    if (!ClauseTree.contiguous(name) || name.get(0) != next || name.contains(c.finiteVerb())) {
      return subject;
    }
    List<Integer> out = new ArrayList<>(subject);
    out.addAll(name);
    return out;
  }

  /** Whether {@code b} is the next word after {@code a}, punctuation aside. */
  private static boolean nextWordAfter(Slots s, int a, int b) {
    for (int k = a + 1; k < b; k++) {
      if (s.token(k).upos() != UPos.PUNCT) {
        return false;
      }
    }
    return b > a;
  }

  /** The clause's other verbs, auxiliaries first, the main verb last, its separable particles after it. */
  private static List<Integer> nonFinite(Slots s, ClauseTree tree, Clause c, int f) {
    List<Integer> out = new ArrayList<>();
    int head = c.head();
    for (int v : c.verbCluster()) {
      if (v != f && v != head && v >= 0 && v < s.size()) {
        out.add(v);
      }
    }
    if (head != f && c.verbCluster().contains(head)) {
      out.add(head);
    }
    if (f >= 0 && TAKES_BARE_INFINITIVE.contains(s.lemmaLower(f))) {
      for (int k : tree.children(f)) {
        // a bare infinitive under a modal the analysis left as a clause of its own: wil de grens sluiten
        Token t = s.token(k);
        // or as a noun of the verb (blijft elke dag werken), when nothing makes it one (no article, no preposition)
        String rel = t.dependency().baseRelation();
        if (k > f && (rel.equals("xcomp") || rel.equals("obl") || rel.equals("obj")) && isInfinitive(t)
            && !out.contains(k) && tree.children(k).stream().noneMatch(x -> s.lower(x).equals("te")
                || s.token(x).upos() == UPos.DET || s.token(x).upos() == UPos.ADP)) {
          out.add(k);
        }
      }
    }
    for (int p : c.particles()) {
      if (p >= 0 && p < s.size() && !out.contains(p) && p != f && (s.english[p] == null || s.english[p].isEmpty())) {
        out.add(p); // a particle glossed with its verb stays beside it
      }
    }
    return out;
  }

  private void infinitiveClause(Slots s, ClauseTree tree, Clause c) {
    int head = c.head();
    if (head < 0 || head >= s.size()) {
      return;
    }
    int te = -1;
    for (int k : tree.children(head)) {
      if (s.lower(k).equals("te")) {
        te = k;
      }
    }
    if (te < 0) {
      return;
    }
    List<Integer> block = new ArrayList<>();
    List<String> rules = new ArrayList<>();
    for (int k : tree.children(head)) {
      if (s.lower(k).equals("niet") && k < te) {
        block.add(k); // niet te verhogen → not to raise
        rules.add(TO_INFINITIVE);
      }
    }
    block.add(te);
    rules.add(TO_INFINITIVE);
    for (int v : nonFinite(s, tree, c, -1)) {
      if (v != te) {
        block.add(v);
        rules.add(TO_INFINITIVE);
      }
    }
    if (!block.contains(head)) {
      block.add(head);
      rules.add(TO_INFINITIVE);
    }
    String origin = s.origin[head];
    if (origin != null && origin.startsWith("phrase:")) {
      for (int k : tree.subtree(head)) {
        if (origin.equals(s.origin[k]) && !block.contains(k)) {
          block.add(block.indexOf(head), k); // onder druk te zetten → to put under pressure
          rules.add(TO_INFINITIVE);
        }
      }
    }
    int marker = c.marker();
    if (marker >= 0 && marker != te && !block.contains(marker)) {
      moveAfter(s, block, rules, marker);
      objectAfterVerbs(s, tree, c, block); // om massaal diplomaten uit te zetten → to expel diplomats massively
      return;
    }
    List<Integer> clause = tree.subtree(head);
    List<Integer> positions = new ArrayList<>(clause.size());
    for (int t : clause) {
      positions.add(s.order.indexOf(t));
    }
    positions.sort(null);
    if (!ClauseTree.contiguous(positions)) {
      s.doubt("infinitive clause of \"" + s.token(head).text() + "\" is not one stretch of words: its order kept");
      return;
    }
    // the infinitive's subject and adverbs stay before it; it goes before its first object
    int anchor = -1;
    int anchorPosition = Integer.MAX_VALUE;
    for (int k : tree.children(head)) {
      String rel = s.token(k).dependency().baseRelation();
      if (k < te && !block.contains(k) && (rel.equals("obj") || rel.equals("obl") || rel.equals("iobj") || rel.equals("xcomp"))) {
        for (int x : tree.subtree(k)) {
          int p = s.order.indexOf(x);
          if (p < anchorPosition && !block.contains(x)) {
            anchorPosition = p;
            anchor = x;
          }
        }
      }
    }
    if (anchor < 0) {
      anchor = s.order.get(positions.get(0));
    }
    moveBefore(s, block, rules, anchor);
    objectAfterVerbs(s, tree, c, block);
  }

  /** A form the tagger read as present that can be a participle is one after hebben or zijn (heeft … verscherpt → has tightened). */
  private void participleAfterAuxiliary(Slots s, int v) {
    Token t = s.token(v);
    // the analysis may call it a participle where LanguageTool's tag is the infinitive (heeft … verlaten)
    boolean analysedParticiple = "Part".equals(t.morphology().feature("VerbForm")) && !(v > 0 && s.lower(v - 1).equals("te"));
    if (s.base[v] == null || t.tag() == null || t.tag().startsWith("WKW:VTD")
        || !t.tag().startsWith("WKW:TGW") && !analysedParticiple) {
      return;
    }
    for (Token.Reading r : t.readings()) {
      if (r.tag().startsWith("WKW:VTD")) {
        // the perfect of the passive's been, which the perfect-with-zijn stage put before it, stays
        String been = s.english[v] != null && s.english[v].startsWith("been ") ? "been " : "";
        s.english[v] = been + forms.pastParticiple(s.base[v]);
        s.origin[v] = s.origin[v] + "+participle";
        return;
      }
    }
  }

  /**
   * {@code worden} with a participle is the passive: is/was + participle ({@code wordt … ontvangen}
   * → is received), also where the tagger read the participle as an infinitive.
   */
  private void passive(Slots s, int f, int v) {
    Token t = s.token(v);
    boolean participle = t.tag() != null && t.tag().startsWith("WKW:VTD");
    for (Token.Reading r : t.readings()) {
      participle |= r.tag().startsWith("WKW:VTD");
    }
    boolean adjectiveGloss = s.base[v] == null && s.english[v] != null && s.english[v].matches("[a-z]+(ed|en|wn|ung|ught)");
    if (!participle || s.base[v] == null && !adjectiveGloss || s.english[f] == null || !s.english[f].startsWith("bec")) {
      return; // (a participle glossed by its adjective entry, werd gevraagd: asked, keeps that English)
    }
    String be = switch (s.personal(f, DutchForm.of(s.token(f).tag()))) {
      case PRESENT_THIRD -> "is";
      case PRESENT_OTHER -> "am";
      case PAST_SINGULAR -> "was";
      case PAST_PLURAL -> "were";
      default -> "are";
    };
    s.english[f] = be;
    s.origin[f] = s.origin[f] + "+passive";
    if (s.base[v] != null) {
      s.english[v] = forms.pastParticiple(s.base[v]);
      s.origin[v] = s.origin[v] + "+passive";
    }
  }

  /**
   * The finite verb by its tag, or by a finite reading where the tagger chose another word class
   * for a word the analysis takes as the verb ({@code kan} read as a noun, {@code is} as a noun).
   */
  private static boolean isAuxiliary(Slots s, int v) {
    String rel = s.token(v).dependency().baseRelation();
    return rel.equals("cop") || rel.equals("aux");
  }

  private static boolean isFiniteVerb(Token t) {
    if (t.tag() != null && t.tag().startsWith("WKW")) {
      return true;
    }
    if (t.upos() != UPos.AUX && t.upos() != UPos.VERB) {
      return false;
    }
    for (Token.Reading r : t.readings()) {
      if (r.tag().startsWith("WKW:TGW") && !r.tag().startsWith("WKW:TGW:INF") || r.tag().startsWith("WKW:VLT")) {
        return true;
      }
    }
    return false;
  }

  /** blijft werken → continues to work: blijven with an infinitive is going on doing it, not staying. */
  private void continueTo(Slots s, int f) {
    if (s.english[f] != null && s.english[f].startsWith("remain")) {
      // remained → continued, remaining → continuing: continue ends in a silent e
      String ending = s.english[f].substring("remain".length());
      String stem = ending.startsWith("e") || ending.startsWith("i") ? "continu" : "continue";
      s.english[f] = stem + ending + " to";
      s.origin[f] = s.origin[f] + "+" + name();
    }
  }

  private static boolean isInfinitive(Token t) {
    return t.tag() != null && t.tag().startsWith("WKW:TGW:INF");
  }

  private static boolean isVerbTagged(Token t) {
    if (t.tag() != null && t.tag().startsWith("WKW")) {
      return true;
    }
    for (Token.Reading r : t.readings()) {
      if (r.tag().startsWith("WKW")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isQuoteMark(String p) {
    return p.equals("'") || p.equals("\"") || p.equals("‘") || p.equals("’") || p.equals("“") || p.equals("”")
        || p.equals(",,") || p.equals("„");
  }

  /** er/daar/het opening a main clause whose subject follows the verb: the dummy stays first. */
  private static boolean expletiveFirst(Slots s, Clause c, int f) {
    for (int k = f - 1; k >= 0; k--) {
      Token t = s.token(k);
      if (t.upos() == UPos.PUNCT) {
        continue;
      }
      String w = s.lower(k);
      return (w.equals("er") || w.equals("daar")) && t.dependency().head() == f || w.equals("er") && k == f - 1
          || (w.equals("het") || w.equals("er")) && t.dependency().baseRelation().equals("expl");
    }
    return false;
  }

  /** Finite verbs that take the middle-field adverbs after them in English (be, have as auxiliary, modals). */
  private static boolean isAuxiliaryLike(Slots s, int f) {
    Token t = s.token(f);
    String lemma = s.lemmaLower(f);
    return t.upos() == UPos.AUX || lemma.equals("zijn") || lemma.equals("worden") || lemma.equals("kunnen")
        || lemma.equals("moeten") || lemma.equals("zullen") || lemma.equals("mogen") || lemma.equals("willen")
        || lemma.equals("blijven") || lemma.equals("lijken") || lemma.equals("blijken");
  }

  private static List<Integer> byOrder(Slots s, List<Integer> tokens) {
    int[] position = new int[s.size()];
    for (int p = 0; p < s.order.size(); p++) {
      position[s.order.get(p)] = p;
    }
    List<Integer> out = new ArrayList<>(tokens);
    out.sort((a, b) -> Integer.compare(position[a], position[b]));
    return out;
  }

  /** The block where its first member stands now. */
  private static void moveToFirst(Slots s, List<Integer> block, List<String> rules) {
    int first = Integer.MAX_VALUE;
    for (int t : block) {
      first = Math.min(first, s.order.indexOf(t));
    }
    if (first == Integer.MAX_VALUE) {
      return;
    }
    place(s, block, rules, s.order.get(first), false);
  }

  private static void moveAfter(Slots s, List<Integer> block, List<String> rules, int anchor) {
    place(s, block, rules, anchor, true);
  }

  private static void moveBefore(Slots s, List<Integer> block, List<String> rules, int anchor) {
    place(s, block, rules, anchor, false);
  }

  /** Takes the block out and puts it in its order before (or after) the anchor token; marks who moved. */
  private static void place(Slots s, List<Integer> block, List<String> rules, int anchor, boolean after) {
    List<Integer> before = new ArrayList<>(s.order);
    Set<Integer> members = new HashSet<>(block);
    List<Integer> rest = new ArrayList<>(s.order.size());
    int at = -1;
    for (int t : s.order) {
      if (t == anchor && !after) {
        at = rest.size();
      }
      if (!members.contains(t)) {
        rest.add(t);
      }
      if (t == anchor && after) {
        at = rest.size();
      }
    }
    if (at < 0) {
      return;
    }
    rest.addAll(at, block);
    if (rest.equals(before)) {
      return;
    }
    s.order.clear();
    s.order.addAll(rest);
    for (int k = 0; k < block.size(); k++) {
      int t = block.get(k);
      String rule = rules.get(k);
      if (rule != null && before.indexOf(t) != rest.indexOf(t)) {
        s.moved[t] = rule;
      }
    }
  }
}
