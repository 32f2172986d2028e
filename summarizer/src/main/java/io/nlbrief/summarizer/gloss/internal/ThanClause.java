package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.parser.UPos;
import java.util.ArrayList;
import java.util.List;

/**
 * A comparison with {@code dan} or {@code als} closed by a clause without a subject of its own
 * ({@code minder dan nu het geval is}, {@code duurder dan vroeger het geval was}) says its verb
 * straight after "than" or "as" in English and the adverbs after it: than is the case now, than
 * was the case earlier. Only adverbs may stand between the comparison word and the verb (the
 * phrase {@code het geval zijn} or a lone finite form of {@code zijn}); anything else is left alone.
 */
final class ThanClause implements Stage {
  static final String RULE = "order:than-clause";

  @Override
  public String name() {
    return RULE;
  }

  @Override
  public void apply(Slots s) {
    for (int at = 0; at + 2 < s.order.size(); at++) {
      int than = s.order.get(at);
      String english = s.english[than];
      if (english == null || !(english.equals("than") || english.endsWith(" than") || english.equals("as"))) {
        continue;
      }
      List<Integer> adverbs = new ArrayList<>();
      int k = at + 1;
      // the silent words are those said on another's gloss (dan of minder dan, het geval of het geval zijn)
      while (k < s.order.size() && (silent(s, s.order.get(k)) || isSaidAdverb(s, s.order.get(k)))) {
        if (!silent(s, s.order.get(k))) {
          adverbs.add(s.order.get(k));
        }
        k++;
      }
      if (adverbs.isEmpty() || k >= s.order.size() || !isTheCase(s, s.order.get(k))) {
        continue;
      }
      int verb = s.order.get(k);
      if (k + 1 < s.order.size() && !s.isBreak(s.order.get(k + 1))) {
        continue; // the clause goes on after the verb: not this shape
      }
      s.order.removeAll(adverbs);
      s.order.addAll(s.order.indexOf(verb) + 1, adverbs);
      for (int a : adverbs) {
        s.moved[a] = RULE;
      }
    }
  }

  private static boolean isSaidAdverb(Slots s, int t) {
    UPos pos = s.token(t).upos();
    // vroeger, eerder: the tagger's comparative adjectives of time are adverbs here
    return (pos == UPos.ADV || pos == UPos.ADJ && "Cmp".equals(s.token(t).morphology().feature("Degree")))
        && s.english[t] != null && !s.english[t].isEmpty()
        && !s.token(t).lemma().equals("niet");
  }

  private static boolean silent(Slots s, int t) {
    return s.english[t] != null && s.english[t].isEmpty();
  }

  private static boolean isTheCase(Slots s, int t) {
    String english = s.english[t];
    return english != null && (english.endsWith(" the case") || s.token(t).morphology().isFinite()
        && s.lemmaLower(t).equals("zijn") && (english.equals("is") || english.equals("was") || english.equals("are")
        || english.equals("were")));
  }
}
