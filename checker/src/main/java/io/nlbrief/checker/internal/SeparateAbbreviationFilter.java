package io.nlbrief.checker.internal;

import io.nlbrief.parser.DutchWords;
import io.nlbrief.parser.Sentence;
import io.nlbrief.parser.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An abbreviation and the next word taken for a compound ({@code NAVO soldaten} →
 * {@code NAVO-soldaten}, LanguageTool's word list of the Woordenlijst's hyphenated compounds and
 * its {@code XXX_DING} pattern) where the two belong to different phrases, as the words around
 * them show:
 * <ul>
 *   <li>the abbreviation is the subject right after a singular verb that no subject precedes,
 *       and the word is plural, so the compound could not be that subject ({@code Toen gaf de NAVO
 *       soldaten vrij}: the NAVO gave soldiers leave; but {@code Hij gaf de NAVO soldaten vrij},
 *       {@code Toen gingen de NAVO soldaten naar huis});
 *   <li>the determiner before the abbreviation cannot go with the word ({@code het CDA leden}:
 *       leden takes de, so het is the CDA's);
 *   <li>the abbreviation names the common noun before it, in apposition ({@code citeerde
 *       persbureau TASS gouverneur Kozjemjako}).
 * </ul>
 * Elsewhere ({@code zijn AK partij}, {@code alle EU landen}, {@code een tv programma}) the
 * finding stays.
 */
public final class SeparateAbbreviationFilter implements MatchFilter {
  private static final Locale DUTCH = Locale.forLanguageTag("nl");
  /** Determiners that never stand before a plural noun. */
  private static final Set<String> SINGULAR_DETERMINERS = Set.of("het", "een", "dit", "elk", "ieder", "elke", "iedere");

  @Override
  public boolean isFalseAlarm(Match match, CheckContext context) {
    if (match.spelling()) {
      return false;
    }
    Sentence sentence = context.sentenceAt(match.start());
    Token abbreviation = context.tokenAt(match.start());
    if (sentence == null || abbreviation == null || abbreviation.span().start() != match.start()) {
      return false;
    }
    List<Token> words = sentence.tokens();
    int a = words.indexOf(abbreviation);
    if (a < 0 || a + 1 >= words.size()) {
      return false;
    }
    Token word = words.get(a + 1);
    String joined = abbreviation.text() + "-" + word.text();
    if (word.span().end() != match.end() || !Lexicon.isAcronym(abbreviation.text()) || !word.isWord()
        || match.suggestions().stream().noneMatch(joined::equals)) {
      return false;
    }
    int before = a - 1;
    Token determiner = before >= 0 && DutchWords.is(DutchWords.WordClass.DETERMINER, lower(words.get(before))) ? words.get(before) : null;
    if (determiner != null && !agrees(lower(determiner), word)) {
      return true;
    }
    int verb = determiner != null ? before - 1 : before;
    if (verb >= 0 && isSingularFiniteVerb(words.get(verb)) && isPluralNoun(word) && noSubjectBefore(words, verb)) {
      return true;
    }
    return determiner == null && before >= 0 && isCommonNoun(words.get(before));
  }

  /** Whether {@code determiner} can stand before {@code word}: het before a het-word, none of het, een, dit before a plural. */
  private static boolean agrees(String determiner, Token word) {
    if (!SINGULAR_DETERMINERS.contains(determiner)) {
      return true;
    }
    if (isPluralNoun(word)) {
      return false;
    }
    if (determiner.equals("het") || determiner.equals("dit")) {
      return readings(word).stream().anyMatch(t -> t.startsWith("ZNW") && t.contains("HET") || !t.startsWith("ZNW"));
    }
    return true;
  }

  /** The first word of the verb's clause is a preposition, an adverb or a conjunction (Toen, Gisteren, Na de …): inversion. */
  private static boolean noSubjectBefore(List<Token> words, int verb) {
    int start = verb;
    while (start > 0 && words.get(start - 1).isWord()) {
      start--;
    }
    if (start == verb) {
      return false;
    }
    String tag = tag(words.get(start));
    return tag.startsWith("VRZ") || tag.startsWith("BYW") || tag.startsWith("VGW");
  }

  private static boolean isSingularFiniteVerb(Token t) {
    String tag = tag(t);
    return tag.equals("WKW:TGW:1EP") || tag.equals("WKW:TGW:3EP") || tag.startsWith("WKW:VLT:1EP");
  }

  /** Only plural noun readings (soldaten, troepen; stemmen is also a verb, but no singular noun). */
  private static boolean isPluralNoun(Token t) {
    List<String> tags = readings(t);
    return tags.stream().anyMatch(x -> x.startsWith("ZNW:MRV")) && tags.stream().noneMatch(x -> x.startsWith("ZNW:EKV"));
  }

  private static boolean isCommonNoun(Token t) {
    return t.isWord() && Character.isLowerCase(t.text().charAt(0)) && tag(t).startsWith("ZNW");
  }

  private static List<String> readings(Token t) {
    return t.readings().stream().map(r -> r.tag() == null ? "" : r.tag()).toList();
  }

  private static String tag(Token t) {
    return t.tag() == null ? "" : t.tag();
  }

  private static String lower(Token t) {
    return t.text().toLowerCase(DUTCH);
  }
}
