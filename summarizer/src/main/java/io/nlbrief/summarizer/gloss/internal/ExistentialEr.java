package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.parser.Clause;
import io.nlbrief.parser.Token;
import io.nlbrief.parser.UPos;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The existential {@code er}, which English says otherwise than Dutch. Runs after the clause
 * order and the passive stages, on the stretch of words from {@code er} to its clause's end.
 *
 * <ul>
 *   <li>With {@code zijn}, {@code bestaan} or a verb of posture (staan, zitten, liggen, hangen)
 *       English puts the verb straight after "there" and the subject after the verb, also in a
 *       subordinate clause: {@code dat er veel mensen zijn} → that there are many people,
 *       {@code omdat er in de zaal geen stoelen staan} → because there are no chairs in the hall.
 *       The verb of posture is "be" there ({@code er staat een boom} → there is a tree), and a
 *       predicate after the pointer's preposition comes before it ({@code er zitten kosten aan
 *       verbonden} → there are costs connected to it).
 *   <li>The passive and the perfect with {@code zijn} and an indefinite subject put the subject
 *       first and drop {@code er}: {@code er wordt een nieuwe school gebouwd} → a new school is
 *       being built (the present of worden as "is being"), {@code er werden drie mensen
 *       gearresteerd} → three people were arrested, {@code er is een besluit genomen} → a decision
 *       has been taken, {@code er zijn twee mannen gekomen} → two men have come; so does a
 *       lexical verb on its own ({@code als er niets gebeurt} → if nothing happens, {@code toen er
 *       een brand uitbrak} → when a fire broke out).
 *   <li>Without a subject in a subordinate clause, the passive is there is + the gerund as the
 *       impersonal-passive stage says it in a main clause ({@code dat er in mei wordt gestemd} →
 *       that there is voting in May).
 * </ul>
 *
 * {@code er} counts where the analysis can make it the dummy: first in its main clause before
 * the finite verb, right after the finite verb of an inverted main clause, or right after the
 * conjunction of a subordinate clause. The passive without a subject in a main clause
 * ({@code er wordt gedanst}) is the impersonal-passive stage's. Questions keep their order.
 */
final class ExistentialEr implements Stage {
  static final String RULE = "existential-er";

  /** Verbs whose existential use English says with there + be. */
  private static final Set<String> POSTURE = Set.of("staan", "zitten", "liggen", "hangen");
  private static final Set<String> THERE_VERBS = Set.of("zijn", "bestaan");
  /** Pronouns that can be the indefinite subject after er (er is niemand gekomen). */
  private static final Set<String> INDEFINITE_PRONOUNS = Set.of("niemand", "niets", "iets", "iemand", "niks");
  private static final Map<String, String> HAVE = Map.of("is", "has", "are", "have", "am", "have", "was", "had", "were", "had");
  /** Verbs of a state of mind or of knowing, whose present passive is no event going on: is expected, not is being expected. */
  private static final Set<String> STATIVE = Set.of(
      "verwachten", "schatten", "vrezen", "vermoeden", "denken", "veronderstellen", "beschouwen", "achten", "kennen",
      "noemen", "zien", "horen", "geloven", "weten", "begrijpen", "bedoelen", "vermissen", "verstaan", "wensen",
      "willen", "nodig");

  /** Conjunctions of a subordinate clause, for where the tagger read one otherwise (Dat at the start). */
  private static final Set<String> SUBORDINATORS = Set.of(
      "dat", "omdat", "als", "of", "terwijl", "hoewel", "doordat", "zodat", "voordat", "nadat", "wanneer", "indien",
      "zolang", "totdat", "tenzij", "toen", "aangezien", "zodra");

  private enum Kind { THERE, PASSIVE, PERFECT_PASSIVE, PERFECT, ACTIVE }

  private final EnglishForms forms;

  ExistentialEr(EnglishForms forms) {
    this.forms = forms;
  }

  @Override
  public String name() {
    return RULE;
  }

  @Override
  public void apply(Slots s) {
    if (s.isQuestion() || s.clauses.isEmpty()) {
      return;
    }
    for (int e = 0; e < s.size(); e++) {
      Token t = s.token(e);
      if (s.lower(e).equals("er") && (t.upos() == UPos.ADV || t.upos() == UPos.PRON)) {
        apply(s, e);
      }
    }
  }

