package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.parser.Clause;
import io.nlbrief.parser.Token;
import io.nlbrief.parser.UPos;
import java.util.Set;

/**
 * The passive with {@code er} or without a subject, which English says otherwise. Runs after the
 * clause order, which put the participle beside its finite {@code worden}.
 *
 * <ul>
 *   <li>Without a subject (the impersonal passive of a verb with no object: {@code er wordt
 *       gedanst}, {@code in de zaal wordt gerookt}) English has no passive: "there is" + the
 *       gerund (There is dancing; In the hall there is smoking; {@code wordt er niet gewerkt} →
 *       there is no working). Not where an adjective of manner goes with the verb ({@code er wordt
 *       hard gewerkt}), which a gerund cannot take.
 * </ul>
 *
 * With {@code er} and an indefinite subject ({@code er wordt een huis gebouwd}) the passive is
 * the existential-er stage's: a house is being built.
 */
final class ImpersonalPassive implements Stage {
  static final String RULE = "impersonal-passive";
  private static final Set<String> BE = Set.of("is", "are", "am", "was", "were");
  private static final Set<String> CORE = Set.of("nsubj", "obj", "iobj", "csubj", "ccomp", "xcomp");

  private final EnglishForms forms;

  ImpersonalPassive(EnglishForms forms) {
    this.forms = forms;
  }

  @Override
  public String name() {
    return RULE;
  }

  @Override
  public void apply(Slots s) {
    if (s.isQuestion()) {
      return; // a question keeps its order (wordt er gedanst?)
    }
    for (Clause c : s.clauses) {
      underModal(s, c);
    }
    for (Clause c : s.clauses) {
      int f = c.finiteVerb();
      int p = c.head();
      if (f < 0 || p < 0 || f >= s.size() || p >= s.size() || f == p || !s.lemmaLower(f).equals("worden")
          || !BE.contains(s.english[f]) || !isParticiple(s.token(p)) || s.base[p] == null || p < f) {
        continue;
      }
      int nominal = coreNominal(s, f, p);
      int subject = c.subject() >= 0 && timePhrase(s, c.subject()) ? -1 : c.subject();
      if (subject < 0 && nominal >= 0 && timePhrase(s, nominal)) {
        nominal = -1; // er werd de hele nacht gezongen: the analysis took the time for the subject
      }
      boolean er = f > 0 && s.lower(f - 1).equals("er") || f + 1 < s.size() && s.lower(f + 1).equals("er");
      if (subject < 0 && nominal < 0 && (!er && c.type() != Clause.Type.MAIN || possibleSubject(s, c, f, p)
          || !plainMiddleField(s, c, f, p))) {
        continue; // a noun phrase the analysis hung elsewhere may be the subject, or the relative pronoun is: no guessing
      }
      if (subject < 0 && nominal < 0 && thatClauseAfter(s, p)) {
        itIsSaid(s, f, p);
      } else if (subject < 0 && nominal < 0) {
        noSubject(s, c, f, p);
      }
    }
  }

  /**
   * Whether a noun or pronoun of the clause, from its start to the participle, can be its subject:
   * one that is no object of a preposition (in de zaal) nor a time (de hele nacht).
   */
  private static boolean possibleSubject(Slots s, Clause c, int f, int p) {
    int start = c.marker() >= 0 && c.marker() < f ? c.marker() + 1 : f;
    if (c.marker() < 0) {
      while (start > 0 && !s.endsStretch(start - 1) && !s.endsStretch(start)) {
        start--;
      }
    }
    for (int k = start; k < p; k++) {
      Token t = s.token(k);
      boolean nominal = t.upos() == UPos.NOUN || t.upos() == UPos.PROPN || t.upos() == UPos.PRON;
      String rel = t.dependency().baseRelation();
      if (nominal && !s.lower(k).equals("er") && !rel.equals("obl") && !rel.equals("nmod") && !timePhrase(s, k)
          && !insideTime(s, k)) {
        return true;
      }
    }
    return false;
  }

  /** A word of a time phrase (hele in de hele nacht is no noun, but its head may be one). */
  private static boolean insideTime(Slots s, int k) {
    int h = s.token(k).dependency().head();
    return h >= 0 && h < s.size() && timePhrase(s, h);
  }

  private static final java.util.regex.Pattern ATE_VERB = java.util.regex.Pattern.compile("[a-z]{4,}ate");

