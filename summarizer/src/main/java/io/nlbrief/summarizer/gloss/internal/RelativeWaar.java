package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.parser.Token;
import io.nlbrief.parser.UPos;
import io.nlbrief.summarizer.gloss.GlossEntry;
import io.nlbrief.summarizer.gloss.GlossPos;
import io.nlbrief.summarizer.gloss.Glossary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The relative {@code waar} with its preposition, which Dutch may leave at the end of the clause
 * ({@code de zaak waar hij over sprak}, {@code het mes waar ze mee sneed}): English says the
 * preposition with "which" (for a person "whom") where {@code waar} stands, and nothing where the
 * preposition stood — the matter about which he spoke, the knife with which she cut, the woman
 * whom he married (trouwen met: marry). This pied-piped form is the one the glossary's joined
 * forms already have ({@code waarover} → about which), so both read alike. The preposition's
 * English is the collocation's of a word of the clause ({@code verantwoordelijk voor} →
 * responsible for, {@code spreken over} → speak about), else the preposition's own. The joined
 * forms take "whom" after a person ({@code de man waarmee ik sprak} → the man with whom I spoke)
 * and a collocation's preposition where the clause has one ({@code waarnaar hij zocht} → for
 * which he looked). Only after an antecedent (a noun, a name, a pronoun such as iets or alles):
 * {@code waar} of place keeps "where" (de stad waar ik woon), and questions and indirect questions
 * (ik weet niet waar hij over sprak) are left alone. Stateless.
 */
final class RelativeWaar implements Stage {
  static final String RULE = "relative-waar";

  /** The prepositions whose Dutch form joined to waar differs from their own (waarmee: met). */
  private static final Map<String, String> PREPOSITION_OF = Map.of("mee", "met", "toe", "tot");
  /** Joined forms whose English is no preposition + which (waarom → why, waardoor → as a result of which). */
  private static final Set<String> NOT_PREPOSITIONAL = Set.of("waarom", "waardoor", "waarna", "waarbij");

  private final Glossary glossary;
  private final GovernedPrepositions governed;

  RelativeWaar(Glossary glossary, GovernedPrepositions governed) {
    this.glossary = glossary;
    this.governed = governed;
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
    for (int i = 1; i < s.size(); i++) {
      String w = s.lower(i);
      if (!PronominalEr.glossed(s, i)) {
        continue;
      }
      int antecedent = antecedent(s, i);
      if (antecedent < 0) {
        continue;
      }
      String pronoun = isPerson(s, antecedent) ? "whom" : "which";
      if (w.equals("waar") && ("where".equals(s.english[i]) || s.token(i).upos() == UPos.ADV)) {
        stranded(s, i, pronoun);
      } else if (w.startsWith("waar") && !NOT_PREPOSITIONAL.contains(w)
          && PronominalEr.STRANDED.contains(w.substring(4))) {
        joined(s, i, w.substring(4), pronoun);
      }
    }
  }

  /** waar … P: P's English with which or whom on waar, nothing on P. */
  private void stranded(Slots s, int i, String pronoun) {
    int p = -1;
    for (int k = i + 1; k < s.size() && !s.endsStretch(k) && p < 0; k++) {
      // past a preposition with its own object (de foto waar zij op de markt naar keek) to the stranded one
      if (PronominalEr.STRANDED.contains(s.lower(k)) && (PronominalEr.glossed(s, k) || PronominalEr.carrier(s, k) >= 0)
          && PronominalEr.hasNoObject(s, k)) {
        p = k;
      }
    }
    if (p < 0) {
      if (!"where".equals(s.english[i]) && s.opensClause(i)) {
        set(s, i, "where"); // the analysis's adverb opening the clause, whatever word class the tagger gave it
      }
      return; // waar of place: de stad waar ik woon
    }
    String english;
    int carrier = PronominalEr.glossed(s, p) ? p : PronominalEr.carrier(s, p);
    if (carrier != p) {
      // a phrase ending in the preposition (verantwoordelijk voor → responsible for): its last word
      String e = s.english[carrier];
      int cut = e.lastIndexOf(' ');
      english = e.substring(cut + 1);
      s.english[carrier] = e.substring(0, cut);
      s.origin[carrier] = s.origin[carrier] + "+" + RULE;
    } else {
      english = governedEnglish(s, i, p, dutchPreposition(s, p));
      if (english == null) {
        english = ownEnglish(dutchPreposition(s, p));
      }
      if (english == null) {
        return;
      }
      s.english[p] = "";
      s.origin[p] = s.origin[p] + "+" + RULE;
    }
    set(s, i, english.isEmpty() ? pronoun : english + " " + pronoun);
  }