  private void apply(Slots s, int e) {
    int end = e + 1;
    while (end < s.size() && !(s.isBreak(end) && !isQuoteMark(s.token(end).text())) && !s.opensClause(end)) {
      end++;
    }
    boolean subordinate = e > 0 && (s.token(e - 1).upos() == UPos.SCONJ || s.opensClause(e - 1)
        && SUBORDINATORS.contains(s.lower(e - 1))) && !s.lower(e - 1).equals("om");
    int f;
    if (subordinate) {
      f = finiteIn(s, e + 1, end);
    } else if (e + 1 < end && isFinite(s, e + 1) && (e == 0 || s.isBreak(e - 1) || isQuoteMark(s.token(e - 1).text()))) {
      f = e + 1; // Er is …
    } else if (e >= 2 && isFinite(s, e - 1) && !s.isBreak(e - 2) && !s.opensClause(e - 1) && !s.lower(e - 2).equals("er")) {
      f = e - 1; // Gisteren werden er … (not the partitive of er zijn er drie)
    } else {
      return;
    }
    if (f < 0 || f < e && subjectBefore(s, f)) {
      return; // hij voegde er een zin aan toe: the subject stands first, er is no dummy
    }
    List<Integer> cluster = cluster(s, e, f, end, subordinate);
    Kind kind = kind(s, cluster);
    if (kind == null) {
      return;
    }
    List<Integer> subject = subject(s, e, end, cluster, kind != Kind.THERE);
    if (subject.isEmpty() && kind == Kind.PASSIVE && subordinate) {
      impersonal(s, e, f, cluster, end); // dat er in mei wordt gestemd → that there is voting in May
      return;
    }
    if (subject.isEmpty()) {
      return;
    }
    if (kind != Kind.THERE && !indefinite(s, subject)) {
      return; // er wordt de hele nacht gezongen: a time, not a subject
    }
    for (int k : subject) {
      for (int v : cluster) {
        if (s.english[k] != null && s.english[k].isEmpty() && phrase(s.origin[k]) != null
            && phrase(s.origin[k]).equals(phrase(s.origin[v]))) {
          return; // er is een besluit genomen read as the phrase "take a decision": its words are said with the verb
        }
      }
    }
    // the words from er (and an inverted verb before it) to the clause's end, where they stand now
    Set<Integer> segment = new HashSet<>();
    for (int k = Math.min(e, f); k < end; k++) {
      segment.add(k);
    }
    int first = Integer.MAX_VALUE;
    int last = -1;
    for (int k : segment) {
      int p = s.order.indexOf(k);
      first = Math.min(first, p);
      last = Math.max(last, p);
    }
    if (last - first + 1 != segment.size()) {
      return; // an ordering stage moved words in or out: leave it
    }
    List<Integer> current = new ArrayList<>(s.order.subList(first, last + 1));
    List<Integer> verbs = new ArrayList<>();
    for (int k : current) {
      if (cluster.contains(k)) {
        verbs.add(k);
      }
    }
    List<Integer> rest = new ArrayList<>();
    for (int k : current) {
      if (k != e && !cluster.contains(k) && !subject.contains(k)) {
        rest.add(k);
      }
    }
    List<Integer> arranged = new ArrayList<>(current.size());
    if (kind == Kind.THERE) {
      there(s, e, f, cluster);
      splitPhrase(s, f, rest);
      arranged.add(e);
      List<Integer> subjectWords = new ArrayList<>(subject);
      List<Integer> afterAuxiliary = new ArrayList<>();
      while (verbs.size() > 1 && subjectWords.size() > 1 && afterAuxiliary(s, subjectWords.get(0))) {
        afterAuxiliary.add(subjectWords.remove(0)); // er zijn nooit zoveel … geweest → there have never been so many
      }
      for (int v : verbs) {
        arranged.add(v);
        if (v == f) {
          arranged.addAll(afterAuxiliary);
        }
      }
      arranged.addAll(subjectWords);
      arranged.addAll(rest);
    } else {
      if (!passiveForms(s, kind, f, cluster)) {
        return;
      }
      s.english[e] = "";
      s.origin[e] = s.origin[e] + "+" + RULE;
      arranged.add(e);
      arranged.addAll(subject);
      // the adverbs English says after the auxiliary (also, not, already) right after the finite verb
      List<Integer> afterAuxiliary = new ArrayList<>();
      for (int k : rest) {
        if (afterAuxiliary(s, k)) {
          afterAuxiliary.add(k);
        }
      }
      rest.removeAll(afterAuxiliary);
      if (kind == Kind.ACTIVE && verbs.size() == 1) {
        arranged.addAll(afterAuxiliary); // a lone lexical verb after them: a new law also comes
        arranged.add(f);
      } else {
        arranged.add(f);
        arranged.addAll(afterAuxiliary);
      }
      for (int v : verbs) {
        if (v != f) {
          arranged.add(v);
        }
      }
      arranged.addAll(rest);
    }
    predicateBeforePointer(s, arranged);
    for (int p = 0; p < arranged.size(); p++) {
      int k = arranged.get(p);
      if (current.get(p) != k) {
        s.moved[k] = RULE;
      }
      s.order.set(first + p, k);
    }
  }

