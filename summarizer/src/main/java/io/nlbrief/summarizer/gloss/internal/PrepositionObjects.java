package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.parser.Token;
import io.nlbrief.parser.UPos;
import io.nlbrief.parser.WordLists;
import java.util.HashMap;
import java.util.Map;

/**
 * The English of a preposition that no head governs, by the noun it governs: English chooses
 * at, in or on by the kind of place or time where Dutch says op or aan ({@code op het vliegveld} →
 * at the airport, {@code op een andere manier} → in another way, {@code op straat} → in the
 * street, {@code aan het begin} → at the beginning, {@code aan de kust} → on the coast). The noun
 * is the one the analysis hangs the preposition on (its {@code case}); a noun also matches as
 * the last part of a compound. The pairs are in {@code preposition-objects.tsv}; a preposition a
 * head governs (the stage before this one) or a phrase entry glossed keeps its English.
 */
final class PrepositionObjects implements Stage {
  static final String RULE = "preposition-object";

  /** preposition + " " + noun lemma → English preposition. */
  private static final Map<String, String> SENSES = load();
  private static final int SHORTEST_NOUN = 3;

  @Override
  public String name() {
    return RULE;
  }

  @Override
  public void apply(Slots s) {
    for (int p = 0; p < s.size(); p++) {
      Token t = s.token(p);
      String o = s.origin[p];
      if (t.upos() != UPos.ADP || !t.dependency().relation().equals("case") || o == null || !o.startsWith("glossary:")
          || o.contains("+")) {
        continue;
      }
      int noun = t.dependency().head();
      if (noun <= p || noun >= s.size() || s.token(noun).upos() != UPos.NOUN) {
        continue;
      }
      String english = sense(s.lower(p), s.lemmaLower(noun));
      if (english != null && !english.equals(s.english[p])) {
        s.english[p] = english;
        s.origin[p] = o + "+" + RULE;
      }
    }
  }

  /** The English for the preposition before the noun, the noun alone or as a compound's last part; or null. */
  static String sense(String preposition, String lemma) {
    String exact = SENSES.get(preposition + " " + lemma);
    if (exact != null) {
      return exact;
    }
    for (int cut = 2; cut + SHORTEST_NOUN <= lemma.length(); cut++) {
      String e = SENSES.get(preposition + " " + lemma.substring(cut));
      if (e != null) {
        return e; // the longest last part first: op de staatsuniversiteit → universiteit
      }
    }
    return null;
  }

  private static Map<String, String> load() {
    Map<String, String> out = new HashMap<>();
    for (String line : WordLists.resource(PrepositionObjects.class, "/io/nlbrief/summarizer/gloss/preposition-objects.tsv")) {
      String[] f = line.split("\t");
      if (f.length != 3) {
        throw new IllegalStateException("preposition-objects.tsv: three columns wanted: " + line);
      }
      out.put(f[0] + " " + f[1], f[2]);
    }
    return Map.copyOf(out);
  }
}
