package io.nlbrief.checker.internal;

import java.util.regex.Pattern;

/**
 * A comma inside the closing quote when the sentence goes on with the attribution ({@code "... wat
 * ze maakt," zegt Laura}), the house style of Dutch newspapers; LanguageTool's own message grants
 * the exception ("behalve als het aangehaalde deel verderop wordt vervolgd").
 */
public final class QuoteCommaFilter implements MatchFilter {
  private static final Pattern CONTINUES = Pattern.compile("^[,]?[\"'”’]*\\s+\\p{Ll}");

  @Override
  public boolean isFalseAlarm(Match match, CheckContext context) {
    if (!match.ruleId().equals("KOMMA_AANHALING")) {
      return false;
    }
    String text = context.text();
    int at = match.start();
    return CONTINUES.matcher(text.substring(at, Math.min(text.length(), at + 20))).find();
  }
}
