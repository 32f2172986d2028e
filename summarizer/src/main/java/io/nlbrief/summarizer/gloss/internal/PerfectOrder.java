package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.parser.Token;
import io.nlbrief.parser.UPos;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The perfect where the analysis did not make one verb cluster of the auxiliary and its
 * participle, so that the clause order left them as Dutch has them. Runs after the clause order.
 *
 * <ul>
 *   <li>Closing a verb-final clause, a participle followed by its auxiliary ({@code dat de
 *       winkels verdwenen zijn}, {@code dat hij het gezien had}): the auxiliary first in English
 *       (that the shops have disappeared, that he had seen it); {@code zijn} with the participle of
 *       a verb whose perfect takes zijn is have/has/had; so does the perfect of the passive the
 *       perfect-with-zijn stage made ({@code dat de toegang beperkt is} → that access has been
 *       limited). Not under a modal (the perfect infinitive
 *       is the perfect-infinitive stage's).
 *   <li>In a main clause, a finite {@code zijn} and closing its stretch {@code geweest}, the
 *       participle of zijn itself, with no verb between ({@code Zij zijn daar nooit geweest}):
 *       have/has/had, and been right after it and the adverbs English puts after the auxiliary
 *       (They have never been there).
 * </ul>
 */
final class PerfectOrder implements Stage {
  static final String RULE = "perfect-order";

  private static final Map<String, String> HAVE = Map.of(
      "is", "has", "are", "have", "am", "have", "was", "had", "were", "had", "be", "have");
  private final EnglishForms forms;

  PerfectOrder(EnglishForms forms) {
    this.forms = forms;
  }

  @Override
  public String name() {
    return RULE;
  }

  @Override
  public void apply(Slots s) {
    if (s.isQuestion()) {
      return;
    }
    for (int a = 1; a < s.size(); a++) {
      int p = a - 1;
      if (closesClause(s, a) && isAuxiliary(s, a) && participle(s, p) != null && !modalBefore(s, p)) {
        auxiliaryFirst(s, p, a);
      }
    }
    for (int be = 2; be < s.size(); be++) {
      boolean verbNext = be + 1 < s.size() && (s.token(be + 1).upos() == UPos.AUX || s.token(be + 1).upos() == UPos.VERB);
      if (s.lower(be).equals("worden") && "be".equals(s.english[be]) && (closesClause(s, be) || verbNext)) {
        participleAfterBe(s, be);
      }
    }
    for (int p = 2; p < s.size(); p++) {
      if (s.lower(p).equals("geweest") && closesClause(s, p) && s.moved[p] == null) {
        beenAfterHave(s, p);
      }
    }
  }

  /** The word after {@code k} ends the clause: punctuation, the end, a conjunction or a clause's opening word. */
  private static boolean closesClause(Slots s, int k) {
    if (k + 1 >= s.size()) {
      return true;
    }
    Token next = s.token(k + 1);
    return s.endsStretch(k + 1) || next.upos() == UPos.CCONJ || next.upos() == UPos.SCONJ;
  }

  private static boolean isAuxiliary(Slots s, int a) {
    String rel = s.token(a).dependency().baseRelation();
    boolean verb = s.token(a).upos() == UPos.AUX || s.token(a).upos() == UPos.VERB || rel.equals("aux");
    return verb && (PerfectWithZijn.isZijn(s, a) && !s.lower(a).equals("geweest") || s.lemmaLower(a).equals("hebben"))
        && s.english[a] != null && !s.english[a].isEmpty() && !s.english[a].contains(" ");
  }

  /** The tagger's participle reading of {@code p}, or null. */
  private static Token.Reading participle(Slots s, int p) {
    Token t = s.token(p);
    boolean been = s.english[p] != null && s.english[p].startsWith("been ") && s.english[p].indexOf(' ', 5) < 0;
    if (s.english[p] == null || s.english[p].isEmpty() || s.english[p].contains(" ") && !been || s.base[p] == null
        || p > 0 && s.token(p - 1).upos() == UPos.DET) {
      return null; // (been …: the perfect of the passive the perfect-with-zijn stage made)
    }
    for (Token.Reading r : t.readings()) {
      if (r.tag().startsWith("WKW:VTD")) {
        return r;
      }
    }
    return null;
  }

  private static boolean modalBefore(Slots s, int p) {
    for (int k = p - 1; k >= 0 && !s.endsStretch(k + 1); k--) {
      if (PerfectInfinitive.MODALS.contains(s.lower(k))) {
        return true;
      }
    }
    return false;
  }

  private void auxiliaryFirst(Slots s, int p, int a) {
    if (s.order.indexOf(p) > s.order.indexOf(a)) {
      return; // the clause order already put them right
    }
    boolean zijn = PerfectWithZijn.isZijn(s, a);
    String lemma = participle(s, p).lemma().toLowerCase(java.util.Locale.ROOT);
    boolean passive = s.english[p].startsWith("been ");
    if (zijn && !PerfectWithZijn.takesZijn(lemma) && !passive) {
      return; // zijn with another verb's participle: the passive, the perfect-with-zijn stage's
    }
    if (zijn && !passive) {
      String have = HAVE.containsValue(s.english[a]) ? s.english[a] : HAVE.get(s.english[a]);
      if (have == null) {
        return;
      }
      s.english[a] = have;
    }
    // verdwenen, read as the past: disappeared, came → come; the passive's been stays before it
    s.english[p] = (passive ? "been " : "") + forms.pastParticiple(s.base[p]);
    s.origin[a] = s.origin[a] + "+" + RULE;
    s.order.remove(Integer.valueOf(a));
    int predicate = s.lower(p).equals("geweest") ? predicateBefore(s, p) : -1;
    if (predicate >= 0 && s.order.indexOf(predicate) < s.order.indexOf(p)) {
      // dat hij erg ziek geweest is → that he has been very ill: the predicate after been
      s.order.remove(Integer.valueOf(p));
      int at = s.order.indexOf(predicate);
      s.order.add(at, p);
      s.order.add(at, a);
      s.moved[p] = RULE;
    } else {
      s.order.add(s.order.indexOf(p), a);
    }
    s.moved[a] = RULE;
  }

  /**
   * The first word of the predicate right before {@code geweest}: an adjective with the adverbs
   * and adjectives before it (erg ziek), or a noun phrase that ends there (een grote fout); or -1.
   */
  private static int predicateBefore(Slots s, int p) {
    int k = p - 1;
    Token t = s.token(k);
    if (t.upos() == UPos.ADJ) {
      while (k > 0 && (s.token(k - 1).upos() == UPos.ADV || s.token(k - 1).upos() == UPos.ADJ) && !s.endsStretch(k - 1)
          && !s.endsStretch(k)) {
        k--;
      }
      return k;
    }
    if (t.upos() == UPos.NOUN) {
      int noun = k;
      List<Integer> phrase = new ArrayList<>(s.tree().subtree(noun));
      phrase.removeIf(x -> x >= p); // the copula and the auxiliary the analysis may hang on the noun
      long determiners = phrase.stream().filter(x -> s.token(x).upos() == UPos.DET).count();
      boolean pronoun = phrase.stream().anyMatch(x -> s.token(x).upos() == UPos.PRON
          || s.token(x).dependency().baseRelation().startsWith("nsubj") && x != noun);
      if (ClauseTree.contiguous(phrase) && phrase.get(phrase.size() - 1) == k && determiners <= 1
          && !pronoun) {
        return phrase.get(0); // not het een fout: the subject the analysis took in is no part of it
      }
    }
    return -1;
  }

  /**
   * A participle before the modals and the infinitive worden that close a clause ({@code die
   * gebouwd moet worden}, {@code dat de brug gebouwd zal worden}) goes after be in English (that
   * has to be built, will be built tomorrow), right after be, where the clause order left it before
   * them or after the middle field.
   */
  private static void participleAfterBe(Slots s, int be) {
    int k = be - 1;
    while (k > 0 && PerfectInfinitive.MODALS.contains(s.lower(k))) {
      k--;
    }
    if (k == be - 1 || participle(s, k) == null && !"Part".equals(s.token(k).morphology().feature("VerbForm"))
        || s.english[k] == null || s.english[k].isEmpty() || s.order.indexOf(k) == s.order.indexOf(be) + 1) {
      return; // (the middle field the clause order left between be and the participle goes after it: will be built tomorrow)
    }
    s.order.remove(Integer.valueOf(k));
    s.order.add(s.order.indexOf(be) + 1, k);
    s.moved[k] = RULE;
  }

  /** Finite zijn … geweest → have been, with the adverbs English puts after the auxiliary between. */
  private static void beenAfterHave(Slots s, int p) {
    int f = -1;
    for (int k = p - 1; k >= 0 && !s.endsStretch(k + 1); k--) {
      UPos u = s.token(k).upos();
      if (PerfectWithZijn.isZijn(s, k) && HAVE.containsKey(s.english[k]) && !s.english[k].equals("be")) {
        f = k;
        break;
      }
      if (u == UPos.VERB || u == UPos.AUX || s.opensClause(k)) {
        return;
      }
    }
    if (f < 0 || s.order.indexOf(f) > s.order.indexOf(p)) {
      return;
    }
    s.english[f] = HAVE.get(s.english[f]);
    s.origin[f] = s.origin[f] + "+" + RULE;
    List<Integer> block = new ArrayList<>();
    for (int q = s.order.indexOf(f) + 1; q < s.order.indexOf(p); q++) {
      int k = s.order.get(q);
      if (ClauseOrder.AFTER_AUXILIARY.contains(s.lower(k)) || s.lower(k).equals("wel")) { // has never been, has also been
        block.add(k);
      }
    }
    block.add(p);
    for (int k : block) {
      s.order.remove(Integer.valueOf(k));
    }
    s.order.addAll(s.order.indexOf(f) + 1, block);
    for (int k : block) {
      s.moved[k] = RULE;
    }
  }
}
