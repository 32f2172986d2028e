package io.nlbrief.checker.internal;

import io.nlbrief.parser.DutchWords;
import io.nlbrief.parser.EnglishWords;
import io.nlbrief.parser.PartOfSpeech;
import io.nlbrief.parser.Sentence;
import io.nlbrief.parser.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The d/t errors LanguageTool's patterns miss, from the subject and the verb's form and tense as
 * the tagger reads them:
 * <ul>
 *   <li>a stem ending in d where the subject is third person or {@code jij} before the verb, or
 *       third person right after it ({@code hij word}, {@code Toch vind het}): needs {@code t};
 *   <li>a past participle ending in d as the only verb of its clause next to a third-person
 *       subject ({@code het gebeurd gisteren}, {@code Meestal gebeurd dit}): the present
 *       {@code gebeurt};
 *   <li>a {@code dt}-form right before {@code ik}, or before {@code je}/{@code jij} as subject
 *       ({@code Hoe wordt je vervolgd?}): the stem without {@code t};
 *   <li>{@code ik} right before a {@code t}-form ({@code ik wordt}).
 * </ul>
 * A clause that already has another finite verb is left alone (the participle then belongs to it:
 * {@code dat het gebeurd is}).
 */
public final class DtRule implements OwnRule {
  public static final String ID = "NLBRIEF_DT";
  private static final Locale DUTCH = Locale.forLanguageTag("nl");
  private static final Set<String> THIRD_PERSON = Set.of("hij", "zij", "ze", "het", "dit", "dat", "die", "men", "er", "wie", "wat", "u");
  private static final Set<String> THIRD_AFTER = Set.of("hij", "zij", "het", "dit", "men", "er");
  private static final Set<String> SECOND = Set.of("jij", "je");
  /** Pronouns that are only ever subjects (not also determiners, expletives or relatives). */
  private static final Set<String> PERSONAL_BEFORE = Set.of("hij", "zij", "jij", "men");
  /** Before a noun these are quantifiers or expletives ({@code nogal wat huiver}, {@code er minder}). */
  private static final Set<String> WEAK_SUBJECTS = Set.of("wat", "er", "die", "dat");
  private static final Set<String> SUBJECTS_AFTER = Set.of("ik", "je", "jij", "u", "we", "wij", "hij", "zij", "ze", "het", "men", "er");
  private static final Set<String> OPENING_CONJUNCTIONS = Set.of("en", "maar", "dus", "of");
  private static final Set<String> PERSONAL_AFTER = Set.of("hij", "zij", "men");
  /** Subjects that only a finite verb can have: a participle cannot stand alone with them. */
  private static final Set<String> PARTICIPLE_SUBJECTS = Set.of("hij", "men");
  private static final Set<String> FIRST = Set.of("ik");
  private static final Set<String> PLURAL_PRONOUNS = Set.of("ze", "zij", "we", "wij");
  /** The forms of worden whose {@code je} after them may be an indirect object ({@link ClauseView#jeIsIndirectObject}). */
  private static final Set<String> WORDEN = Set.of("word", "wordt", "werd");

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String categoryId() {
    return "GRAMMAR";
  }

