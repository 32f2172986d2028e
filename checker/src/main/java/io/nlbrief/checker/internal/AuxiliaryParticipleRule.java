package io.nlbrief.checker.internal;

import io.nlbrief.parser.Sentence;
import io.nlbrief.parser.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A present tense in {@code -t} where the clause needs the past participle in {@code -d}: a form
 * of {@code zijn}, {@code worden} or {@code hebben} already stands earlier in the clause, and the
 * word is followed by what follows a participle (the end of the clause, a preposition, another
 * verb), not by a subject ({@code Het huis werd verbouwt door} → {@code verbouwd}; {@code Het dorp
 * was al bevrijdt.} → {@code bevrijd}). Only where that participle exists and is not also the
 * present ({@code ontdekt}). A clause ends at punctuation or at a conjunction, relative or question
 * word ({@code Dit is wat hij bedoelt}, {@code Het is het plan dat hij verbetert}); after an
 * inversion ({@code Sinds hij voorzitter is bepaalt hij alles}) the subject follows the verb, and
 * the rule keeps quiet. Also a present right before the auxiliary that ends a subordinate clause
 * ({@code dat het graf al bevrijdt was}).
 */
public final class AuxiliaryParticipleRule implements OwnRule {
  private static final Locale DUTCH = Locale.forLanguageTag("nl");
  private static final Set<String> AUXILIARIES = Set.of("is", "was", "wordt", "werd", "waren", "worden", "werden", "ben", "bent",
      "heeft", "had", "hebben", "hadden", "heb", "hebt");
  private static final Set<String> BOUNDARIES = Set.of("en", "maar", "want", "of", "dat", "omdat", "als", "toen", "terwijl", "die",
      "wanneer", "zodat", "nadat", "voordat", "doordat", "hoewel", "wat", "wie", "tenzij", "zodra", "indien", "mits", "opdat",
      "totdat", "sinds", "hoe", "waarom", "welke", "welk", "zoals", "alsof", "dan", "dus", "om");
  /** What may follow a participle at the end of its clause: a preposition or a verb of the cluster. */
  private static final Set<String> AFTER_PARTICIPLE = Set.of("door", "in", "op", "met", "voor", "bij", "tot", "aan", "van", "uit",
      "naar", "over", "tegen", "na", "en", "of", "maar", "zijn", "worden", "werd", "is", "was", "te", "geweest", "kan", "kunnen", "zou", "moet");

  private static final Set<String> INFINITIVES_AFTER = Set.of("kunnen", "worden", "moeten", "zullen", "willen", "mogen", "zijn");

  @Override
  public String id() {
    return DtRule.ID;
  }

  @Override
  public String categoryId() {
    return "GRAMMAR";
  }

  @Override
  public List<Match> match(Sentence sentence, WordTags tags) {
    List<Token> words = sentence.tokens();
    List<Match> out = new ArrayList<>();
    for (int i = 1; i < words.size(); i++) {
      Token token = words.get(i);
      String form = token.text();
      String lower = form.toLowerCase(DUTCH);
      if (!token.isWord() || lower.length() < 5 || !lower.endsWith("t") || Character.isUpperCase(form.charAt(0))) {
        continue;
      }
      Set<String> own = tags.of(lower);
      if (!own.contains("WKW:TGW:3EP") || own.stream().anyMatch(t -> t.startsWith("WKW:VTD"))) {
        continue;
      }
      String participle = lower.endsWith("dt") ? lower.substring(0, lower.length() - 1) : lower.substring(0, lower.length() - 1) + "d";
      if (!tags.has(participle, "WKW:VTD")
          // participleFollows first: it reads tokens only, where auxiliaryEarlier may ask the
          // analysis (is zijn a verb?), which a sentence without a candidate never needs.
          || !(participleFollows(words, i, tags) && auxiliaryEarlier(words, i) || auxiliaryEndsClause(words, i))) {
        continue;
      }
      String replacement = form.endsWith("dt") ? form.substring(0, form.length() - 1) : form.substring(0, form.length() - 1) + "d";
      out.add(new Match(DtRule.ID, "d/t-fout in een werkwoord", "GRAMMAR", "Grammatica", "grammar", false,
          "Na een vorm van zijn, worden of hebben staat hier een voltooid deelwoord: '" + replacement + "'.", "d/t-fout",
          token.span().start(), token.span().end(), List.of(replacement)));
    }
    return out;
  }