  /**
   * The clause's verbs from the finite one: in a subordinate clause the run of verbs around it at
   * the end of the middle field, in a main clause the finite verb and the participles and
   * infinitives after the subject. A participle of a state (verbonden, gelegen) and anything
   * before a verb of posture are its predicate, no verb of the cluster.
   */
  private static List<Integer> cluster(Slots s, int e, int f, int end, boolean subordinate) {
    List<Integer> out = new ArrayList<>();
    out.add(f);
    boolean posture = posture(s, f);
    if (subordinate) {
      for (int k = f - 1; k > e && !posture && isVerb(s, k) && !predicate(s, k); k--) {
        out.add(0, k);
      }
      for (int k = f + 1; k < end && isVerb(s, k) && !predicate(s, k); k++) {
        out.add(k);
      }
      return out;
    }
    int k = Math.max(e, f) + 1;
    while (k < end && !(isVerb(s, k) && !isFinite(s, k))) {
      k++;
    }
    for (; k < end && isVerb(s, k) && !predicate(s, k) && !posture; k++) {
      out.add(k);
    }
    return out;
  }

  /** What the cluster says with er, or null where English keeps it as it is. */
  private static Kind kind(Slots s, List<Integer> cluster) {
    int participle = -1;
    boolean worden = false;
    boolean zijn = false;
    for (int v : cluster) {
      if (isParticiple(s.token(v))) {
        participle = v;
      }
      worden |= s.lemmaLower(v).equals("worden");
      zijn |= PerfectWithZijn.isZijn(s, v);
    }
    if (participle >= 0 && worden) {
      return Kind.PASSIVE;
    }
    if (participle >= 0 && zijn && PerfectWithZijn.isZijn(s, participle)) {
      return Kind.THERE; // er zijn … geweest → there have been …
    }
    if (participle >= 0 && zijn) {
      return PerfectWithZijn.takesZijn(s.lemmaLower(participle)) ? Kind.PERFECT : Kind.PERFECT_PASSIVE;
    }
    if (participle >= 0) {
      return cluster.size() == 2 && s.lemmaLower(cluster.get(0)).equals("hebben") ? Kind.ACTIVE : null;
    }
    int head = cluster.get(cluster.size() - 1);
    if (THERE_VERBS.contains(s.lemmaLower(head)) || posture(s, head) || PerfectWithZijn.isZijn(s, head)) {
      return Kind.THERE;
    }
    // er gebeurt iets, er kwamen klachten binnen: a lexical verb on its own says its subject first
    return cluster.size() == 1 && s.token(head).upos() == UPos.VERB && !NOT_ACTIVE.contains(s.lemmaLower(head))
        ? Kind.ACTIVE : null;
  }

  /** Verbs that are no plain intransitive or transitive verb after er (hebben, worden, krijgen, and vallen of er valt … te). */
  private static final Set<String> NOT_ACTIVE = Set.of("hebben", "worden", "krijgen", "vallen", "zijn", "gaan", "blijven");