  /** waarover, waarmee …: a collocation's preposition where the clause has one, whom after a person. */
  private void joined(Slots s, int i, String suffix, String pronoun) {
    String preposition = PREPOSITION_OF.getOrDefault(suffix, suffix);
    String english = governedEnglish(s, i, -1, preposition);
    if (english != null) {
      set(s, i, english.isEmpty() ? pronoun : english + " " + pronoun);
    } else if (pronoun.equals("whom") && s.english[i].endsWith(" which")) {
      set(s, i, s.english[i].substring(0, s.english[i].length() - "which".length()) + "whom");
    }
  }

  /**
   * The English preposition of a collocation of {@code preposition} with a word of the relative
   * clause: an adjective, noun or verb between waar and the preposition, nearest first, then the
   * clause's verbs after it. With {@code p} the collocation's English goes on the head and the
   * preposition (as the governed-preposition stage gives it) and is taken off the preposition;
   * "" where English has none (trouwen met → marry). Null without a collocation.
   */
  private String governedEnglish(Slots s, int i, int p, String preposition) {
    List<Integer> heads = new ArrayList<>();
    int end = i + 1;
    while (end < s.size() && !s.endsStretch(end)) {
      end++;
    }
    int last = p >= 0 ? p : end;
    for (int k = last - 1; k > i; k--) {
      UPos u = s.token(k).upos();
      if (u == UPos.ADJ || u == UPos.VERB || u == UPos.NOUN || u == UPos.AUX) {
        heads.add(k);
      }
    }
    for (int k = last + 1; k < end; k++) {
      if (s.token(k).upos() == UPos.VERB || s.token(k).upos() == UPos.AUX) {
        heads.add(k);
      }
    }
    for (int h : heads) {
      if (!PronominalEr.glossed(s, h) && (s.origin[h] == null || !s.origin[h].startsWith("separable:"))) {
        continue;
      }
      Optional<GlossEntry> e = glossary.lookup(s.lemmaLower(h) + " " + preposition, GlossPos.PHRASE);
      if (e.isEmpty()) {
        e = governed.collocation(s, h, preposition); // with a particle joined to the verb, or the analysis's lemma
      }
      if (e.isEmpty()) {
        continue;
      }
      if (p < 0) {
        String english = e.get().first();
        int cut = english.lastIndexOf(' ');
        String tail = cut < 0 ? "" : english.substring(cut + 1);
        return Set.of("of", "for", "to", "on", "at", "in", "about", "with", "from", "into", "by", "against")
            .contains(tail) ? tail : null; // a joined form keeps the glossary's English otherwise
      }
      governed.apply(s, h, p, e.get());
      return s.english[p];
    }
    return null;
  }

  /** The preposition's own English, the first of its entry as a preposition. */
  private String ownEnglish(String preposition) {
    return glossary.lookup(preposition, GlossPos.PREP).map(GlossEntry::first).orElse(null);
  }

  private static String dutchPreposition(Slots s, int p) {
    return PREPOSITION_OF.getOrDefault(s.lower(p), s.lower(p));
  }

  /**
   * The word the relative clause of {@code waar} says something about: the noun, name or
   * pronoun of a thing (iets, alles, niets) just before it or its comma, or the word the analysis
   * hangs the clause on (acl:relcl) just before it; -1 if none.
   */
  private static int antecedent(Slots s, int i) {
    int k = s.token(i - 1).text().equals(",") ? i - 2 : i - 1;
    if (k < 0) {
      return -1;
    }
    Token t = s.token(k);
    UPos u = t.upos();
    if (u == UPos.NOUN || u == UPos.PROPN) {
      return k;
    }
    if (u == UPos.PRON && !"Prs".equals(t.morphology().feature("PronType"))
        && !"Rel".equals(t.morphology().feature("PronType")) && !"Int".equals(t.morphology().feature("PronType"))) {
      return k; // iets, alles, niets, datgene waar …
    }
    return -1;
  }

  /**
   * A person by the parser's entities or the list of person nouns; a name the entities do not
   * place is no person here (the attack in Salisbury for which …), as waar is mostly said of things.
   */
  private static boolean isPerson(Slots s, int k) {
    Token t = s.token(k);
    return t.entity() == io.nlbrief.parser.EntityType.PERSON || RelativePronouns.PERSON_NOUNS.contains(s.lemmaLower(k))
        || RelativePronouns.PERSON_NOUNS.contains(s.lower(k));
  }

  private static void set(Slots s, int i, String english) {
    s.english[i] = english;
    s.origin[i] = s.origin[i] + "+" + RULE;
  }
}
