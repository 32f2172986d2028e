package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.parser.Token;
import java.util.Set;

/**
 * A pronoun that names the speaker after a quotation goes before its verb: English inverts a
 * name there ({@code …', zei de minister.} → …', said the minister) but never a pronoun
 * ({@code …', zei hij.} → …', he said, not said he). Where the clause-order stage could not use
 * the analysis (the quotation counted inside the clause of the verb), the finite verb straight
 * after a comma or a closing quotation mark, then a subject pronoun and the end of the sentence
 * or a break, is turned round here.
 */
final class SpeakerPronoun implements Stage {
  static final String RULE = "order:speaker-pronoun";

  private static final Set<String> SUBJECT_PRONOUNS = Set.of("hij", "zij", "ze", "ik", "wij", "we", "jij", "je", "u", "jullie");

  @Override
  public String name() {
    return "speaker-pronoun";
  }

  @Override
  public void apply(Slots s) {
    for (int f = 1; f + 1 < s.size(); f++) {
      Token verb = s.token(f);
      String before = s.token(f - 1).text();
      if (!(before.equals(",") || isClosingQuote(before)) || verb.tag() == null || !verb.tag().startsWith("WKW")
          || !DutchForm.of(verb.tag()).isFiniteVerb() || !SUBJECT_PRONOUNS.contains(s.lower(f + 1))
          || !breakAfter(s, f + 2)) {
        continue;
      }
      int at = s.order.indexOf(f);
      if (at < 0 || at + 1 >= s.order.size() || s.order.get(at + 1) != f + 1) {
        continue; // another stage has moved them already
      }
      s.order.set(at, f + 1);
      s.order.set(at + 1, f);
      s.moved[f + 1] = RULE;
    }
  }

  /** From {@code k} on, only words without English (a particle, a pointer that says nothing) before a break or the end. */
  private static boolean breakAfter(Slots s, int k) {
    while (k < s.size() && !s.isBreak(k) && (s.english[k] == null || s.english[k].isEmpty())) {
      k++; // voegde hij eraan toe: eraan and toe say nothing
    }
    return k >= s.size() || s.isBreak(k);
  }

  private static boolean isClosingQuote(String x) {
    return x.equals("’") || x.equals("'") || x.equals("\"") || x.equals("”") || x.equals("''");
  }
}