  /**
   * The subject: the first noun phrase of the stretch that is no object of a preposition, with
   * the adverbs right before it (nog maar weinig landen, ook kosten); for a passive without them.
   * Empty if there is none, or it is no stretch of words.
   */
  private static List<Integer> subject(Slots s, int e, int end, List<Integer> cluster, boolean bare) {
    for (int k = e + 1; k < end; k++) {
      if (cluster.contains(k) || !nominal(s, k)) {
        continue;
      }
      int head = k;
      // the noun the phrase ends in (een nieuwe school: school), not a word before it
      while (head + 1 < end && !cluster.contains(head + 1) && s.token(head).upos() != UPos.NOUN
          && s.token(head).upos() != UPos.PRON && s.token(head + 1).dependency().head() != head
          && (s.token(head + 1).upos() == UPos.NOUN || s.token(head + 1).upos() == UPos.ADJ
              || s.token(head + 1).upos() == UPos.NUM)) {
        head++;
      }
      List<Integer> phrase = new ArrayList<>();
      for (int x : ClauseOrder.subjectPhrase(s, s.tree(), head)) {
        if (x > e && x < end && !cluster.contains(x)) {
          phrase.add(x);
        }
      }
      int from = head;
      while (from - 1 > e && determinerLike(s, from - 1)) {
        from--;
      }
      boolean afterItsPreposition = s.token(from - 1).upos() == UPos.ADP
          && s.token(from - 1).dependency().head() >= from && s.token(from - 1).dependency().head() <= head;
      if (hasCase(s, head) || afterItsPreposition || ImpersonalPassive.timePhrase(s, head)) {
        k = head;
        continue; // in de zaal, op zondag, de hele nacht: no subject
      }
      for (int x = from; x <= head; x++) {
        if (!phrase.contains(x)) {
          phrase.add(x);
        }
      }
      phrase.sort(null);
      while (phrase.get(phrase.size() - 1) > head && (s.token(phrase.get(phrase.size() - 1)).upos() == UPos.ADP
          || isQuoteMark(s.token(phrase.get(phrase.size() - 1)).text()) && !hasOpeningQuote(s, phrase))) {
        phrase.remove(phrase.size() - 1); // a preposition left at the end (weinig plaatsen over) is no part of it
      }
      int after = phrase.get(phrase.size() - 1) + 1;
      if (after < end && !cluster.contains(after) && continuesPhrase(s, after)) {
        return List.of(); // drie tot vier meter sneeuw: the phrase goes on past what was found
      }
      int start = phrase.get(0);
      // nog maar weinig landen: the adverbs stay before the phrase; for a passive only those the
      // analysis hangs on the phrase or whose sense a rule took from it (nog twaalf → another twelve)
      while (start - 1 > e && s.token(start - 1).upos() == UPos.ADV && !cluster.contains(start - 1)
          && (!bare || phrase.contains(s.token(start - 1).dependency().head()) || senseFromNeighbour(s, start - 1))) {
        phrase.add(0, --start);
      }
      return ClauseTree.contiguous(phrase) ? phrase : List.of();
    }
    return List.of();
  }

  /** Words of quantity that say how much is done (er wordt veel gepraat): a gerund does not take them. */
  private static final Set<String> QUANTITY = Set.of("veel", "weinig", "meer", "minder", "zoveel", "genoeg", "hard");
  /** Relations of the words of a prepositional phrase or a time in the middle field. */
  private static final Set<String> IN_PHRASE = Set.of("case", "obl", "nmod", "det", "amod", "nummod", "flat");

