package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.parser.Clause;
import io.nlbrief.parser.Token;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * The Dutch perfect with a time that is over is the English simple past: English cannot say
 * "has" with yesterday, last week, on Friday, in 2010 or two years ago ({@code hij heeft gisteren
 * een auto gekocht} → he bought a car yesterday; {@code zij is vorige week vertrokken} → she left
 * last week), where Dutch says the perfect as often as not. The auxiliary (hebben, or zijn whose
 * "has" the perfect-with-zijn stage set) says nothing and the participle takes the past; negated,
 * the auxiliary is "did" and the verb its base form ({@code heeft gisteren niet gewerkt} → did not
 * work yesterday); the perfect of the passive is the simple past of the passive (has been
 * published on Thursday → was published on Thursday). The time is a word of the participle's own phrases (not of a clause inside
 * it); with {@code sinds}, {@code al}, {@code ooit} or {@code nooit} the perfect stays (has not won
 * since 1993). Runs after the clause order, on a clause of one auxiliary and one participle.
 */
final class PastTimePerfect implements Stage {
  static final String RULE = "past-time-perfect";

  /** Words of a time that is over. */
  private static final Set<String> PAST_TIMES = Set.of(
      "gisteren", "eergisteren", "gisteravond", "gisterochtend", "gistermiddag", "gisternacht", "vorige", "vorig",
      "geleden", "destijds", "toen", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
      "maandagavond", "dinsdagavond", "woensdagavond", "donderdagavond", "vrijdagavond", "zaterdagavond",
      "zondagavond", "maandagochtend", "dinsdagochtend", "woensdagochtend", "donderdagochtend", "vrijdagochtend",
      "zaterdagochtend", "zondagochtend");
  /** Words with which English keeps the perfect: since, already, ever, never, yet, so far. */
  private static final Set<String> PERFECT_TIMES = Set.of(
      "sinds", "sindsdien", "al", "ooit", "nooit", "nog", "inmiddels", "tot nu toe", "intussen", "altijd", "vaak", "net",
      "zojuist", "onlangs");
  /** Relations under which a clause of its own begins: its times are not the participle's. */
  private static final Set<String> CLAUSAL = Set.of("ccomp", "advcl", "acl", "conj", "parataxis", "xcomp", "csubj");
  private static final Set<String> HAVE = Set.of("has", "have");

  private final EnglishForms forms;

  PastTimePerfect(EnglishForms forms) {
    this.forms = forms;
  }

  @Override
  public String name() {
    return RULE;
  }

  @Override
  public void apply(Slots s) {
    for (Clause c : s.clauses) {
      int f = c.finiteVerb();
      int p = c.head();
      if (f < 0 || f >= s.size() || p < 0 || p >= s.size() || f == p || c.verbCluster().size() != 2
          || !c.verbCluster().contains(p) || !HAVE.contains(s.english[f]) || !isParticiple(s.token(p))
          || s.base[p] == null || s.english[p] == null || s.english[p].isEmpty()) {
        continue;
      }
      String lemma = s.lemmaLower(f);
      if (!(lemma.equals("hebben") || lemma.equals("zijn")) || !"Pres".equals(s.token(f).morphology().feature("Tense"))) {
        continue;
      }
      int niet = pastTime(s, p, f);
      if (niet == -2) {
        continue;
      }
      if (s.english[p].startsWith("been ")) {
        // the perfect of the passive: is gisteren gepubliceerd → has been published → was published
        s.english[f] = s.english[f].equals("has") ? "was" : "were";
        s.english[p] = s.english[p].substring("been ".length());
      } else if (niet >= 0) {
        s.english[f] = "did"; // heeft gisteren niet gewerkt → did not work yesterday
        s.english[p] = s.base[p];
      } else {
        s.english[f] = "";
        s.english[p] = forms.past(s.base[p]);
      }
      s.origin[f] = s.origin[f] + "+" + RULE;
      s.origin[p] = s.origin[p] + "+" + RULE;
    }
  }

  /**
   * Whether the phrases of participle {@code p} (and of the auxiliary) name a time that is over and
   * none that keeps the perfect: -2 if not, else the token of niet among them or -1.
   */
  private static int pastTime(Slots s, int p, int f) {
    boolean past = false;
    int niet = -1;
    Deque<Integer> todo = new ArrayDeque<>(s.tree().children(p));
    todo.addAll(s.tree().children(f));
    while (!todo.isEmpty()) {
      int k = todo.pop();
      if (k == f || CLAUSAL.contains(s.token(k).dependency().baseRelation())) {
        continue;
      }
      String w = s.lower(k);
      if (PERFECT_TIMES.contains(w)) {
        return -2;
      }
      if (w.equals("niet") && "not".equals(s.english[k])) {
        niet = k;
      } else if (w.equals("geen") || w.equals("nooit")) {
        return -2; // heeft gisteren geen brood gekocht: the rendering has no "not" to put did before
      }
      past |= PAST_TIMES.contains(w) || "date".equals(s.origin[k]) || w.matches("(1[89]|20)[0-9]{2}")
          && hasChild(s, k, "in");
      todo.addAll(s.tree().children(k));
    }
    return past ? niet : -2;
  }

  private static boolean hasChild(Slots s, int k, String word) {
    for (int c : s.tree().children(k)) {
      if (s.lower(c).equals(word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isParticiple(Token t) {
    return t.tag() != null && t.tag().startsWith("WKW:VTD") || "Part".equals(t.morphology().feature("VerbForm"));
  }
}