  @Override
  public List<Match> match(Sentence sentence, WordTags tags) {
    List<Token> words = sentence.tokens();
    ClauseView clauses = ClauseView.of(sentence);
    List<Match> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      Token token = words.get(i);
      String form = token.text();
      String lower = form.toLowerCase(DUTCH);
      if (!token.isWord() || form.length() < 2) {
        continue;
      }
      String modifier = finiteModifier(lower, tags);
      if (modifier != null) {
        String plain = form.substring(0, modifier.length() - 1);
        out.add(new Match(ID, "d/t-fout in een werkwoord", "GRAMMAR", "Grammatica", "grammar", false,
            "In een samenstelling staat de stam, zonder t: '" + plain + "'.", "d/t-fout",
            token.span().start(), token.span().start() + modifier.length(), List.of(plain)));
        continue;
      }
      String prev = i > 0 ? words.get(i - 1).text().toLowerCase(DUTCH) : null;
      String next = i + 1 < words.size() ? words.get(i + 1).text().toLowerCase(DUTCH) : null;
      Set<String> own = tags.of(lower);
      String past = doubledPast(form, own, tags);
      if (past != null && inPastTenseSlot(words, i) && !clauses.hasOtherFiniteVerb(i)) {
        out.add(match(token, past, "Een stam op d of t krijgt in de verleden tijd de of te erachter: <suggestion>"
            + past + "</suggestion>."));
        continue;
      }
      boolean stem = own.contains("WKW:TGW:1EP");
      boolean participle = own.stream().anyMatch(t -> t.startsWith("WKW:VTD")) && own.stream().noneMatch(t -> t.startsWith("WKW:TGW"));
      boolean tForm = own.contains("WKW:TGW:3EP");
      boolean pastHomograph = own.stream().anyMatch(t -> t.startsWith("WKW:VLT"));
      String chosen = token.tag() == null ? "" : token.tag();
      boolean verbOrNoun = chosen.startsWith("WKW") || chosen.startsWith("ZNW");
      if (stem && !tForm && !pastHomograph && verbOrNoun && isVerbHere(token, prev, own) && tags.has(lower + "t", "WKW:TGW:3EP")) {
        // The stem alone is right only with ik, before je/jij, or as an imperative (first in its
        // sentence); with any other subject, before or after the verb, it takes a t.
        boolean imperative = isImperativePosition(words, i) || afterOpeningConjunction(words, i, next);
        // What the tokens alone decide first: the analysis below is read only for a candidate
        // that is still open (see ClauseView), so a sentence without one is never analysed.
        if (in(FIRST, prev) || in(FIRST, next) || imperative || isListItem(words, i) || isAbbreviation(words, i)
            || in(SECOND, next) && !WORDEN.contains(lower)) {
          continue;
        }
        // A form that may also be a noun, adjective, adverb or participle (loop, zeker, beantwoord)
        // counts as a verb only next to a pronoun subject.
        boolean ambiguous = own.stream().anyMatch(t -> !t.startsWith("WKW:TGW"))
            || token.readings().stream().anyMatch(r -> r.tag() == null || !r.tag().startsWith("WKW:TGW"));
        Token after = i + 2 < words.size() ? words.get(i + 2) : null;
        boolean subjectAfter = i > 0 && in(THIRD_AFTER, next) && !isDeterminerHere(next, after)
            && words.get(i + 1).upos() != io.nlbrief.parser.UPos.DET
            && (words.get(i - 1).isWord() || words.get(i - 1).text().equals(","));
        boolean pronounSubject = (in(THIRD_PERSON, prev) || in(SECOND, prev)) && !isSubjectAfter(next) || subjectAfter;
        // Without a pronoun, only the classic d/t stems (vind, word, zend, verbind) after a word.
        // (A bracket closes an aside after the first constituent: "In de regels (als ze komen) word die".)
        boolean dStemAfterSubject = !ambiguous && "WKW:TGW:1EP".equals(token.tag()) && lower.endsWith("d") && i > 0
            && (words.get(i - 1).isWord() || words.get(i - 1).text().equals(",") || words.get(i - 1).text().equals(")")
                || words.get(i - 1).pos() == PartOfSpeech.NUMBER);
        if (ambiguous) {
          // A word that may also be a noun, adjective or adverb (minder, keer, eigen, water) is a verb
          // only where the tagger reads it as one, or next to a personal pronoun (loop hij); and
          // never right before a noun it can qualify (je eigen naam, ze gelijk krijgen).
          boolean personal = in(PERSONAL_BEFORE, prev) || (subjectAfter && in(PERSONAL_AFTER, next));
          boolean weakSubject = in(WEAK_SUBJECTS, prev) && !subjectAfter;
          pronounSubject = pronounSubject && (chosen.startsWith("WKW") && !weakSubject || personal)
              && !(i + 1 < words.size() && qualifiesNext(own, token, words.get(i + 1)));
        }
        // A noun subject (below) ends right before the verb, in a word that can end a noun phrase.
        boolean nounBefore = i > 0 && mayEndNounPhrase(words.get(i - 1));
        // Where the clause needs its finite verb and no other word of it can be one, a
        // noun-or-verb stem is the verb, whatever the tagger chose (wat deze baan inhoud,).
        boolean verbSlot = VerbSlot.isFiniteVerbSlot(words, i) || afterOpeningInfinitive(words, i);
        if (!(dStemAfterSubject || pronounSubject || nounBefore || verbSlot) || ambiguous && pluralVerbFollows(words, i, prev)) {
          continue;
        }
        boolean ikSubject = "ik".equals(clauses.subjectWord(i)) || clauses.stretchHas(i, "ik");
        // "Het pakje word je geleverd": je is then an indirect object, and the verb takes a t.
        boolean inversionWithJe = in(SECOND, next) && !clauses.jeIsIndirectObject(i);
        // The analysis's own subject, when it is a singular noun or name before the verb the
        // analysis reads as one (De bond onderhoud): third person.
        boolean nounSubject = nounBefore && nounSubject(clauses, i);
        if (!ikSubject && !inversionWithJe && (dStemAfterSubject || pronounSubject || nounSubject || verbSlot)
            && !clauses.hasOtherFiniteVerb(i)) {
          out.add(match(token, form + "t", "Dit werkwoord krijgt hier een t: <suggestion>" + form + "t</suggestion>."));
        }
      } else if (lower.endsWith("d") && participle && lower.length() > 3 && !Character.isUpperCase(form.charAt(0))) {
        String present = form.substring(0, form.length() - 1) + "t";
        if (tags.has(present.toLowerCase(DUTCH), "WKW:TGW:3EP")) {
          boolean subjectBefore = prev != null && in(THIRD_PERSON, prev) && !"er".equals(prev) && !"wat".equals(prev)
              && !isSubjectAfter(next);
          boolean subjectAfter = i > 0 && words.get(i - 1).isWord() && in(THIRD_AFTER, next) && !"er".equals(next);
          // "wat hij met die naam bedoeld": the analysis's subject of the participle, a singular
          // personal pronoun further before it, in a clause with no finite verb.
          // (Read only when such a pronoun stands before it: the analysis is not needed otherwise.)
          boolean pronounSubject = subjectBefore || subjectAfter
              || anyBefore(words, i, PARTICIPLE_SUBJECTS) && in(PARTICIPLE_SUBJECTS, clauses.subjectWord(i)) && clauses.subjectOf(i) < i;
          // "omdat zoiets hier gebeurd, maar": the last word of a subordinate clause without a finite verb.
          boolean verbSlot = VerbSlot.closesSubordinateClause(words, i);
          if ((subjectBefore || subjectAfter || pronounSubject || verbSlot) && !clauses.hasOtherFiniteVerb(i)) {
            out.add(match(token, present, "Hier is een vervoegd werkwoord nodig, geen voltooid deelwoord: <suggestion>"
                + present + "</suggestion>."));
          }
        }
      } else if (lower.endsWith("dt") && tForm && !in(SECOND, next) && !"u".equals(next)
          && (coordinatedImperative(words, i)
              || isImperativePosition(words, i) && !in(THIRD_AFTER, next) && endsWithExclamationOrFollowsSemicolon(words, i))
          && tags.has(lower.substring(0, lower.length() - 1), "WKW:TGW:1EP")) {
        String plain = form.substring(0, form.length() - 1);
        out.add(match(token, plain, "Een gebiedende wijs is de stam zonder t: <suggestion>" + plain + "</suggestion>."));
      } else if (lower.endsWith("dt") && tForm && EnglishWords.isEnglish(lower.substring(0, lower.length() - 1))
          && inEnglishRun(words, i, tags) && (isListItem(words, i) || clauses.hasOtherFiniteVerb(i))) {
        String plain = form.substring(0, form.length() - 1);
        out.add(match(token, plain, "Hier staat het Engelse woord, zonder t: <suggestion>" + plain + "</suggestion>."));
      } else if (lower.endsWith("dt") && tForm) {
        String plain = form.substring(0, form.length() - 1);
        boolean inversionWithIk = "ik".equals(next);
        boolean inversionWithJe = next != null && in(SECOND, next) && !(i + 2 < words.size() && isNounPhraseStart(words.get(i + 2)))
            && !in(FIRST, prev) && !in(THIRD_PERSON, prev) && !clauses.jeIsIndirectObject(i);
        boolean afterIk = "ik".equals(prev)
            || (next == null || !words.get(i + 1).isWord()) && anyBefore(words, i, FIRST) && subjectIkBefore(clauses, i);
        if ((inversionWithIk || inversionWithJe || afterIk) && tags.has(plain.toLowerCase(DUTCH), "WKW:TGW:1EP")) {
          out.add(match(token, plain, "Na of voor dit onderwerp krijgt de stam geen t: <suggestion>" + plain + "</suggestion>."));
        }
      }
    }
    return out;
  }

  /**
   * "ze verzeten zich", "Zo geschiede het": a form the tagger reads only as a past participle
   * ({@code verzeten} of verzitten, the inflected {@code geschiede}) that, with its d or t doubled,
   * is the past tense of a verb whose stem ends in that consonant (verzet+ten, geschied+de, by
   * 't kofschip): that past tense, or null.
   */
  private static String doubledPast(String form, Set<String> own, WordTags tags) {
    String lower = form.toLowerCase(DUTCH);
    int end = lower.endsWith("en") ? lower.length() - 2 : lower.endsWith("e") ? lower.length() - 1 : -1;
    if (end < 4 || own.isEmpty() || !own.stream().allMatch(t -> t.startsWith("WKW:VTD"))) {
      return null;
    }
    char consonant = lower.charAt(end - 1);
    if (consonant != 'd' && consonant != 't' || lower.charAt(end - 2) == consonant) {
      return null;
    }
    String doubled = form.substring(0, end) + consonant + form.substring(end);
    return tags.has(doubled.toLowerCase(DUTCH), "WKW:VLT") ? doubled : null;
  }

  /**
   * Where such a form stands as the verb of its clause, not as an attribute: after a word of the
   * same sentence, before no noun, adjective or numeral it could qualify (de verzeten stoelen)
   * (the caller checks that the clause has no finite verb of its own).
   */
  private static boolean inPastTenseSlot(List<Token> words, int at) {
    if (at == 0 || !words.get(at - 1).isWord()) {
      return false;
    }
    if (at + 1 < words.size()) {
      Token next = words.get(at + 1);
      String tag = next.tag() == null ? "" : next.tag();
      if (next.isWord() && (tag.startsWith("ZNW") || tag.startsWith("BNW") || tag.startsWith("TEL")
          || next.pos() == PartOfSpeech.NUMBER || next.tag() == null)) {
        return false;
      }
    }
    return true;
  }

  /**
   * "the hardest wordt", "de byte, wordt, doubleword": the form stands in a run of English, next to
   * a lower-case English word or compound ({@code longword}) the Dutch dictionary does not know (a name such as The Voice, or a
   * loanword, is no sign), or after any English word at the end of its clause ({@code de term
   * spoken wordt,}); the caller asks that its clause has another finite verb or that it is an item
   * of a list, so that it is not the clause's verb.
   */
  private static boolean inEnglishRun(List<Token> words, int at, WordTags tags) {
    boolean list = isListItem(words, at);
    int before = list ? at - 2 : at - 1;
    int after = list ? at + 2 : -1;
    if (englishOnly(words, before, tags) || englishOnly(words, after, tags)) {
      return true;
    }
    boolean endsClause = at + 1 < words.size() && !words.get(at + 1).isWord();
    return !list && endsClause && before >= 0 && isLowerEnglish(words.get(before));
  }

  private static boolean englishOnly(List<Token> words, int j, WordTags tags) {
    if (j < 0 || j >= words.size() || !words.get(j).isWord()) {
      return false;
    }
    String text = words.get(j).text();
    return (isLowerEnglish(words.get(j)) || EnglishWords.isEnglishCompound(text))
        && tags.of(text.toLowerCase(DUTCH)).isEmpty();
  }

  private static boolean isLowerEnglish(Token t) {
    String text = t.text();
    return t.isWord() && Character.isLowerCase(text.charAt(0)) && EnglishWords.isEnglish(text);
  }

  /**
   * "Te vrezen valt dat …": an infinitive with {@code te} that opens the sentence is its first
   * constituent, so the stem after it stands in the finite verb's place; with no {@code ik} or
   * {@code je} after it (checked before) the verb is impersonal or agrees with a subject that
   * follows, third person either way.
   */
  private static boolean afterOpeningInfinitive(List<Token> words, int at) {
    int j = 0;
    while (j < at && !words.get(j).isWord() && isQuote(words.get(j).text())) {
      j++;
    }
    if (at != j + 2 || !words.get(j).text().equalsIgnoreCase("te")) {
      return false;
    }
    Token infinitive = words.get(j + 1);
    return infinitive.readings().stream().anyMatch(r -> "WKW:TGW:INF".equals(r.tag()));
  }

  /**
   * "wordt-bewerkingen": a {@code dt} form as the first of the two parts of a hyphenated compound
   * (one token), where Dutch puts the stem ({@code vindplaats}, {@code houdgreep}): that form, or
   * null. Not in a phrase compound of more parts ({@code wie-wordt-wat}), nor before the clitic
   * {@code -ie} ({@code vindt-ie}, "vindt hij"), too short to be a part.
   */
  private static String finiteModifier(String lower, WordTags tags) {
    int hyphen = lower.indexOf('-');
    if (hyphen < 3 || lower.indexOf('-', hyphen + 1) >= 0 || lower.length() - hyphen - 1 < 3) {
      return null;
    }
    String first = lower.substring(0, hyphen);
    String part = lower.substring(hyphen + 1);
    if (!first.endsWith("dt") || !first.chars().allMatch(Character::isLetter) || !part.chars().allMatch(Character::isLetter)) {
      return null;
    }
    boolean onlyFinite = tags.of(first).contains("WKW:TGW:3EP")
        && tags.of(first).stream().allMatch(t -> t.startsWith("WKW:TGW"));
    return onlyFinite && tags.has(first.substring(0, first.length() - 1), "WKW:TGW:1EP") ? first : null;
  }

  /** No determiner before it makes a noun or adjective of it ({@code het land}, {@code het water}). */
  private static boolean isVerbHere(Token token, String prev, Set<String> own) {
    boolean alsoNoun = own.stream().anyMatch(t -> t.startsWith("ZNW") || t.startsWith("BNW"))
        || token.readings().stream().anyMatch(r -> r.tag() != null && (r.tag().startsWith("ZNW") || r.tag().startsWith("BNW")));
    return !(alsoNoun && DutchWords.is(DutchWords.WordClass.DETERMINER, prev)) && !(alsoNoun && Character.isUpperCase(token.text().charAt(0)));
  }

  /**
   * A word a noun phrase can end in: a noun or name by one of the tagger's readings, a word the
   * dictionary does not know, a capitalised word or a number.
   */
  private static boolean mayEndNounPhrase(Token t) {
    return t.pos() == PartOfSpeech.NUMBER || t.tag() == null || Character.isUpperCase(t.text().charAt(0))
        || t.readings().stream().anyMatch(r -> r.tag() == null || r.tag().startsWith("ZNW") || r.tag().startsWith("ENM"));
  }

  /** Whether one of {@code pronouns} (lower case) stands before the token at {@code at}: what the analysis's subject there could be. */
  private static boolean anyBefore(List<Token> words, int at, Set<String> pronouns) {
    for (int j = 0; j < at; j++) {
      if (pronouns.contains(words.get(j).text().toLowerCase(DUTCH))) {
        return true;
      }
    }
    return false;
  }

  /** "tenzij ik vermoord wordt": ik is the subject of the clause that the verb ends, before it. */
  private static boolean subjectIkBefore(ClauseView clauses, int at) {
    int subject = clauses.subjectOf(at);
    return subject >= 0 && subject < at && clauses.words().get(subject).text().equalsIgnoreCase("ik")
        && clauses.sameStretch(at, subject);
  }

  /** Whether the token at {@code j} hangs, through its heads, on the token at {@code top}. */
  private static boolean within(List<Token> words, int j, int top) {
    for (int k = j, steps = 0; k >= 0 && steps < words.size(); k = words.get(k).dependency().head(), steps++) {
      if (k == top) {
        return true;
      }
    }
    return false;
  }

  /**
   * The analysis reads the word as a finite verb whose subject is a singular noun or name, not
   * coordinated with another ({@code Jan en Piet}) and not a quantity ({@code een aantal}).
   */
  private static boolean nounSubject(ClauseView clauses, int at) {
    if (!clauses.isFiniteVerb(at)) {
      return false;
    }
    int subject = clauses.subjectOf(at);
    if (subject < 0 || Math.abs(subject - at) > 6) {
      return false;
    }
    List<Token> words = clauses.words();
    // Before the verb, and the noun phrase it heads ends right before it: every word between is
    // in the subject's phrase (not Lees de brief, schrijf …; not als ik in het nieuws lees).
    if (subject >= at) {
      return false;
    }
    for (int j = subject + 1; j < at; j++) {
      if (!words.get(j).isWord() || !within(words, j, subject)) {
        return false;
      }
    }
    for (Token t : words) {
      if (t.dependency().head() == subject && t.dependency().relation().equals("case")) {
        return false;
      }
    }
    // A capitalised first word the tagger can read as a verb is an imperative (Hou je bek), not a name.
    Token first = words.get(subject);
    if (subject == 0 && first.readings().stream().anyMatch(r -> r.tag() != null && r.tag().startsWith("WKW"))) {
      return false;
    }
    Token s = words.get(subject);
    if (s.upos() != io.nlbrief.parser.UPos.NOUN && s.upos() != io.nlbrief.parser.UPos.PROPN
        || "Plur".equals(s.morphology().feature("Number"))) {
      return false;
    }
    for (Token t : clauses.words()) {
      if (t.dependency().head() == subject && t.dependency().relation().equals("conj")) {
        return false;
      }
    }
    return true;
  }

  private static boolean endsWithExclamationOrFollowsSemicolon(List<Token> words, int at) {
    boolean exclamation = words.stream().anyMatch(t -> t.text().equals("!"));
    boolean afterSemicolon = at > 0 && (words.get(at - 1).text().equals(";") || words.get(at - 1).text().equals(":"));
    return exclamation || afterSemicolon;
  }

  /** First word of the sentence (after any opening quote), or right after a colon or semicolon. */
  private static boolean isImperativePosition(List<Token> words, int at) {
    int j = at - 1;
    while (j >= 0 && !words.get(j).isWord() && isQuote(words.get(j).text())) {
      j--;
    }
    if (j < 0) {
      return true;
    }
    String before = words.get(j).text();
    if (before.equals(":") || before.equals(";")) {
      return true;
    }
    // "Ga er heen en zend hulp": coordinated with an imperative that opens the sentence.
    if (before.equalsIgnoreCase("en") || before.equals(",")) {
      Token first = firstWord(words);
      if (first != null && first != words.get(at) && "WKW:TGW:1EP".equals(first.tag())) {
        return true;
      }
      return coordinatedImperative(words, at);
    }
    return false;
  }

  /**
   * "schrijf dat in een boek en zend het", "Vul mijn glas op en doe het gauw": after {@code en} or
   * a comma, a verb coordinated with an earlier imperative of the same sentence, a stem that opens
   * its own clause (after the sentence start, a quote, slash, colon, semicolon or comma) with no
   * subject pronoun after it.
   */
  static boolean coordinatedImperative(List<Token> words, int at) {
    int j = at - 1;
    if (j < 0 || !(words.get(j).text().equalsIgnoreCase("en") || words.get(j).text().equals(","))) {
      return false;
    }
    for (int k = j - 1; k >= 0; k--) {
      Token t = words.get(k);
      boolean opensClause = k == 0 || !words.get(k - 1).isWord();
      String after = k + 1 < words.size() ? words.get(k + 1).text().toLowerCase(DUTCH) : "";
      // "schrijf het op": after an imperative, het is its object.
      if ("WKW:TGW:1EP".equals(t.tag()) && opensClause && (after.equals("het") || !SUBJECTS_AFTER.contains(after))) {
        return true;
      }
    }
    return false;
  }

  /** "En zend daarna een team in": a stem right after a conjunction that opens the sentence. */
  private static boolean afterOpeningConjunction(List<Token> words, int at, String next) {
    int j = at - 1;
    while (j >= 0 && !words.get(j).isWord() && isQuote(words.get(j).text())) {
      j--;
    }
    if (j < 0 || !OPENING_CONJUNCTIONS.contains(words.get(j).text().toLowerCase(DUTCH))) {
      return false;
    }
    int k = j - 1;
    while (k >= 0 && !words.get(k).isWord() && isQuote(words.get(k).text())) {
      k--;
    }
    return k < 0 && !SUBJECTS_AFTER.contains(next == null ? "" : next);
  }

  private static Token firstWord(List<Token> words) {
    return words.stream().filter(Token::isWord).findFirst().orElse(null);
  }

  private static boolean isQuote(String t) {
    return t.equals("\"") || t.equals("'") || t.equals(",,") || t.equals("„") || t.equals("“") || t.equals("‘") || t.equals("(");
  }

  /** Null-safe: {@code Set.of} refuses to look up null. */
  private static boolean in(Set<String> words, String word) {
    return word != null && words.contains(word);
  }

  private static boolean isSubjectAfter(String next) {
    return next != null && (in(FIRST, next) || in(SECOND, next) || "we".equals(next) || "wij".equals(next));
  }

  private static boolean isNounPhraseStart(Token token) {
    String tag = token.tag();
    return tag != null && (tag.startsWith("ZNW") || tag.startsWith("BNW"));
  }

  /** "de byte, word, doubleword en quadword": an item of a list, between commas. */
  private static boolean isListItem(List<Token> words, int at) {
    if (at == 0 || at + 1 >= words.size() || !words.get(at - 1).text().equals(",")) {
      return false;
    }
    return words.get(at + 1).text().equals(",");
  }

  /**
   * "dat ze water dronken": after a pronoun that may be plural, a later word of the clause that
   * can be a plural verb (the tagger may have read {@code dronken} as the adjective) is the verb of
   * that subject, and the noun-or-verb word between them is the noun.
   */
  private static boolean pluralVerbFollows(List<Token> words, int at, String prev) {
    if (!in(PLURAL_PRONOUNS, prev)) {
      return false;
    }
    for (int j = at + 1; j < words.size() && !isBreak(words.get(j)); j++) {
      boolean plural = words.get(j).readings().stream().map(r -> r.tag() == null ? "" : r.tag())
          .anyMatch(t -> t.equals("WKW:VLT:INF") || t.equals("WKW:TGW:INF"));
      if (plural) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code het}/{@code dit} before a noun, adjective or number is a determiner, not a subject (the
   * caller also asks the analysis, which reads {@code het land} as determiner and noun where the
   * tagger took {@code land} for a verb).
   */
  private static boolean isDeterminerHere(String word, Token after) {
    if (!"het".equals(word) && !"dit".equals(word) || after == null) {
      return false;
    }
    String tag = after.tag() == null ? "" : after.tag();
    return tag.startsWith("ZNW") || tag.startsWith("BNW") || tag.startsWith("TEL") || after.pos() == PartOfSpeech.NUMBER
        || after.pos() == PartOfSpeech.PROPER_NOUN;
  }

  /** An adjective reading right before a noun: the word qualifies the noun ({@code je eigen naam}). */
  private static boolean qualifiesNext(Set<String> own, Token token, Token next) {
    boolean adjective = own.stream().anyMatch(t -> t.startsWith("BNW") || t.startsWith("BW"))
        || token.readings().stream().anyMatch(r -> r.tag() != null && (r.tag().startsWith("BNW") || r.tag().startsWith("BW")));
    boolean nounOrVerbFollows = next.readings().stream().map(r -> r.tag() == null ? "" : r.tag())
        .anyMatch(t -> t.startsWith("ZNW") || t.startsWith("WKW:TGW:INF") || t.startsWith("WKW:TGW:MV"));
    String tag = next.tag() == null ? "" : next.tag();
    return adjective && (nounOrVerbFollows || tag.startsWith("BNW") || next.text().equalsIgnoreCase("dan"));
  }

  /** {@code red.} in {@code (in het manifest, red.)}: a stem that is an abbreviation here. */
  private static boolean isAbbreviation(List<Token> words, int at) {
    if (at + 1 >= words.size() || !words.get(at + 1).text().equals(".")) {
      return false;
    }
    if (words.get(at).span().end() != words.get(at + 1).span().start()) {
      return false;
    }
    if (at + 2 >= words.size()) {
      return at > 0 && words.get(at - 1).text().equals(",");
    }
    Token after = words.get(at + 2);
    return after.text().equals(")") || after.text().equals(",") || (after.isWord() && Character.isLowerCase(after.text().charAt(0)));
  }

  /**
   * Where a clause ends, as the analysis marks it: punctuation between clauses, a coordinator
   * ({@code cc}), a complementiser ({@code mark}) or a relative pronoun.
   */
  private static boolean isBreak(Token token) {
    if (!token.isWord()) {
      String t = token.text();
      return t.equals(",") || t.equals(";") || t.equals(":") || t.equals("(") || t.equals(")") || t.equals("–") || t.equals("-");
    }
    String relation = token.dependency().relation();
    return relation.equals("cc") || relation.equals("mark") || "Rel".equals(token.morphology().feature("PronType"));
  }

  private static Match match(Token token, String replacement, String message) {
    return new Match(ID, "d/t-fout in een werkwoord", "GRAMMAR", "Grammatica", "grammar", false,
        message.replaceAll("</?suggestion>", "'"), "d/t-fout", token.span().start(), token.span().end(), List.of(replacement));
  }
}