  /**
   * The passive without a subject in a subordinate clause, as the impersonal-passive stage says it
   * in a main clause: there + is/was + the gerund, the middle field after it ({@code omdat er in mei
   * wordt gestemd} → because there is voting in May). Only with adverbs and prepositional phrases
   * in the middle field: not with a word of quantity or manner ({@code er wordt hard gewerkt}),
   * an object the analysis missed, or a pointer's preposition ({@code er wordt over gesproken}).
   */
  private void impersonal(Slots s, int e, int f, List<Integer> cluster, int end) {
    int participle = cluster.get(cluster.size() - 1);
    String be = s.english[f];
    if (cluster.size() != 2 || !isParticiple(s.token(participle)) || s.base[participle] == null
        || !("is".equals(be) || "was".equals(be)) || !"there".equals(s.english[e])) {
      return;
    }
    List<Integer> rest = new ArrayList<>();
    for (int k = e + 1; k < end; k++) {
      if (cluster.contains(k)) {
        continue;
      }
      Token t = s.token(k);
      boolean adverb = t.upos() == UPos.ADV && !QUANTITY.contains(s.lower(k));
      boolean inPhrase = IN_PHRASE.contains(t.dependency().baseRelation()) && t.upos() != UPos.ADJ
          && !QUANTITY.contains(s.lower(k)) || t.upos() == UPos.ADP && !PronominalEr.hasNoObject(s, k);
      if (!adverb && !inPhrase || s.origin[k] == null || s.origin[k].contains(PronominalEr.RULE)) {
        return;
      }
      rest.add(k);
    }
    String gerund = ImpersonalPassive.eventNoun(forms, s.base[participle]);
    if (gerund == null || gerund.isEmpty()) {
      return;
    }
    int first = s.order.indexOf(e);
    List<Integer> current = new ArrayList<>();
    for (int k = e; k < end; k++) {
      current.add(k);
    }
    for (int p = 0; p < current.size(); p++) {
      if (first + p >= s.order.size() || !current.contains(s.order.get(first + p))) {
        return; // an ordering stage moved words in or out: leave it
      }
    }
    List<Integer> inOrder = new ArrayList<>(s.order.subList(first, first + current.size()));
    List<Integer> arranged = new ArrayList<>();
    arranged.add(e);
    arranged.add(f);
    for (int k : rest) {
      if (s.lower(k).equals("niet") && "not".equals(s.english[k])) {
        s.english[k] = "no"; // er wordt niet gewerkt → there is no working
        s.origin[k] = s.origin[k] + "+" + RULE;
        arranged.add(k);
      }
    }
    arranged.add(participle);
    for (int k : inOrder) {
      if (rest.contains(k) && !arranged.contains(k)) {
        arranged.add(k);
      }
    }
    s.english[participle] = gerund;
    s.origin[participle] = s.origin[participle] + "+" + RULE;
    for (int p = 0; p < arranged.size(); p++) {
      int k = arranged.get(p);
      if (inOrder.get(p) != k) {
        s.moved[k] = RULE;
      }
      s.order.set(first + p, k);
    }
  }

  /** The finite verb's clause has its subject before it (hij voegde er …), or a nominative pronoun stands there. */
  private static boolean subjectBefore(Slots s, int f) {
    for (Clause c : s.clauses) {
      if (c.finiteVerb() == f && c.subject() >= 0 && c.subject() < f) {
        return true;
      }
    }
    Token before = s.token(f - 1);
    return before.upos() == UPos.PRON && "Nom".equals(before.morphology().feature("Case"));
  }

  /** A word after a noun phrase that would go on with it: a noun, a number, an adjective before a noun, tot between numbers. */
  private static boolean continuesPhrase(Slots s, int k) {
    UPos u = s.token(k).upos();
    if (u == UPos.NOUN || u == UPos.PROPN || u == UPos.NUM || u == UPos.DET || u == UPos.SYM || u == UPos.X) {
      return true;
    }
    if (u == UPos.ADJ) {
      return k + 1 < s.size() && s.token(k + 1).upos() == UPos.NOUN; // not a predicate: iets mis
    }
    return u == UPos.ADP && k + 1 < s.size() && s.token(k + 1).upos() == UPos.NUM && s.token(k - 1).upos() == UPos.NUM;
  }

  /** An adverb English says after the auxiliary (also, not, never), with no sense taken from its neighbour. */
  private static boolean afterAuxiliary(Slots s, int k) {
    return ClauseOrder.AFTER_AUXILIARY.contains(s.lower(k)) && s.token(k).upos() == UPos.ADV && !senseFromNeighbour(s, k);
  }

  /** A sense a context rule gave the word by the word beside it (nog before a number → another). */
  private static boolean senseFromNeighbour(Slots s, int k) {
    String o = s.origin[k];
    return o != null && o.startsWith("glossary:") && o.contains("+");
  }