  private static boolean auxiliaryEarlier(List<Token> words, int at) {
    for (int j = at - 1; j >= 0; j--) {
      Token t = words.get(j);
      String w = t.text().toLowerCase(DUTCH);
      if (isBoundary(t, w) && !coordinatesWithinClause(words, j, at)) {
        return false;
      }
      if (isAuxiliary(t, w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "dat het graf al bevrijdt was.": the auxiliary right after the word ends the clause (or only
   * infinitives follow it), the order of a subordinate clause, where the present would stand last.
   * {@code De man die hij bedoelt is ziek} goes on after the auxiliary and is left alone.
   */
  private static boolean auxiliaryEndsClause(List<Token> words, int at) {
    if (at + 1 >= words.size() || !AUXILIARIES.contains(words.get(at + 1).text().toLowerCase(DUTCH))
        && !words.get(at + 1).text().equalsIgnoreCase("zijn")) {
      return false;
    }
    for (int j = at + 2; j < words.size(); j++) {
      Token t = words.get(j);
      if (!t.isWord()) {
        return !t.text().equals("-");
      }
      if (!INFINITIVES_AFTER.contains(t.text().toLowerCase(DUTCH))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A coordinator at {@code j} that joins words of one clause rather than two clauses: the same
   * word on both sides ({@code meer en meer}), or a participle before it that shares the
   * auxiliary with the word at {@code at}, when that word ends the clause or takes the agent
   * ({@code werd gestookt en verhandelt,}; {@code worden gewonnen en verbouwt.}). {@code Het bedrijf
   * is opgericht en groeit nu} goes on after the verb and is another clause.
   */
  private static boolean coordinatesWithinClause(List<Token> words, int j, int at) {
    String w = words.get(j).text().toLowerCase(DUTCH);
    if (!w.equals("en") && !w.equals("of") || j == 0 || j + 1 >= words.size()) {
      return false;
    }
    Token before = words.get(j - 1);
    if (before.text().equalsIgnoreCase(words.get(j + 1).text()) && before.isWord()) {
      return true;
    }
    boolean participleBefore = before.tag() != null && before.tag().startsWith("WKW:VTD");
    Token after = at + 1 < words.size() ? words.get(at + 1) : null;
    boolean endsHere = after == null || !after.isWord() && !after.text().equals("-") || after.text().equalsIgnoreCase("door");
    return participleBefore && j == at - 1 && endsHere;
  }

  private static boolean participleFollows(List<Token> words, int at, WordTags tags) {
    if (at + 1 >= words.size()) {
      return true;
    }
    Token next = words.get(at + 1);
    String w = next.text().toLowerCase(DUTCH);
    if (!next.isWord()) {
      return !next.text().equals("-");
    }
    // Any preposition the tagger reads as one (wegens, vanwege, tijdens), not only the listed ones.
    return AFTER_PARTICIPLE.contains(w) || tags.has(w, "WKW:TGW:INF") && !tags.has(w, "ZNW")
        || next.tag() != null && next.tag().startsWith("VRZ");
  }

  /**
   * A finite form of zijn, worden or hebben: one of the unambiguous forms, or {@code zijn} where
   * the analysis reads it as a verb (not the possessive of {@code zijn huis}).
   */
  private static boolean isAuxiliary(Token t, String w) {
    return AUXILIARIES.contains(w) || w.equals("zijn") && t.upos().isVerbal() && t.morphology().isFinite();
  }

  private static boolean isBoundary(Token t, String w) {
    if (!t.isWord()) {
      // numbers and quotes stand inside a clause ("was in 1944 al")
      return !t.text().chars().allMatch(Character::isDigit) && !t.text().equals("'") && !t.text().equals("\"");
    }
    return BOUNDARIES.contains(w) || w.startsWith("waar");
  }
}
