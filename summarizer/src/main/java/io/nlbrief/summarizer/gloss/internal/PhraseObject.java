package io.nlbrief.summarizer.gloss.internal;

import java.util.List;
import java.util.Set;

/**
 * A verb expression the glossary renders as a verb with a prepositional phrase ({@code onder druk
 * zetten} → put under pressure, {@code in gebruik nemen} → put into use) takes its direct object
 * between the two in English: put other countries under pressure, not put under pressure other
 * countries. The phrase's English is split: the verb stays on the Dutch verb, the prepositional
 * phrase goes to the first Dutch word of the expression's fixed part, which moves after the
 * object. Runs after the clause order, which has put the object after its verb.
 */
final class PhraseObject implements Stage {
  static final String RULE = "order:object-inside-phrase";

  /** The prepositions that open the phrase after an English verb (put under pressure, take into account). */
  private static final Set<String> PREPOSITIONS = Set.of(
      "under", "into", "in", "on", "to", "at", "out", "from", "behind", "over", "through", "up", "off");

  @Override
  public String name() {
    return "phrase-object";
  }

  @Override
  public void apply(Slots s) {
    for (int h = 0; h < s.size(); h++) {
      String origin = s.origin[h];
      String english = s.english[h];
      if (origin == null || !origin.startsWith("phrase:") || english == null) {
        continue;
      }
      String[] words = english.split(" ");
      if (words.length < 3 || !PREPOSITIONS.contains(words[1])) {
        continue; // a verb with a phrase of at least two words after it, not a lone particle (give up)
      }
      int host = -1;
      for (int k = 0; k < s.size(); k++) {
        if (k != h && origin.equals(s.origin[k]) && (s.english[k] == null || s.english[k].isEmpty())) {
          host = k;
          break;
        }
      }
      List<Integer> object = objectOf(s, h);
      if (host < 0 || object.isEmpty()) {
        continue;
      }
      int last = object.get(object.size() - 1);
      if (s.nextInEnglish(h) != object.get(0) || !ClauseTree.contiguous(positions(s, object))) {
        continue; // the object does not follow the verb in English order: nothing to put inside
      }
      s.english[h] = words[0];
      s.english[host] = english.substring(words[0].length() + 1);
      s.origin[host] = origin + "+" + RULE;
      s.order.remove(Integer.valueOf(host));
      s.order.add(s.order.indexOf(last) + 1, host);
      s.moved[host] = RULE;
    }
  }

  /** The direct object's words ({@code obj} of the verb), in Dutch order; empty if none or a pronoun English puts elsewhere. */
  private static List<Integer> objectOf(Slots s, int h) {
    for (int k : s.tree().children(h)) {
      if (s.token(k).dependency().baseRelation().equals("obj")) {
        return s.tree().subtree(k);
      }
    }
    return List.of();
  }

  private static List<Integer> positions(Slots s, List<Integer> tokens) {
    return tokens.stream().map(s.order::indexOf).sorted().toList();
  }
}