  /** A word before a noun that belongs to its phrase: an article, a number, an adjective, a quantity, a quotation mark. */
  private static boolean determinerLike(Slots s, int k) {
    Token t = s.token(k);
    UPos u = t.upos();
    return u == UPos.DET || u == UPos.NUM || u == UPos.ADJ || isQuoteMark(t.text())
        || u == UPos.PRON && ("Ind".equals(t.morphology().feature("PronType")) || INDEFINITE_PRONOUNS.contains(s.lower(k)));
  }

  private static boolean hasOpeningQuote(Slots s, List<Integer> phrase) {
    for (int x : phrase) {
      if (isQuoteMark(s.token(x).text()) && x < phrase.get(phrase.size() - 1)) {
        return true;
      }
    }
    return false;
  }

  private static boolean nominal(Slots s, int k) {
    Token t = s.token(k);
    UPos u = t.upos();
    if (u == UPos.NOUN || u == UPos.PROPN || u == UPos.NUM) {
      return true;
    }
    return u == UPos.PRON && INDEFINITE_PRONOUNS.contains(s.lower(k));
  }

  /** The noun has a preposition of its own (in de zaal): it is no subject. */
  private static boolean hasCase(Slots s, int k) {
    for (int c : s.tree().children(k)) {
      if (s.token(c).dependency().baseRelation().equals("case") && c < k) {
        return true;
      }
    }
    return false;
  }

  /** There + be: er says "there" again (a pointer stage may have given it to a preposition), posture is be. */
  private static void there(Slots s, int e, int f, List<Integer> cluster) {
    for (int v : cluster) {
      if (v != f && PerfectWithZijn.isZijn(s, v) && isParticiple(s.token(v))) {
        if (HAVE.containsKey(s.english[f])) {
          s.english[f] = HAVE.get(s.english[f]); // er zijn nooit zoveel toeristen geweest → there have never been so many
          s.origin[f] = s.origin[f] + "+" + RULE;
        }
      }
    }
    if (!"there".equals(s.english[e])) {
      s.english[e] = "there"; // er zitten kosten aan: there … to it, er doing both
      s.origin[e] = s.origin[e] + "+" + RULE;
    }
    for (int v : cluster) {
      if (posture(s, v)) {
        String be = be(s, v);
        if (be != null) {
          s.setVerb(v, be, null, s.origin[v] + "+" + RULE);
        }
      }
    }
  }

  /**
   * A phrase of the verb and a word left behind at the end ({@code over zijn} → "are left" on
   * zijn): with the verb now after there, the words after its first go back to that word (there
   * are only few places left).
   */
  private static void splitPhrase(Slots s, int f, List<Integer> rest) {
    String o = s.origin[f];
    String en = s.english[f];
    if (o == null || !o.startsWith("phrase:") || en == null || !en.contains(" ")) {
      return;
    }
    for (int k : rest) {
      if (o.equals(s.origin[k]) && "".equals(s.english[k])) {
        int cut = en.indexOf(' ');
        s.english[f] = en.substring(0, cut);
        s.english[k] = en.substring(cut + 1);
        s.origin[f] = o + "+" + RULE;
        s.origin[k] = o + "+" + RULE;
        return;
      }
    }
  }

  /** A verb of posture by the tagger's lemma or the analysis's (staat may have the noun's lemma). */
  private static boolean posture(Slots s, int v) {
    return POSTURE.contains(s.lemmaLower(v))
        || POSTURE.contains(s.token(v).morphology().lemma().toLowerCase(java.util.Locale.ROOT));
  }

  /** The phrase entry an origin names (phrase:een besluit nemen), without the rules after it; else null. */
  private static String phrase(String origin) {
    if (origin == null || !origin.startsWith("phrase:")) {
      return null;
    }
    int plus = origin.indexOf('+');
    return plus < 0 ? origin : origin.substring(0, plus);
  }

