package io.nlbrief.parser;

import java.util.Map;
import java.util.TreeMap;

/**
 * A token's morphology in Universal Dependencies terms.
 *
 * @param upos the UD part of speech
 * @param lemma the lemma in UD's convention: lower case except for names, verbs as infinitive
 *     ({@code wist} → {@code weten}), nouns singular, adjectives in their base form, pronouns as
 *     themselves ({@code hun} → {@code hun})
 * @param features UD features in CoNLL-U notation, sorted by name ({@code
 *     Number=Sing|Tense=Past|VerbForm=Fin}), or {@code _} for none
 */
public record Morphology(UPos upos, String lemma, String features) {
  /** For tokens that were never analysed. */
  public static final Morphology NONE = new Morphology(UPos.X, "_", "_");

  public Morphology {
    features = features == null || features.isEmpty() ? "_" : features;
  }

  /** The value of one feature ({@code feature("VerbForm")} → {@code Fin}), or {@code null}. */
  public String feature(String name) {
    if (features.equals("_")) {
      return null;
    }
    int from = 0;
    while (from < features.length()) {
      int bar = features.indexOf('|', from);
      int end = bar < 0 ? features.length() : bar;
      int eq = features.indexOf('=', from);
      if (eq > 0 && eq < end && features.regionMatches(from, name, 0, name.length()) && eq - from == name.length()) {
        return features.substring(eq + 1, end);
      }
      from = end + 1;
    }
    return null;
  }

  /** A finite verb form ({@code VerbForm=Fin}). */
  public boolean isFinite() {
    return "Fin".equals(feature("VerbForm"));
  }

  /** Features as a sorted map. */
  public Map<String, String> featureMap() {
    Map<String, String> out = new TreeMap<>();
    if (!features.equals("_")) {
      for (String f : features.split("\\|")) {
        int eq = f.indexOf('=');
        if (eq > 0) {
          out.put(f.substring(0, eq), f.substring(eq + 1));
        }
      }
    }
    return out;
  }
}
