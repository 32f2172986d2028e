package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.parser.EntityType;
import io.nlbrief.parser.Token;
import io.nlbrief.parser.UPos;
import io.nlbrief.parser.WordLists;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The relative pronouns die, dat and wat in English: "who" for a person (de kiezers die … → the
 * voters who …; Jan Peeters, die … → Jan Peeters, who …), "which" for anything else after a
 * comma, where the clause only adds to what is already named (de brug, die in 1900 werd gebouwd →
 * the bridge, which was built in 1900; …, wat niemand verbaasde → …, which surprised no one), and
 * "that" (the glossary's) for a thing without a comma (het boek dat ik las). The antecedent is the
 * word the analysis hangs the relative clause on (acl:relcl), or else the noun or name just before
 * the pronoun or its comma; a person is a name the parser's entities call one or a noun of
 * {@code person-nouns.txt}. wie after a preposition is whom (de mensen met wie … → the people with
 * whom …; aan wie gaf je het? → to whom …).
 */
final class RelativePronouns implements Stage {
  static final String RULE = "relative-pronoun";

  static final Set<String> PERSON_NOUNS = WordLists.resource(RelativePronouns.class,
          "/io/nlbrief/summarizer/person-nouns.txt").stream()
      .map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());

  @Override
  public String name() {
    return RULE;
  }

  @Override
  public void apply(Slots s) {
    for (int i = 1; i < s.size(); i++) {
      String w = s.lower(i);
      if (w.equals("wie") && "who".equals(s.english[i]) && s.token(i - 1).upos() == UPos.ADP
          && s.english[i - 1] != null && !s.english[i - 1].isEmpty()) {
        set(s, i, "whom"); // met wie, voor wie: English says whom after a preposition (with whom)
        continue;
      }
      // a demonstrative reading before a noun (die koeien → those cows) gives way where the analysis
      // calls the word relative (de boer, die koeien houdt)
      boolean analysedRelative = "Rel".equals(s.token(i).morphology().feature("PronType"))
          && ("those".equals(s.english[i]) || "that".equals(s.english[i]));
      if (!(w.equals("die") || w.equals("dat") || w.equals("wat")) || s.origin[i] == null
          || !s.origin[i].startsWith("glossary:")
          || !("that".equals(s.english[i]) || "what".equals(s.english[i]) || analysedRelative)) {
        continue;
      }
      boolean afterComma = s.token(i - 1).text().equals(",");
      if (w.equals("wat")) {
        if (afterComma && i >= 2 && s.token(i - 2).isWord() && opensVerbFinalClause(s, i)) {
          set(s, i, "which"); // …, wat niemand verbaasde: what the whole clause before says
        }
        continue;
      }
      int analysed = analysedAntecedent(s, i);
      int before = wordBefore(s, i);
      int antecedent = analysed >= 0 ? analysed : before;
      if (antecedent < 0 || !isRelative(s, i, antecedent)) {
        continue;
      }
      // the analysis may hang the clause on another noun of the phrase (de vrijlating van X, die …):
      // the word just before counts as well
      if (isPerson(s, w, analysed) || isPerson(s, w, before)) {
        set(s, i, "who");
      } else if (afterComma) {
        set(s, i, "which");
      } else if (!"that".equals(s.english[i])) {
        set(s, i, "that");
      }
    }
  }

  private static void set(Slots s, int i, String english) {
    s.english[i] = english;
    s.origin[i] = s.origin[i] + "+" + RULE;
  }

  /** The word the analysis hangs the relative clause of the pronoun on (acl:relcl), or -1. */
  private static int analysedAntecedent(Slots s, int i) {
    int clauseHead = s.token(i).dependency().head();
    if (clauseHead >= 0 && clauseHead < s.size() && s.token(clauseHead).dependency().relation().startsWith("acl:relcl")) {
      int a = s.token(clauseHead).dependency().head();
      if (a >= 0 && a < i) {
        return a;
      }
    }
    return -1;
  }

  /** The noun, name or pronoun of a person just before the pronoun or its comma, or -1. */
  private static int wordBefore(Slots s, int i) {
    int k = s.token(i - 1).text().equals(",") ? i - 2 : i - 1;
    if (k < 0) {
      return -1;
    }
    UPos u = s.token(k).upos();
    return u == UPos.NOUN || u == UPos.PROPN || u == UPos.PRON && PERSON_NOUNS.contains(s.lemmaLower(k)) ? k : -1;
  }

  /**
   * die or dat opens a relative clause: the analysis says so (PronType=Rel), or die follows its
   * antecedent and no noun follows it (die mensen is a demonstrative: those people).
   */
  private static boolean isRelative(Slots s, int i, int antecedent) {
    Token t = s.token(i);
    if ("Rel".equals(t.morphology().feature("PronType"))) {
      return true;
    }
    if (!s.lower(i).equals("die") || i + 1 >= s.size()) {
      return false;
    }
    UPos next = s.token(i + 1).upos();
    return antecedent >= i - 2 && next != UPos.NOUN && next != UPos.ADJ && opensVerbFinalClause(s, i);
  }

  /** A finite verb follows before the next punctuation, so the words after {@code i} are a clause. */
  private static boolean opensVerbFinalClause(Slots s, int i) {
    for (int k = i + 1; k < s.size() && !s.isBreak(k); k++) {
      Token t = s.token(k);
      if ((t.upos() == UPos.VERB || t.upos() == UPos.AUX) && t.tag() != null && t.tag().startsWith("WKW")
          && DutchForm.of(t.tag()).isFiniteVerb()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A person: a name the parser's entities call one, a noun of {@code person-nouns.txt}, or with
   * die (places and most names of things take dat) a name passed through that the entities do not
   * call a place or an organisation (Peter Jansen, die … → Peter Jansen, who …).
   */
  private static boolean isPerson(Slots s, String pronoun, int k) {
    if (k < 0) {
      return false;
    }
    Token t = s.token(k);
    if (t.entity() == EntityType.PERSON || PERSON_NOUNS.contains(s.lemmaLower(k)) || PERSON_NOUNS.contains(s.lower(k))) {
      return true;
    }
    return pronoun.equals("die") && t.upos() == UPos.PROPN && t.entity() != EntityType.PLACE
        && t.entity() != EntityType.ORGANISATION && "name".equals(s.origin[k]);
  }
}
