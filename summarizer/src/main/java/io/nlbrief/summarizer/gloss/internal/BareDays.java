package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.parser.DutchWords;
import io.nlbrief.parser.UPos;

/**
 * A day of the week that the analysis reads as an adverbial without a preposition or an article
 * ({@code vertrok dinsdagavond}, {@code bespraken woensdagvoormiddag de begroting}) is "on" + the
 * day in English: on Tuesday evening. The glossary's own adverb entries say so for the plain days
 * (maandag → on Monday); this covers the compounds it lacks, split into their parts. A day with
 * an article or a preposition ({@code de maandag}, {@code op dinsdag}) or as a subject or
 * predicate ({@code zondag is een rustdag}) is left alone.
 */
final class BareDays implements Stage {
  static final String RULE = "day-on";

  @Override
  public String name() {
    return RULE;
  }

  @Override
  public void apply(Slots s) {
    for (int i = 0; i < s.size(); i++) {
      UPos pos = s.token(i).upos();
      String english = s.english[i];
      if (!(pos == UPos.NOUN || pos == UPos.PROPN) || english == null || english.isEmpty()
          || english.startsWith("on ") || !Character.isUpperCase(english.charAt(0))
          || !s.token(i).dependency().relation().equals("obl") || !DutchWords.isDayOfWeek(s.lemmaLower(i))
          || hasArticleOrPreposition(s, i)) {
        continue;
      }
      s.english[i] = "on " + english;
      s.origin[i] = s.origin[i] + "+" + RULE;
    }
  }

  private static boolean hasArticleOrPreposition(Slots s, int day) {
    for (int d = Math.max(0, day - 4); d < day; d++) {
      String rel = s.token(d).dependency().relation();
      if (s.token(d).dependency().head() == day && (rel.equals("case") || rel.equals("det"))) {
        return true;
      }
    }
    return false;
  }
}
