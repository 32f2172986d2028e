package io.nlbrief.checker.internal;

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
  private static final Set<String> FIRST = Set.of("ik");
  private static final Set<String> CLAUSE_BREAKS = Set.of(
      "en", "maar", "want", "of", "dat", "omdat", "als", "toen", "terwijl", "die", "wanneer", "zodat", "nadat", "voordat", "doordat", "hoewel", "waar", "wat", "wie");

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
    List<Match> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      Token token = words.get(i);
      String form = token.text();
      String lower = form.toLowerCase(DUTCH);
      if (!token.isWord() || form.length() < 2) {
        continue;
      }
      String prev = i > 0 ? words.get(i - 1).text().toLowerCase(DUTCH) : null;
      String next = i + 1 < words.size() ? words.get(i + 1).text().toLowerCase(DUTCH) : null;
      Set<String> own = tags.of(lower);
      boolean stem = own.contains("WKW:TGW:1EP");
      boolean participle = own.stream().anyMatch(t -> t.startsWith("WKW:VTD")) && own.stream().noneMatch(t -> t.startsWith("WKW:TGW"));
      boolean tForm = own.contains("WKW:TGW:3EP");
      if (lower.endsWith("d") && stem && tags.has(lower + "t", "WKW:TGW:3EP")) {
        boolean subjectBefore = prev != null && (in(THIRD_PERSON, prev) || in(SECOND, prev)) && !isSubjectAfter(next);
        boolean subjectAfter = prev != null && !in(FIRST, prev) && !in(SECOND, prev) && in(THIRD_AFTER, next)
            && i > 0 && words.get(i - 1).isWord();
        if ((subjectBefore || subjectAfter) && !hasOtherFiniteVerb(words, i, tags)) {
          out.add(match(token, form + "t", "Dit werkwoord krijgt hier een t: <suggestion>" + form + "t</suggestion>."));
        }
      } else if (lower.endsWith("d") && participle && lower.length() > 3) {
        String present = form.substring(0, form.length() - 1) + "t";
        if (tags.has(present.toLowerCase(DUTCH), "WKW:TGW:3EP")) {
          boolean subjectBefore = prev != null && in(THIRD_PERSON, prev) && !"er".equals(prev) && !"wat".equals(prev)
              && !isSubjectAfter(next);
          boolean subjectAfter = i > 0 && words.get(i - 1).isWord() && in(THIRD_AFTER, next) && !"er".equals(next);
          if ((subjectBefore || subjectAfter) && !hasOtherFiniteVerb(words, i, tags)) {
            out.add(match(token, present, "Hier is een vervoegd werkwoord nodig, geen voltooid deelwoord: <suggestion>"
                + present + "</suggestion>."));
          }
        }
      } else if (lower.endsWith("dt") && tForm) {
        String plain = form.substring(0, form.length() - 1);
        boolean inversionWithIk = "ik".equals(next);
        boolean inversionWithJe = next != null && in(SECOND, next) && !(i + 2 < words.size() && isNounPhraseStart(words.get(i + 2)))
            && !in(FIRST, prev) && !in(THIRD_PERSON, prev);
        boolean afterIk = "ik".equals(prev);
        if ((inversionWithIk || inversionWithJe || afterIk) && tags.has(plain.toLowerCase(DUTCH), "WKW:TGW:1EP")) {
          out.add(match(token, plain, "Na of voor dit onderwerp krijgt de stam geen t: <suggestion>" + plain + "</suggestion>."));
        }
      }
    }
    return out;
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

  private static boolean hasOtherFiniteVerb(List<Token> words, int at, WordTags tags) {
    int from = at;
    while (from > 0 && !isBreak(words.get(from - 1))) {
      from--;
    }
    int to = at;
    while (to + 1 < words.size() && !isBreak(words.get(to + 1))) {
      to++;
    }
    for (int j = from; j <= to; j++) {
      if (j == at) {
        continue;
      }
      Token t = words.get(j);
      String tag = t.tag();
      if (tag != null && (tag.startsWith("WKW:TGW") || tag.startsWith("WKW:VLT")) && !tag.equals("WKW:TGW:INF")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isBreak(Token token) {
    if (!token.isWord()) {
      String t = token.text();
      return t.equals(",") || t.equals(";") || t.equals(":") || t.equals("(") || t.equals(")") || t.equals("–") || t.equals("-");
    }
    return CLAUSE_BREAKS.contains(token.text().toLowerCase(DUTCH));
  }

  private static Match match(Token token, String replacement, String message) {
    return new Match(ID, "d/t-fout in een werkwoord", "GRAMMAR", "Grammatica", "grammar", false,
        message.replaceAll("</?suggestion>", "'"), "d/t-fout", token.span().start(), token.span().end(), List.of(replacement));
  }
}
