package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.parser.PartOfSpeech;
import io.nlbrief.parser.Token;
import java.util.Map;
import java.util.Set;

/**
 * Function words whose English depends on their neighbours, decided after the word-by-word pass:
 * {@code het} before a noun is "the", {@code geen} before a noun "no", {@code dan} after a
 * comparative "than", {@code als} before a noun phrase "as", {@code door} in a passive "by",
 * possessive pronouns (ons land → our country, zijn gedrag → his behaviour), {@code ruim} before a
 * number "over", and {@code om … te} "to" once.
 */
final class ContextRules {
  private static final Map<String, String> POSSESSIVE_BY_LEMMA = Map.of(
      "ik", "my", "jij", "your", "u", "your", "hij", "his", "zij", "their", "wij", "our",
      "het", "its", "jullie", "your");
  private static final Map<String, String> POSSESSIVE_BY_FORM = Map.of(
      "mijn", "my", "jouw", "your", "uw", "your", "zijn", "his", "haar", "her", "ons", "our",
      "onze", "our", "hun", "their", "jullie", "your");
  private static final Map<String, String> BEFORE_NUMBER = Map.of(
      "ruim", "over", "bijna", "almost", "circa", "about", "ongeveer", "about", "zo'n", "some",
      "krap", "barely", "minstens", "at least", "hooguit", "at most", "maximaal", "at most");
  private static final Set<String> COMPARATIVE_WORDS = Set.of(
      "meer", "minder", "eerder", "liever", "ander", "andere", "anders", "later", "beter", "groter", "kleiner");

  private ContextRules() {}

  static void apply(Slots s) {
    boolean passive = hasPassive(s);
    for (int i = 0; i < s.size(); i++) {
      String o = s.origin[i];
      if (o == null || !(o.startsWith("glossary:") || o.equals("unknown"))) {
        continue;
      }
      Token t = s.token(i);
      String w = s.lower(i);
      Token next = next(s, i);
      switch (w) {
        case "het", "'t" -> {
          if (next != null && articleBefore(s, i + 1)) {
            s.english[i] = "the";
          }
        }
        case "geen" -> {
          if (next != null && introducesNounPhrase(next)) {
            s.english[i] = "no";
          }
        }
        case "dan" -> {
          if (afterComparative(s, i)) {
            s.english[i] = "than";
          }
        }
        case "als" -> {
          if (next != null && (next.pos() == PartOfSpeech.NOUN || next.pos() == PartOfSpeech.ADJECTIVE)) {
            s.english[i] = "as";
          }
        }
        case "door" -> {
          if (passive && t.pos() == PartOfSpeech.PREPOSITION) {
            s.english[i] = "by";
          }
        }
        case "om" -> {
          if (next != null && (next.pos() == PartOfSpeech.NUMBER || s.origin[i + 1] != null && s.origin[i + 1].equals("time"))) {
            s.english[i] = "at"; // om 15u38, om 8 uur
          } else if (toInfinitiveFollows(s, i)) {
            s.english[i] = "";
            s.origin[i] = "rule:om-te";
          }
        }
        default -> { }
      }
      if (BEFORE_NUMBER.containsKey(w) && next != null && isNumber(next)) {
        s.english[i] = BEFORE_NUMBER.get(w);
      }
      if (isPossessive(s, i, next)) {
        String p = t.tag() != null && t.tag().contains("BEZ") && POSSESSIVE_BY_LEMMA.containsKey(s.lemmaLower(i))
            ? POSSESSIVE_BY_LEMMA.get(s.lemmaLower(i))
            : POSSESSIVE_BY_FORM.get(w);
        if (p != null) {
          s.english[i] = p;
        }
      }
    }
  }

  private static boolean isPossessive(Slots s, int i, Token next) {
    Token t = s.token(i);
    if (t.tag() != null && t.tag().startsWith("VNW") && t.tag().contains(":BEZ")) {
      return next != null && introducesNounPhrase(next);
    }
    if (s.lower(i).equals("zijn") && t.pos() == PartOfSpeech.VERB && next != null && introducesNounPhrase(next)) {
      Token prev = i > 0 ? s.token(i - 1) : null;
      return prev != null && (prev.pos() == PartOfSpeech.PREPOSITION || prev.text().equals(",")
          || prev.text().equalsIgnoreCase("en"));
    }
    return false;
  }

  /** "het" is the article when a noun follows, or an adjective and then a noun (het politieke overleg). */
  private static boolean articleBefore(Slots s, int k) {
    Token next = s.token(k);
    if (hasReading(next, "ZNW")) {
      return true;
    }
    return (next.pos() == PartOfSpeech.ADJECTIVE || hasReading(next, "BNW")) && k + 1 < s.size()
        && (hasReading(s.token(k + 1), "ZNW") || s.token(k + 1).pos() == PartOfSpeech.ADJECTIVE
            || s.token(k + 1).pos() == PartOfSpeech.PROPER_NOUN)
        || next.pos() == PartOfSpeech.PROPER_NOUN;
  }

  private static boolean hasReading(Token t, String prefix) {
    if (t.tag() != null && t.tag().startsWith(prefix)) {
      return true;
    }
    for (Token.Reading r : t.readings()) {
      if (r.tag().startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  private static boolean introducesNounPhrase(Token t) {
    return t.pos() == PartOfSpeech.NOUN || t.pos() == PartOfSpeech.ADJECTIVE
        || t.pos() == PartOfSpeech.NUMERAL && !t.text().equalsIgnoreCase("een");
  }

  private static boolean afterComparative(Slots s, int i) {
    for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
      Token t = s.token(k);
      if (t.tag() != null && t.tag().contains(":VGR") || COMPARATIVE_WORDS.contains(s.lower(k))) {
        return true;
      }
    }
    return false;
  }

  private static boolean toInfinitiveFollows(Slots s, int i) {
    for (int k = i + 1; k < s.size() && !Clause.isBoundary(s.token(k)); k++) {
      if (s.lower(k).equals("te")) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasPassive(Slots s) {
    boolean worden = false;
    boolean participle = false;
    for (Token t : s.tokens) {
      worden |= t.lemma().equalsIgnoreCase("worden");
      participle |= t.tag() != null && t.tag().startsWith("WKW:VTD");
    }
    return worden && participle;
  }

  private static boolean isNumber(Token t) {
    return t.pos() == PartOfSpeech.NUMBER || t.pos() == PartOfSpeech.NUMERAL;
  }

  private static Token next(Slots s, int i) {
    return i + 1 < s.size() ? s.token(i + 1) : null;
  }
}
