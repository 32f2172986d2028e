package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.parser.Clause;
import java.util.Map;
import java.util.Set;

/**
 * The perfect with {@code zijn}: verbs of motion and change of state take "be" in Dutch and "have"
 * in English ({@code hij is vertrokken} → he has left, {@code zij was overleden} → she had died,
 * {@code het is geweest} → it has been). A participle of any other verb after {@code zijn} is a
 * passive and keeps "be" ({@code het boek is gelezen} → the book is read).
 */
final class PerfectWithZijn implements Stage {
  static final String RULE = "perfect-with-zijn";

  /** Verbs whose perfect takes zijn; a separable or prefixed verb ending in one of them too (aankomen, terugkeren). */
  private static final Set<String> ZIJN_VERBS = Set.of(
      "komen", "gaan", "worden", "blijven", "overlijden", "sterven", "vertrekken", "vallen", "beginnen", "stijgen",
      "dalen", "verdwijnen", "ontstaan", "gebeuren", "verschijnen", "keren", "groeien", "slagen",
      "mislukken", "ontsnappen", "vluchten", "verhuizen", "zijn", "opstaan",
      "zakken", "ophouden", "belanden", "arriveren", "emigreren", "verlopen",
      "verstrijken", "opgroeien", "verongelukken", "omkomen", "sneuvelen", "slinken", "toenemen", "afnemen");
  private static final Map<String, String> HAVE = Map.of(
      "is", "has", "are", "have", "am", "have", "was", "had", "were", "had", "be", "have");

  @Override
  public String name() {
    return RULE;
  }

  @Override
  public void apply(Slots s) {
    for (Clause c : s.clauses) {
      boolean zijn = false;
      for (int v : c.verbCluster()) {
        zijn |= v >= 0 && v < s.size() && s.lemmaLower(v).equals("zijn");
      }
      if (!zijn) {
        continue;
      }
      int participle = -1;
      for (int v : c.verbCluster()) {
        if (v >= 0 && v < s.size() && v != c.finiteVerb() && isParticiple(s.token(v)) && takesZijn(s.lemmaLower(v))) {
          participle = v;
        }
      }
      if (participle < 0) {
        continue;
      }
      for (int v : c.verbCluster()) {
        if (v != participle && s.lemmaLower(v).equals("zijn") && s.english[v] != null && HAVE.containsKey(s.english[v])) {
          s.english[v] = HAVE.get(s.english[v]);
          s.origin[v] = s.origin[v] + "+" + RULE;
        }
      }
    }
  }

  /** A participle, or a form the tagger read otherwise that can be one (vertrokken: past plural or participle). */
  private static boolean isParticiple(io.nlbrief.parser.Token t) {
    if (t.tag() != null && t.tag().startsWith("WKW:VTD")) {
      return true;
    }
    for (io.nlbrief.parser.Token.Reading r : t.readings()) {
      if (r.tag().startsWith("WKW:VTD")) {
        return true;
      }
    }
    return false;
  }

  static boolean takesZijn(String lemma) {
    if (ZIJN_VERBS.contains(lemma)) {
      return true;
    }
    for (String v : ZIJN_VERBS) {
      if (lemma.length() > v.length() + 1 && lemma.endsWith(v) && !v.equals("zijn") && !lemma.equals("voorkomen")) {
        return true; // aankomen, terugkeren, uitgroeien
      }
    }
    return lemma.endsWith("gaan") && (lemma.startsWith("weg") || lemma.startsWith("uit") || lemma.startsWith("door")
        || lemma.startsWith("terug") || lemma.startsWith("ver") || lemma.startsWith("voorbij"));
  }
}