  /**
   * What English says after "there is" for the verb of a passive without a subject: a verb in -ate
   * its noun in -ation (there is cooperation, negotiation; not cooperating), any other the gerund
   * (there is dancing, smoking).
   */
  static String eventNoun(EnglishForms forms, String base) {
    if (base != null && ATE_VERB.matcher(base).matches()) {
      return base.substring(0, base.length() - 1) + "ion";
    }
    return forms.presentParticiple(base);
  }

  private static final Set<String> MODALS = Set.of(
      "kan", "kunnen", "kon", "konden", "moet", "moeten", "moest", "moesten", "mag", "mogen", "mocht", "mochten",
      "zal", "zullen", "zou", "zouden");
  /** Words of quantity that say how much is done (er wordt veel gepraat): a gerund does not take them. */
  private static final Set<String> QUANTITY = Set.of("veel", "weinig", "meer", "minder", "zoveel", "genoeg");

  /**
   * Between the finite verb and the participle only adverbs, er and prepositional phrases (not a
   * particle, a stranded preposition or a word of quantity the gerund cannot take).
   */
  private static boolean plainMiddleField(Slots s, Clause c, int f, int p) {
    if (!c.particles().isEmpty()) {
      return false;
    }
    for (int k = Math.min(f, p) + 1; k < Math.max(f, p); k++) {
      Token t = s.token(k);
      String rel = t.dependency().relation();
      if (QUANTITY.contains(s.lower(k)) || rel.equals("compound:prt")) {
        return false;
      }
      boolean adverb = t.upos() == UPos.ADV;
      boolean inPhrase = rel.equals("case") || rel.startsWith("obl") || rel.startsWith("nmod") || rel.equals("det")
          || rel.equals("amod") || rel.equals("nummod") || rel.equals("flat");
      if (!adverb && !inPhrase && !timePhrase(s, k) && !insideTime(s, k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Er kan gedanst worden → there can be dancing: a modal, no subject, and worden after the
   * participle closing a main clause; be and the gerund go right after the modal.
   */
  private void underModal(Slots s, Clause c) {
    int f = c.finiteVerb();
    int p = c.head();
    if (c.type() != Clause.Type.MAIN || f < 1 || p < 0 || p >= s.size() || p <= f || !MODALS.contains(s.lower(f))
        || c.subject() >= 0 || !isParticiple(s.token(p)) || s.base[p] == null || p + 1 >= s.size()
        || !s.lower(p + 1).equals("worden") || !"be".equals(s.english[p + 1]) || coreNominal(s, f, p) >= 0
        || possibleSubject(s, c, f, p) || !plainMiddleField(s, c, f, p)) {
      return;
    }
    int w = p + 1;
    for (int k : s.tree().children(p)) {
      if (s.token(k).upos() == UPos.ADJ && s.token(k).dependency().baseRelation().equals("advmod")) {
        return; // er moet hard gewerkt worden: no adverb of manner before a gerund
      }
    }
    String gerund = eventNoun(forms, s.base[p]);
    if (gerund == null || gerund.isEmpty()) {
      return;
    }
    boolean er = s.lower(f - 1).equals("er") && "there".equals(s.english[f - 1])
        || f + 1 < s.size() && s.lower(f + 1).equals("er") && "there".equals(s.english[f + 1]);
    if (!er) {
      s.english[f] = "there " + s.english[f]; // hier kan gerookt worden → here there can be smoking
    } else if (s.lower(f + 1).equals("er")) {
      s.order.remove(Integer.valueOf(f + 1)); // kan er gedanst worden → there can be dancing
      s.order.add(s.order.indexOf(f), f + 1);
      s.moved[f + 1] = RULE;
    }
    s.english[p] = gerund;
    s.origin[p] = s.origin[p] + "+" + RULE;
    s.origin[f] = s.origin[f] + "+" + RULE;
    s.order.remove(Integer.valueOf(w));
    s.order.remove(Integer.valueOf(p));
    int at = s.order.indexOf(f) + 1;
    s.order.add(at, p);
    s.order.add(at, w);
    s.moved[w] = RULE;
    s.moved[p] = RULE;
  }

  /** Nouns of a length of time: with an article or adjective they are an adverbial (de hele nacht, elke dag). */
  private static final Set<String> TIME_NOUNS = Set.of(
      "dag", "nacht", "week", "maand", "jaar", "avond", "ochtend", "middag", "morgen", "uur", "minuut", "weekend",
      "eeuw", "seizoen", "dagen", "nachten", "weken", "maanden", "jaren", "avonden", "uren", "minuten", "weekenden");

  static boolean timePhrase(Slots s, int k) {
    return TIME_NOUNS.contains(s.lower(k)) && s.token(k).upos() == UPos.NOUN;
  }

  /** A clause with dat or of straight after the participle: it is what is said or asked. */
  private static boolean thatClauseAfter(Slots s, int p) {
    int k = p + 1;
    while (k < s.size() && s.token(k).text().equals(",")) {
      k++;
    }
    return k < s.size() && (s.lower(k).equals("dat") || s.lower(k).equals("of")) && s.opensClause(k);
  }

  /**
   * Er wordt gezegd dat … → it is said that …: English says the passive of saying and thinking
   * with the dummy it for the clause.
   */
  private static void itIsSaid(Slots s, int f, int p) {
    int er = -1;
    for (int k = Math.max(0, f - 1); k <= Math.min(s.size() - 1, f + 1); k++) {
      if (s.lower(k).equals("er") && "there".equals(s.english[k])) {
        er = k;
      }
    }
    if (er >= 0) {
      s.english[er] = "it";
      s.origin[er] = s.origin[er] + "+" + RULE;
      if (s.order.indexOf(er) > s.order.indexOf(f)) {
        s.order.remove(Integer.valueOf(er));
        s.order.add(s.order.indexOf(f), er);
        s.moved[er] = RULE;
      }
    } else if (f > 0 && !s.isBreak(f - 1)) {
      s.english[f] = "it " + s.english[f]; // daarom wordt gezegd dat … → therefore it is said that …
      s.origin[f] = s.origin[f] + "+" + RULE;
    }
  }

  /** There is + gerund, "there" from the clause's er or added to the verb. */
  private void noSubject(Slots s, Clause c, int f, int p) {
    for (int k : s.tree().children(p)) {
      Token t = s.token(k);
      if (t.upos() == UPos.ADJ && t.dependency().baseRelation().equals("advmod")) {
        return; // er wordt hard gewerkt: a gerund takes no adverb of manner before it
      }
    }
    String be = s.english[f];
    if (!be.equals("is") && !be.equals("was")) {
      return; // worden, werden without a subject is still singular in English: leave a plural alone
    }
    int er = -1;
    for (int k = Math.max(0, f - 1); k <= Math.min(s.size() - 1, f + 1); k++) {
      if (s.lower(k).equals("er") && "there".equals(s.english[k])) {
        er = k;
      }
    }
    String gerund = eventNoun(forms, s.base[p]);
    if (gerund == null || gerund.isEmpty()) {
      return;
    }
    s.english[p] = gerund;
    s.origin[p] = s.origin[p] + "+" + RULE;
    if (er < 0) {
      s.english[f] = "there " + be; // ook hier wordt gewerkt → also here there is working
      s.origin[f] = s.origin[f] + "+" + RULE;
    } else if (s.order.indexOf(er) > s.order.indexOf(f)) {
      s.order.remove(Integer.valueOf(er)); // wordt er gewerkt → there is working
      s.order.add(s.order.indexOf(f), er);
      s.moved[er] = RULE;
    }
    int before = previousWithEnglish(s, p);
    if (before >= 0 && s.lower(before).equals("niet") && "not".equals(s.english[before])) {
      s.english[before] = "no"; // er wordt niet gewerkt → there is no working
      s.origin[before] = s.origin[before] + "+" + RULE;
    }
  }

  /**
   * A noun phrase or pronoun the participle or its auxiliary takes as subject or object (the
   * analysis calls the subject of a passive after its verb now one, now the other), or -1.
   */
  private static int coreNominal(Slots s, int f, int p) {
    for (int h : new int[] {p, f}) {
      for (int k : s.tree().children(h)) {
        Token t = s.token(k);
        if (CORE.contains(t.dependency().baseRelation()) && !s.lower(k).equals("er")
            && (t.upos() == UPos.NOUN || t.upos() == UPos.PROPN || t.upos() == UPos.PRON || t.upos() == UPos.NUM)) {
          return k;
        }
        if (CORE.contains(t.dependency().baseRelation()) && t.upos() != UPos.ADV) {
          return k; // a clause or anything else as subject or object: not impersonal
        }
      }
    }
    return -1;
  }

  private static int previousWithEnglish(Slots s, int k) {
    int p = s.order.indexOf(k);
    for (int q = p - 1; q >= 0; q--) {
      int t = s.order.get(q);
      if (s.english[t] != null && !s.english[t].isEmpty()) {
        return t;
      }
    }
    return -1;
  }

  private static boolean isParticiple(Token t) {
    return "Part".equals(t.morphology().feature("VerbForm")) || t.tag() != null && t.tag().startsWith("WKW:VTD");
  }
}
