package io.nlbrief.checker.internal;

import java.util.regex.Pattern;

/**
 * Compounds that share a part and leave it out, marked by a hyphen (the Dutch
 * <i>weglatingsstreepje</i>): {@code NAVO-lidstaten en -bondgenoten}, {@code desinformatie- en
 * propagandacampagnes}. The fragment is right when what is left of it is a well-formed word and
 * a coordinating conjunction joins it to its partner.
 */
public final class EllipticalCompoundFilter implements MatchFilter {
  private static final Pattern BEFORE = Pattern.compile("\\p{L}[\\p{L}\\p{N}-]*\\s*,?\\s+(?:en|of|en/of|tot|noch|maar ook)\\s+$");
  private static final Pattern AFTER = Pattern.compile("^\\s*,?\\s*(?:en|of|en/of|tot|noch|maar ook|,)\\s+-?\\p{L}");

  @Override
  public boolean isFalseAlarm(Match match, CheckContext context) {
    if (!match.spelling()) {
      return false;
    }
    String text = context.text();
    String word = match.covered(text);
    Lexicon lexicon = context.lexicon();
    if (word.length() > 2 && word.startsWith("-") && !word.startsWith("--")) {
      String rest = word.substring(1);
      String before = text.substring(Math.max(0, match.start() - 80), match.start());
      return BEFORE.matcher(before).find() && wellFormed(rest, lexicon, context);
    }
    if (word.length() > 2 && word.endsWith("-") && !word.endsWith("--")) {
      String rest = word.substring(0, word.length() - 1);
      String after = text.substring(match.end(), Math.min(text.length(), match.end() + 20));
      return AFTER.matcher(after).find() && wellFormed(rest, lexicon, context);
    }
    return false;
  }

  private static boolean wellFormed(String part, Lexicon lexicon, CheckContext context) {
    return part.contains("-")
        ? lexicon.isHyphenatedCompound(part, context::isName)
        : lexicon.isWellFormedPart(part) || context.isName(part) || context.isUserWord(part);
  }
}
