package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.parser.PartOfSpeech;
import io.nlbrief.parser.Token;
import io.nlbrief.parser.UPos;
import java.util.Set;

/**
 * {@code er} (and {@code daar}, {@code hier}) where it is no "there". Dutch says "of it", "for
 * that" with a pointer word and a preposition left at the end of the phrase ({@code zijn jullie
 * er klaar voor?} → are you ready for it?; {@code daar is geen geld voor} → there is no money for
 * that): the preposition takes the pointer's English and the pointer says nothing. When the
 * pointer stands for a dat- or of-clause that follows ({@code zij is er zeker van dat …},
 * {@code ik ben ervan overtuigd dat …}, {@code het lijkt erop dat …}), English says the clause
 * straight after the adjective or verb (certain that, convinced that, seems that), so pointer and
 * preposition both go. The partitive er before a bare number ({@code er zijn er drie} → there are
 * three) and the er of a clause whose subject is wat or wie ({@code wat is er gebeurd?} → what has
 * happened?) have no English either. Stateless.
 */
final class PronominalEr implements Stage {
  static final String RULE = "pronominal-er";

  /** The prepositions Dutch leaves after a pointer word, in their stranded forms (met → mee, tot → toe). */
  static final Set<String> STRANDED = Set.of(
      "aan", "van", "voor", "over", "op", "in", "uit", "mee", "toe", "bij", "door", "tegen", "om", "naar",
      "achter", "onder", "tussen", "zonder", "af");
  /** The English of the stranded forms, whose own glosses are their adverb senses (mee → along). */
  static final java.util.Map<String, String> STRANDED_ENGLISH = java.util.Map.of("mee", "with", "toe", "to");
  private static final Set<String> POINTERS = Set.of("er", "daar", "hier");
  /** er, daar and hier joined with their preposition (ervan, daarover, hiervoor): the parser's word class. */
  private static final Set<String> POINTER_WORDS =
      io.nlbrief.parser.DutchWords.of(io.nlbrief.parser.DutchWords.WordClass.POINTER_WORD);
  private static final Set<String> QUANTITIES = Set.of(
      "veel", "weinig", "meer", "minder", "dan", "genoeg", "enkele", "een", "één", "paar", "nog", "geen", "zoveel",
      "tientallen", "honderden", "duizenden");

  @Override
  public String name() {
    return RULE;
  }

  @Override
  public void apply(Slots s) {
    for (int i = 0; i < s.size(); i++) {
      String w = s.lower(i);
      if (!glossed(s, i)) {
        continue;
      }
      if (POINTER_WORDS.contains(w) && clauseFollows(s, i + 1, true)) {
        drop(s, i); // ik ben ervan overtuigd dat → I am convinced that
        continue;
      }
      if (w.endsWith("aan") && POINTER_WORDS.contains(w) && addsWhatIsSaid(s, i)) {
        s.english[i] = ""; // ‘…’, voegde hij eraan toe → ‘…’, he added
        s.origin[i] = s.origin[i] + "+" + ADDED;
        continue;
      }
      if (!POINTERS.contains(w) || s.token(i).pos() == PartOfSpeech.PREPOSITION) {
        continue;
      }
      int p = strandedPreposition(s, i);
      if (p >= 0) {
        // the preposition's English: on its own token, or at the end of a phrase's (klaar voor → ready for)
        int carrier = glossed(s, p) ? p : carrier(s, p);
        String english = s.english[carrier];
        int cut = english.lastIndexOf(' ');
        if (clauseFollows(s, p + 1, false)) {
          drop(s, i); // zij is er zeker van dat → she is certain that
          if (carrier == p) {
            drop(s, p);
          } else {
            s.english[carrier] = english.substring(0, cut);
            s.origin[carrier] = s.origin[carrier] + "+" + RULE;
          }
        } else {
          String object = w.equals("er") ? "it" : w.equals("daar") ? "that" : "this";
          if (carrier == p && STRANDED_ENGLISH.containsKey(s.lower(p)) && s.origin[p].startsWith("glossary:")) {
            english = STRANDED_ENGLISH.get(s.lower(p)); // er blij mee → happy with it, not along
          }
          s.english[carrier] = english + " " + object; // zijn jullie er klaar voor → ready for it
          s.origin[carrier] = s.origin[carrier] + "+" + RULE;
          drop(s, i);
        }
      } else if (w.equals("er") && (partitive(s, i) || afterWhatOrWho(s, i))) {
        drop(s, i); // er zijn er drie; wat is er gebeurd
      }
    }
  }

  static final String ADDED = RULE + ":toevoegen";

  /**
   * eraan (daaraan, hieraan) with toevoegen that has no object of its own: what is added is what
   * is said, a quotation or a dat-clause, and English says "added" alone ({@code voegde hij eraan
   * toe} → he added; {@code voegde eraan toe dat} → added that). With an object the pointer is
   * where it goes ({@code voegde er een zin aan toe} → added a sentence to it).
   */
  private static boolean addsWhatIsSaid(Slots s, int i) {
    int verb = s.token(i).dependency().head();
    if (verb < 0 || verb >= s.size()) {
      return false;
    }
    boolean toevoegen = s.lemmaLower(verb).equals("toevoegen") || "separable:toevoegen".equals(s.origin[verb]);
    for (io.nlbrief.parser.Clause c : s.clauses) {
      toevoegen |= c.head() == verb && c.verbLemma().toLowerCase(java.util.Locale.ROOT).equals("toevoegen");
    }
    if (!toevoegen) {
      return false;
    }
    for (int c : s.tree().children(verb)) {
      if (s.token(c).dependency().baseRelation().equals("obj")) {
        return false;
      }
    }
    return true;
  }

