package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.parser.PartOfSpeech;
import java.util.Locale;

/**
 * A quotation that is a sentence of its own starts with a capital in English as in Dutch: where
 * the Dutch word right after an opening quotation mark has a capital ({@code zei: ‘Dat is …’}),
 * the first English word after the mark takes one too (said: "That is …"), whichever word the
 * ordering put there. A quoted word or phrase in lower case ({@code als ‘saai’}) stays as it is, as
 * does the line's first word, which the layout capitalises anyway. The word keeps its Dutch token,
 * its origin gaining {@code +quoted-sentence}.
 */
final class QuotedSentence implements Stage {
  static final String RULE = "quoted-sentence";

  @Override
  public String name() {
    return RULE;
  }

  @Override
  public void apply(Slots s) {
    for (int i = 0; i + 1 < s.size(); i++) {
      if (!isQuote(s, i) || !Boolean.TRUE.equals(AmericanEnglish.opening(s, i)) || !capitalised(s.token(i + 1).text())) {
        continue;
      }
      int p = s.order.indexOf(i);
      if (!anyEnglishBefore(s, p)) {
        continue; // the line's first word: the layout capitalises it
      }
      for (int q = p + 1; q < s.order.size(); q++) {
        int k = s.order.get(q);
        String e = s.english[k];
        if (e == null || e.isEmpty()) {
          continue;
        }
        if (Character.isLowerCase(e.charAt(0)) && s.origin[k] != null && !s.origin[k].startsWith("punctuation")
            && !s.origin[k].equals("foreign")) {
          s.english[k] = e.substring(0, 1).toUpperCase(Locale.ROOT) + e.substring(1);
          s.origin[k] = s.origin[k] + "+" + RULE;
        }
        break;
      }
    }
  }

  private static boolean anyEnglishBefore(Slots s, int p) {
    for (int q = 0; q < p; q++) {
      String e = s.english[s.order.get(q)];
      if (e != null && !e.isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static boolean isQuote(Slots s, int i) {
    String t = s.token(i).text();
    return s.token(i).pos() == PartOfSpeech.PUNCTUATION
        && (t.equals("‘") || t.equals("'") || t.equals("„") || t.equals("“") || t.equals("\"") || t.equals(",,") || t.equals("‚"));
  }

  private static boolean capitalised(String text) {
    return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
  }
}
