package io.nlbrief.checker.internal;

import io.nlbrief.parser.DutchWords;
import io.nlbrief.parser.Sentence;
import io.nlbrief.parser.Token;
import java.util.List;
import java.util.Locale;

/**
 * LanguageTool's agreement patterns that take the wrong word for the subject:
 * <ul>
 *   <li>{@code wordt je} flagged where {@code je} is an indirect object and the clause has its own
 *       subject before the verb ({@code Wat wordt je aangedaan?}, {@code Het pakje wordt je
 *       morgen geleverd});
 *   <li>{@code word …} replaced by {@code wordt …} where the subject is {@code ik} right before it
 *       ({@code ik word gedacht}), or {@code je}/{@code jij} right after it in a clause that opens
 *       with an adverbial ({@code Hoe word je gevraagd?});
 *   <li>{@code word} replaced by {@code wordt} where an article or a quantifier that is never a
 *       pronoun stands right before it: the noun (the English {@code word} of computing, a word
 *       mentioned as such: {@code een word van twee bytes}), no verb;
 *   <li>a third-person form before {@code ik} ({@code zegt ik}) where {@code ik} is the subject of a
 *       verb of its own right after it ({@code zegt men niet ik word ziek}).
 * </ul>
 * The subject is the parser's clause analysis's ({@link ClauseView}); where it is not clear the
 * match stays.
 */
public final class SubjectFilter implements MatchFilter {
  private static final Locale DUTCH = Locale.forLanguageTag("nl");
  /**
   * The determiners that cannot be a subject pronoun themselves ({@code het}, {@code dat},
   * {@code die} can: {@code het word gedacht} is a verb missing its t).
   */
  private static final java.util.Set<String> NOUN_DETERMINERS = DutchWords.of(DutchWords.WordClass.DETERMINER).stream()
      .filter(w -> !DutchWords.is(DutchWords.WordClass.SUBJECT_PRONOUN, w))
      .filter(w -> !java.util.Set.of("het", "dat", "die", "dit", "deze", "zijn", "haar", "hun", "alle", "veel", "weinig",
          "enkele", "sommige", "beide", "welk", "welke").contains(w))
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  @Override
  public boolean isFalseAlarm(Match match, CheckContext context) {
    if (match.spelling()) {
      return false;
    }
    Token verb = context.tokenAt(match.start());
    Sentence sentence = context.sentenceAt(match.start());
    if (verb == null || sentence == null) {
      return false;
    }
    List<Token> words = sentence.tokens();
    int at = words.indexOf(verb);
    String form = verb.text().toLowerCase(DUTCH);
    String next = at + 1 < words.size() ? words.get(at + 1).text().toLowerCase(DUTCH) : "";
    String prev = at > 0 ? words.get(at - 1).text().toLowerCase(DUTCH) : "";
    ClauseView clauses = ClauseView.of(sentence);
    if (form.equals("wordt") && next.equals("je") && suggestsStem(match)) {
      return clauses.jeIsIndirectObject(at);
    }
    if (form.equals("word") && suggests(match, "wordt")) {
      return prev.equals("ik") || NOUN_DETERMINERS.contains(prev)
          || next.equals("jij")
          || next.equals("je") && clauses.noSubjectBefore(at) && !clauses.jeIsIndirectObject(at);
    }
    if (match.ruleId().equals("LOOPT_IK") && at + 2 < words.size() && words.get(at + 1).text().equals("ik")) {
      // "zegt men niet ik word ziek": ik has its own finite verb, so it is not the subject of zegt.
      // A capital Ik is the rule's other case (a missing full stop) and stays.
      return isFirstPersonVerb(words.get(at + 2));
    }
    return false;
  }

  private static boolean suggestsStem(Match match) {
    return match.suggestions().stream().anyMatch(s -> s.toLowerCase(DUTCH).startsWith("word "));
  }

  private static boolean suggests(Match match, String firstWord) {
    return !match.suggestions().isEmpty()
        && match.suggestions().stream().allMatch(s -> s.toLowerCase(DUTCH).startsWith(firstWord + " ") || s.equalsIgnoreCase(firstWord));
  }

  private static boolean isFirstPersonVerb(Token token) {
    String tag = token.tag() == null ? "" : token.tag();
    return tag.equals("WKW:TGW:1EP") || tag.equals("WKW:VLT:1EP")
        || token.readings().stream().anyMatch(r -> "WKW:TGW:1EP".equals(r.tag()) || "WKW:VLT:1EP".equals(r.tag()));
  }
}