  static boolean glossed(Slots s, int i) {
    String o = s.origin[i];
    return o != null && (o.startsWith("glossary:") || o.startsWith("governed:")) && s.english[i] != null
        && !s.english[i].isEmpty();
  }

  /**
   * The preposition after pointer {@code i} in its stretch that has no object of its own: the
   * word after it is no start of a noun phrase (a verb, punctuation, another particle, a
   * conjunction, or nothing). -1 if none, or if the pointer opens a passive clause
   * ({@code er wordt over gesproken}), where it is the dummy subject.
   */
  static int strandedPreposition(Slots s, int i) {
    for (int k = i + 1; k < s.size() && !s.endsStretch(k); k++) {
      if (!STRANDED.contains(s.lower(k)) || !glossed(s, k) && carrier(s, k) < 0) {
        continue;
      }
      // op de tafel: the preposition has its own object, and the pointer is a place or a dummy
      return hasNoObject(s, k) ? k : -1;
    }
    return -1;
  }

  /**
   * Whether preposition {@code k} has no object of its own: the word after it is no start of a
   * noun phrase (a verb, punctuation, another particle, a conjunction, or nothing).
   */
  static boolean hasNoObject(Slots s, int k) {
    if (k + 1 >= s.size() || s.isBreak(k + 1) || s.opensClause(k + 1)) {
      return true;
    }
    Token next = s.token(k + 1);
    UPos u = next.upos();
    boolean verb = u == UPos.VERB || u == UPos.AUX || next.tag() != null && next.tag().startsWith("WKW")
        && u != UPos.NOUN && u != UPos.ADJ && u != UPos.DET && u != UPos.PRON;
    boolean particle = u == UPos.ADP && (STRANDED.contains(s.lower(k + 1))
        || s.origin[k + 1] != null && s.origin[k + 1].startsWith("separable:")
        || next.dependency().baseRelation().equals("compound"));
    return verb || particle || u == UPos.SCONJ || u == UPos.CCONJ || s.lower(k + 1).equals("te");
  }

  private static final Set<String> ENGLISH_PREPOSITIONS = Set.of(
      "for", "of", "to", "about", "on", "in", "with", "at", "from", "into", "by", "against", "over");

  /**
   * The token before {@code k} that carries the English of a phrase that ends in preposition
   * {@code k} (klaar voor → "ready for" on klaar, nothing on voor), when that English ends in a
   * preposition too; else -1.
   */
  static int carrier(Slots s, int k) {
    String o = s.origin[k];
    if (o == null || !o.startsWith("phrase:") || s.english[k] == null || !s.english[k].isEmpty()) {
      return -1;
    }
    for (int j = k - 1; j >= 0 && j >= k - 4; j--) {
      if (o.equals(s.origin[j]) && s.english[j] != null && !s.english[j].isEmpty()) {
        String e = s.english[j];
        int cut = e.lastIndexOf(' ');
        return cut > 0 && ENGLISH_PREPOSITIONS.contains(e.substring(cut + 1)) ? j : -1;
      }
    }
    return -1;
  }

  /**
   * Whether a dat- or of-clause follows from {@code k}, with only verbs (and, for a joined word,
   * an adjective or participle) before it: the pointer stands for that clause.
   */
  private static boolean clauseFollows(Slots s, int k, boolean joined) {
    int words = 0;
    for (; k < s.size(); k++) {
      String w = s.lower(k);
      if ((w.equals("dat") || w.equals("of")) && s.token(k).upos() == UPos.SCONJ) {
        return true;
      }
      if (w.equals(",")) {
        continue;
      }
      Token t = s.token(k);
      boolean verb = t.upos() == UPos.VERB || t.upos() == UPos.AUX;
      boolean adjective = joined && (t.upos() == UPos.ADJ || t.pos() == PartOfSpeech.ADJECTIVE);
      boolean adverb = t.upos() == UPos.ADV && !w.equals("er");
      if (!(verb || adjective || adverb) || ++words > 4) {
        return false;
      }
    }
    return false;
  }

  /** er before a number or quantity with no noun after it (er zijn er drie, het worden er meer dan tien), not first in its clause. */
  private static boolean partitive(Slots s, int i) {
    if (i == 0 || s.endsStretch(i) || s.isBreak(i - 1) || s.opensClause(i - 1)) {
      return false;
    }
    int k = i + 1;
    boolean amount = false;
    for (; k < s.size(); k++) {
      Token t = s.token(k);
      boolean number = t.upos() == UPos.NUM || t.pos() == PartOfSpeech.NUMBER || t.pos() == PartOfSpeech.NUMERAL;
      if (number || QUANTITIES.contains(s.lower(k))) {
        amount |= number || !s.lower(k).equals("nog") && !s.lower(k).equals("dan");
        continue;
      }
      break;
    }
    if (!amount) {
      return false;
    }
    if (k >= s.size()) {
      return true;
    }
    UPos u = s.token(k).upos();
    return u != UPos.NOUN && u != UPos.ADJ && u != UPos.PROPN && s.token(k).pos() != PartOfSpeech.NOUN;
  }

  /** er one or two words after wat or wie, which is then the subject: wat is er gebeurd, wie heeft er gewonnen. */
  private static boolean afterWhatOrWho(Slots s, int i) {
    for (int k = i - 1; k >= Math.max(0, i - 2); k--) {
      String w = s.lower(k);
      if ((w.equals("wat") || w.equals("wie")) && s.token(k).upos() == UPos.PRON) {
        return true;
      }
      if (s.isBreak(k)) {
        return false;
      }
    }
    return false;
  }

  private static void drop(Slots s, int i) {
    s.english[i] = "";
    s.origin[i] = s.origin[i] + "+" + RULE;
  }
}