  /** The form of be for verb {@code v}'s Dutch form. */
  private static String be(Slots s, int v) {
    Token t = s.token(v);
    if (isParticiple(t)) {
      return "been";
    }
    DutchForm form = s.personal(v, DutchForm.of(t.tag()));
    boolean finite = "Fin".equals(t.morphology().feature("VerbForm"));
    String tense = t.morphology().feature("Tense");
    if (finite && tense != null && !(t.tag() != null && t.tag().startsWith("WKW"))) {
      // the tagger read another word class (staat: state): the analysis's features say the form
      boolean plural = "Plur".equals(t.morphology().feature("Number"));
      return tense.equals("Past") ? (plural ? "were" : "was") : plural ? "are" : "is";
    }
    return switch (form) {
      case PRESENT_THIRD -> "is";
      case PRESENT_OTHER -> "am";
      case PRESENT_SECOND -> "are";
      case PAST_SINGULAR -> "was";
      case PAST_PLURAL -> "were";
      case INFINITIVE_OR_PLURAL -> finite ? "are" : "be";
      default -> null;
    };
  }

  /**
   * The English verb forms of the subject-first passive: is/are being + participle for the
   * present of worden, has/have been + participle for the perfect passive with zijn (was, were
   * with a time that is over), has/have + participle for the perfect of a verb that takes zijn.
   * False where the forms are not the ones the earlier stages give (then nothing moves).
   */
  private static boolean passiveForms(Slots s, Kind kind, int f, List<Integer> cluster) {
    if (kind == Kind.ACTIVE) {
      return true; // the verb keeps its own forms: er gebeurt iets → something happens
    }
    int participle = -1;
    for (int v : cluster) {
      if (isParticiple(s.token(v))) {
        participle = v;
      }
    }
    String be = s.english[f];
    String done = participle < 0 ? null : s.english[participle];
    if (participle < 0 || be == null || s.english[participle] == null || s.english[participle].isEmpty()) {
      return false;
    }
    switch (kind) {
      case PASSIVE -> {
        if (be.startsWith("bec") && s.lemmaLower(f).equals("worden")) {
          // the clause order found no passive in a clause it could not use: worden is still "become"
          be = switch (s.personal(f, DutchForm.of(s.token(f).tag()))) {
            case PRESENT_THIRD -> "is";
            case PAST_SINGULAR -> "was";
            case PAST_PLURAL -> "were";
            default -> "are";
          };
          s.english[f] = be;
          s.origin[f] = s.origin[f] + "+" + RULE;
        }
        if (!Set.of("is", "are", "am", "was", "were").contains(be)) {
          return false;
        }
        if (!be.startsWith("w") && !done.startsWith("being ") && !STATIVE.contains(s.lemmaLower(participle))) {
          s.english[participle] = "being " + done; // er wordt … gebouwd → is being built
          s.origin[participle] = s.origin[participle] + "+" + RULE;
        }
      }
      case PERFECT_PASSIVE -> {
        if (HAVE.containsKey(be) && !done.startsWith("been ")) {
          if (PerfectWithZijn.pastTimeIn(s)) {
            s.english[f] = be.equals("is") ? "was" : "were"; // er is gisteren … genomen → was taken yesterday
          } else {
            s.english[f] = HAVE.get(be);
            s.english[participle] = "been " + done;
            s.origin[participle] = s.origin[participle] + "+" + RULE;
          }
          s.origin[f] = s.origin[f] + "+" + RULE;
        } else if (!Set.of("has", "have", "was", "were", "had").contains(be)) {
          return false;
        }
      }
      case PERFECT -> {
        // er waren … gekomen → had come
        if (HAVE.containsKey(be)) {
          s.english[f] = HAVE.get(be); // er zijn twee mannen gekomen → two men have come
          s.origin[f] = s.origin[f] + "+" + RULE;
        } else if (!Set.of("has", "have", "was", "were", "had").contains(be)) {
          return false;
        }
      }
      default -> {
        return false;
      }
    }
    return true;
  }

