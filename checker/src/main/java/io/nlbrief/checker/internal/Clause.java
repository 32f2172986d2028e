package io.nlbrief.checker.internal;

import io.nlbrief.parser.PartOfSpeech;
import io.nlbrief.parser.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who the subject of a finite verb is, as far as word order tells: the part of a main clause
 * before its verb (the first constituent) and what follows. Dutch puts exactly one constituent
 * before the finite verb of a main clause; when that constituent is a noun phrase and the verb is
 * a form of {@code worden} with a participle later, {@code je} after the verb is an indirect
 * object ({@code Het pakje wordt je morgen geleverd}, {@code Wat wordt je aangedaan?}); when it is
 * an adverbial, {@code je} is the subject ({@code Hoe word je gevraagd?}).
 */
final class Clause {
  private static final Locale DUTCH = Locale.forLanguageTag("nl");
  /** Pronouns that can stand alone as the subject before the verb ({@code er} as the dummy subject of a passive). */
  private static final Set<String> SUBJECT_PRONOUNS = Set.of(
      "wat", "het", "dit", "dat", "die", "deze", "er", "iets", "niets", "niks", "alles", "wie", "hij", "zij", "ze", "men");
  /** Words that open a noun phrase: articles, demonstratives, possessives, quantifiers. */
  private static final Set<String> DETERMINERS = Set.of(
      "de", "het", "een", "dit", "dat", "die", "deze", "zijn", "haar", "hun", "ons", "onze", "mijn", "jouw", "uw", "elk",
      "elke", "ieder", "iedere", "geen", "zo'n", "alle", "veel", "weinig", "enkele", "sommige", "beide");
  private static final Set<String> OPENING_QUOTES = Set.of("\"", "'", ",,", "„", "“", "‘", "(");

  private Clause() {}

  /**
   * Whether {@code je} right after the verb at {@code verb} is an indirect object: the verb is a
   * form of {@code worden}, the clause opens with a noun phrase or a pronoun that can be its
   * subject, and a past participle follows (a passive whose subject stands first).
   */
  static boolean jeIsIndirectObject(List<Token> words, int verb) {
    if (verb + 1 >= words.size() || !words.get(verb + 1).text().equalsIgnoreCase("je")) {
      return false;
    }
    String form = words.get(verb).text().toLowerCase(DUTCH);
    if (!form.equals("word") && !form.equals("wordt") && !form.equals("werd")) {
      return false;
    }
    return firstConstituentIsSubject(words, verb) && participleAfter(words, verb + 2);
  }

  /**
   * Whether the verb at {@code verb} opens its clause or follows an adverbial first constituent
   * ({@code Hoe}, {@code Daarna}, {@code In de zaal}): then a pronoun right after it is the subject.
   */
  static boolean firstConstituentIsAdverbial(List<Token> words, int verb) {
    int start = clauseStart(words, verb);
    return start == verb || !firstConstituentIsSubject(words, verb);
  }

  /** The first constituent before {@code verb} is a noun phrase or a pronoun that can be a subject. */
  static boolean firstConstituentIsSubject(List<Token> words, int verb) {
    int start = clauseStart(words, verb);
    if (start >= verb) {
      return false;
    }
    if (verb - start == 1) {
      Token only = words.get(start);
      String lower = only.text().toLowerCase(DUTCH);
      return SUBJECT_PRONOUNS.contains(lower) || isNoun(only);
    }
    Token first = words.get(start);
    boolean opensNounPhrase = isDeterminer(first.text()) || isNoun(first)
        || first.pos() == PartOfSpeech.ADJECTIVE || first.pos() == PartOfSpeech.NUMBER || first.pos() == PartOfSpeech.NUMERAL;
    if (!opensNounPhrase || verb - start > 6) {
      return false;
    }
    for (int j = start; j < verb; j++) {
      Token t = words.get(j);
      if (!t.isWord() || t.pos() == PartOfSpeech.VERB || t.pos() == PartOfSpeech.PREPOSITION) {
        return false;
      }
    }
    return isNoun(words.get(verb - 1));
  }

  /** Whether {@code word} (any case; null is none) opens a noun phrase as a determiner. */
  static boolean isDeterminer(String word) {
    return word != null && DETERMINERS.contains(word.toLowerCase(DUTCH));
  }

  /** Where the clause of {@code verb} starts: after the sentence's opening quotes, or after a colon or semicolon. */
  private static int clauseStart(List<Token> words, int verb) {
    int start = 0;
    for (int j = 0; j < verb; j++) {
      String t = words.get(j).text();
      if (t.equals(":") || t.equals(";")) {
        start = j + 1;
      }
    }
    while (start < verb && OPENING_QUOTES.contains(words.get(start).text())) {
      start++;
    }
    return start;
  }

  private static boolean participleAfter(List<Token> words, int from) {
    for (int j = from; j < words.size(); j++) {
      Token t = words.get(j);
      String text = t.text();
      if (text.equals(",") || text.equals(";") || text.equals(":") || text.equals(".") || text.equals("?")) {
        return false;
      }
      String tag = t.tag() == null ? "" : t.tag();
      if (tag.startsWith("WKW:VTD") || t.readings().stream().anyMatch(r -> r.tag() != null && r.tag().startsWith("WKW:VTD"))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNoun(Token token) {
    return token.pos() == PartOfSpeech.NOUN || token.pos() == PartOfSpeech.PROPER_NOUN;
  }
}
