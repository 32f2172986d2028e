package io.nlbrief.checker.internal;

import io.nlbrief.parser.DutchWords;
import io.nlbrief.parser.PartOfSpeech;
import io.nlbrief.parser.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where a clause needs its finite verb and no other word of it can be one, read from the
 * tagger's tags alone. A sentence with a wrong verb form is the sentence the analysis reads worst:
 * its tagger takes a noun-or-verb stem ({@code onderscheid}, {@code inhoud}, {@code geld}) for
 * the noun, and then no clause has a finite verb. A clause that has none of its own cannot be
 * without one, so the word in the place of the verb is it:
 * <ul>
 *   <li>the last word of a subordinate clause ({@code wat deze baan inhoud,}; {@code omdat zoiets
 *       hier gebeurd, maar}) after a subject of its own, the clause opened by a complementiser or a
 *       relative or question word;
 *   <li>the word after a sentence-initial noun phrase that opens with a determiner ({@code De
 *       landbouw onderscheid zich}, {@code De rest van de Kamer onthoud zich}).
 * </ul>
 * Stateless.
 */
final class VerbSlot {
  private static final Locale DUTCH = Locale.forLanguageTag("nl");
  /** Words that open a subordinate clause whose finite verb stands last. */
  private static final Set<String> OPENERS = Set.of("dat", "omdat", "doordat", "zodat", "nadat", "voordat", "terwijl",
      "hoewel", "wanneer", "zodra", "indien", "tenzij", "totdat", "opdat", "wat", "wie", "waar", "waarom", "waardoor",
      "waarmee", "waarin", "waarop", "waarvan", "waaraan", "hoe", "die", "welke");
  /** What may follow the verb at the end of its clause. */
  private static final Set<String> CLAUSE_ENDS = Set.of(",", ".", ";", ":", "?", "!", ")", "–", "\"", "''", "'", "”", "’");
  private static final Set<String> COORDINATORS = Set.of("en", "maar", "of", "want", "dus");
  /** Subjects a stem takes without t, or that no singular present agrees with. */
  private static final Set<String> NOT_THIRD_SINGULAR = Set.of("ik", "we", "wij", "jullie");

  private VerbSlot() {}

  /**
   * Whether the word at {@code i} stands where its clause's finite verb must be, in a clause with
   * a subject that is not {@code ik}, {@code we} or {@code jullie} and with no word the tagger reads
   * as a finite verb.
   */
  static boolean isFiniteVerbSlot(List<Token> words, int i) {
    return closesSubordinateClause(words, i) || followsOpeningNounPhrase(words, i);
  }

  /** {@code wat deze baan inhoud,}: the last word of a subordinate clause without a finite verb. */
  static boolean closesSubordinateClause(List<Token> words, int i) {
    if (i + 1 < words.size() && !endsClause(words.get(i + 1)) || i == 0 || prenominal(words.get(i - 1))) {
      return false;
    }
    // "die verkleurd en verdord op de akkers liggen": after a coordinator the clause may go on to
    // its verb; up to the next punctuation or clause opener no word may read as one.
    for (int j = i + 1; j < words.size() && words.get(j).isWord()
        && !OPENERS.contains(words.get(j).text().toLowerCase(DUTCH)); j++) {
      if (mayBeFinite(words.get(j))) {
        return false;
      }
    }
    for (int j = i - 1; j >= 0; j--) {
      Token t = words.get(j);
      String w = t.text().toLowerCase(DUTCH);
      if (OPENERS.contains(w) && j < i - 1 && !isDeterminerHere(words, j)) {
        // The opener itself may be the subject (die, wie, wat): then a word between is enough.
        return hasSubject(words, j + 1, i) || (w.equals("die") || w.equals("wie") || w.equals("wat")) && opensRelative(words, j);
      }
      if (!t.isWord() && t.pos() != PartOfSpeech.NUMBER || COORDINATORS.contains(w) || mayBeFinite(t)
          || NOT_THIRD_SINGULAR.contains(w)) {
        return false;
      }
    }
    return false;
  }

  /**
   * {@code dat}, {@code die}, {@code wat}, {@code welke} before a singular noun or an adjective
   * ({@code in dat dossier}, {@code die nieuwe regel}) are determiners, not clause openers.
   */
  private static boolean isDeterminerHere(List<Token> words, int j) {
    if (j + 1 >= words.size() || !DutchWords.is(DutchWords.WordClass.DETERMINER, words.get(j).text().toLowerCase(DUTCH))) {
      return false;
    }
    String next = tag(words.get(j + 1));
    return next.startsWith("ZNW:EKV") || next.startsWith("BNW");
  }