  /** A subject English can put first with a passive after er: with een, a number, a quantity, no article. */
  private static boolean indefinite(Slots s, List<Integer> subject) {
    for (int k : subject) {
      Token t = s.token(k);
      if (t.upos() == UPos.DET || t.upos() == UPos.PRON && !INDEFINITE_PRONOUNS.contains(s.lower(k))) {
        String definite = t.morphology().feature("Definite");
        if ("Def".equals(definite) || "Dem".equals(t.morphology().feature("PronType"))
            || t.dependency().baseRelation().equals("nmod:poss")) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * A predicate after the pointer's preposition goes before it in English: "to it connected" →
   * "connected to it" (er zitten kosten aan verbonden), "for it needed" → "needed for it".
   */
  private static void predicateBeforePointer(Slots s, List<Integer> arranged) {
    for (int p = 0; p + 1 < arranged.size(); p++) {
      int pointer = arranged.get(p);
      int next = arranged.get(p + 1);
      String o = s.origin[pointer];
      String en = s.english[pointer];
      Token t = s.token(next);
      boolean predicate = t.upos() == UPos.ADJ || isParticiple(t) || "Part".equals(t.morphology().feature("VerbForm"));
      if (o != null && o.contains(PronominalEr.RULE) && en != null
          && (en.endsWith(" it") || en.endsWith(" that") || en.endsWith(" this")) && predicate
          && s.english[next] != null && !s.english[next].isEmpty()
          && (p + 2 >= arranged.size() || s.token(arranged.get(p + 2)).upos() != UPos.NOUN)) {
        arranged.set(p, next);
        arranged.set(p + 1, pointer);
        p++;
      }
    }
  }

  private static int finiteIn(Slots s, int from, int end) {
    for (Clause c : s.clauses) {
      if (c.finiteVerb() >= from && c.finiteVerb() < end && c.marker() == from - 2) {
        return c.finiteVerb();
      }
    }
    for (int k = from; k < end; k++) {
      if (isVerb(s, k) && isFinite(s, k)) {
        return k;
      }
    }
    for (int k = from; k < end; k++) {
      if (finiteBeReading(s, k)) {
        return k; // dat er weinig landen over zijn in Europa: zijn read as the possessive before a preposition
      }
    }
    return -1;
  }

  /**
   * A form of zijn the tagger read otherwise (the possessive) that has a finite reading and no
   * noun or adjective after it, which the possessive would have.
   */
  private static boolean finiteBeReading(Slots s, int k) {
    if (!s.lower(k).equals("zijn") || k + 1 < s.size()
        && (s.token(k + 1).upos() == UPos.NOUN || s.token(k + 1).upos() == UPos.ADJ)) {
      return false;
    }
    for (Token.Reading r : s.token(k).readings()) {
      if (r.tag().startsWith("WKW:TGW")) {
        return true;
      }
    }
    return false;
  }

  /** Relations of a verb inside a noun phrase (snel stijgende prijzen): no verb of the clause. */
  private static final Set<String> INSIDE_PHRASE = Set.of("amod", "nmod", "acl", "nsubj", "obj", "iobj");

  private static boolean isVerb(Slots s, int k) {
    UPos u = s.token(k).upos();
    return (u == UPos.VERB || u == UPos.AUX) && !INSIDE_PHRASE.contains(s.token(k).dependency().baseRelation())
        && !(s.token(k).tag() != null && s.token(k).tag().startsWith("WKW:OTD"));
  }

  private static boolean isFinite(Slots s, int k) {
    Token t = s.token(k);
    if (t.upos() != UPos.VERB && t.upos() != UPos.AUX) {
      return false;
    }
    if ("Fin".equals(t.morphology().feature("VerbForm"))) {
      return true;
    }
    for (Clause c : s.clauses) {
      if (c.finiteVerb() == k) {
        return true;
      }
    }
    return false;
  }

  /** A participle of a state after zijn (verbonden, gelegen) is the predicate, not the verb of a passive. */
  private static boolean predicate(Slots s, int k) {
    return isParticiple(s.token(k)) && PerfectWithZijn.STATES.contains(s.lower(k));
  }

  /** A past participle (not the present one: stijgende). */
  private static boolean isParticiple(Token t) {
    if (t.tag() != null && t.tag().startsWith("WKW:OTD") || "Pres".equals(t.morphology().feature("Tense"))) {
      return false;
    }
    return "Part".equals(t.morphology().feature("VerbForm")) || t.tag() != null && t.tag().startsWith("WKW:VTD");
  }

  private static boolean isQuoteMark(String p) {
    return p.equals("'") || p.equals("\"") || p.equals("‘") || p.equals("’") || p.equals("“") || p.equals("”")
        || p.equals(",,") || p.equals("''") || p.equals("„");
  }
}