  /**
   * Whether a noun or pronoun between {@code from} and {@code to} is not the object of a
   * preposition: {@code zoiets in het westen}, {@code voor een aantal elementen van M de eigenschap
   * A} (the second noun phrase after a preposition's opens with a determiner of its own).
   */
  private static boolean hasSubject(List<Token> words, int from, int to) {
    boolean inPhrase = false;
    boolean phraseHasNoun = false;
    for (int j = from; j < to; j++) {
      Token t = words.get(j);
      if (tag(t).startsWith("VRZ")) {
        inPhrase = true;
        phraseHasNoun = false;
      } else if (DutchWords.is(DutchWords.WordClass.DETERMINER, t.text().toLowerCase(DUTCH))) {
        if (inPhrase && phraseHasNoun) {
          inPhrase = false;
        }
      } else if (isNominal(t)) {
        if (!inPhrase) {
          return true;
        }
        phraseHasNoun = true;
      }
    }
    return false;
  }

  /** {@code die}, {@code wie}, {@code wat} right after a comma or a noun: a relative or question word, the subject. */
  private static boolean opensRelative(List<Token> words, int at) {
    if (at == 0) {
      return false;
    }
    Token before = words.get(at - 1);
    return before.text().equals(",") || isNominal(before) && !DutchWords.is(DutchWords.WordClass.DETERMINER,
        before.text().toLowerCase(DUTCH));
  }

  /**
   * {@code De landbouw onderscheid zich}: a noun phrase opens the sentence with a determiner, its
   * noun is singular and the word after it is not one of the phrase's (no adjective or determiner
   * before it); no word up to the end of the clause reads as a finite verb.
   */
  static boolean followsOpeningNounPhrase(List<Token> words, int i) {
    int start = 0;
    while (start < words.size() && !words.get(start).isWord() && isQuote(words.get(start).text())) {
      start++;
    }
    if (start >= i - 1 || !DutchWords.is(DutchWords.WordClass.DETERMINER, words.get(start).text().toLowerCase(DUTCH))) {
      return false;
    }
    // determiner, adjectives, the noun, then at most a "van" phrase with its own determiner and noun
    // (an adjective the dictionary does not know counts as one when a noun follows: Sloveense)
    int j = start + 1;
    while (j < i && (tag(words.get(j)).startsWith("BNW") || j < i - 1 && words.get(j).tag() == null && words.get(j).isWord())) {
      j++;
    }
    if (j >= i || !isSingularNoun(words.get(j))) {
      return false;
    }
    j++;
    if (j < i) {
      if (!words.get(j).text().equalsIgnoreCase("van") || j + 2 >= i + 1) {
        return false;
      }
      j++;
      if (DutchWords.is(DutchWords.WordClass.DETERMINER, words.get(j).text().toLowerCase(DUTCH))) {
        j++;
      }
      while (j < i && tag(words.get(j)).startsWith("BNW")) {
        j++;
      }
      if (j != i - 1 || !isNominal(words.get(j))) {
        return false;
      }
    }
    for (int k = start + 1; k < words.size(); k++) {
      Token t = words.get(k);
      String w = t.text().toLowerCase(DUTCH);
      if (k > i && (OPENERS.contains(w) || !t.isWord() && !t.text().equals("-") || COORDINATORS.contains(w))) {
        break;
      }
      if (k != i && mayBeFinite(t)) {
        return false;
      }
    }
    return true;
  }

  /** The tagger's chosen reading is a finite verb, or a plural present or past (tagged as infinitive). */
  private static boolean mayBeFinite(Token t) {
    String tag = tag(t);
    return tag.startsWith("WKW:TGW") || tag.startsWith("WKW:VLT");
  }

  /** A determiner, possessive, attributive (inflected) adjective, numeral or preposition: a noun follows. */
  private static boolean prenominal(Token t) {
    String tag = tag(t);
    String w = t.text().toLowerCase(DUTCH);
    return DutchWords.is(DutchWords.WordClass.DETERMINER, w) || tag.startsWith("VRZ") || tag.startsWith("TEL")
        || tag.startsWith("GET") || tag.startsWith("BNW") && tag.contains("VRB") || t.pos() == PartOfSpeech.NUMBER;
  }

  private static boolean isNominal(Token t) {
    String tag = tag(t);
    return tag.startsWith("ZNW") || tag.startsWith("ENM") || tag.startsWith("VNW:PER") || tag.startsWith("VNW:OBP")
        || t.tag() == null && t.isWord() && Character.isUpperCase(t.text().charAt(0))
        || t.text().equalsIgnoreCase("zoiets") || t.text().equalsIgnoreCase("iets") || t.text().equalsIgnoreCase("niets");
  }

  /** A singular noun or name, or a word the dictionary does not know (a new compound: alpinistenbond). */
  private static boolean isSingularNoun(Token t) {
    String tag = tag(t);
    return tag.startsWith("ZNW:EKV") || tag.startsWith("ENM") || t.tag() == null && t.isWord();
  }

  private static boolean endsClause(Token t) {
    return CLAUSE_ENDS.contains(t.text()) || COORDINATORS.contains(t.text().toLowerCase(DUTCH));
  }

  private static boolean isQuote(String t) {
    return t.equals("\"") || t.equals("'") || t.equals(",,") || t.equals("„") || t.equals("“") || t.equals("‘");
  }

  private static String tag(Token t) {
    return t.tag() == null ? "" : t.tag();
  }
}
