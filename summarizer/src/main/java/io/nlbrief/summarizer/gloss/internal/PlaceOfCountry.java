package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.parser.UPos;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code het Franse Calais}, {@code het Engelse Salisbury}: Dutch news names a town by its
 * country's adjective with the neuter article of place names; English says "Calais, France". The
 * pattern is the analysis's: {@code het} and an adjective of a country ({@code
 * nationality-countries.tsv}) hung on a name, the name not in the glossary as a common word. The
 * adjective moves after the name as the country, with a comma after it when the sentence goes on;
 * the article is not said. {@code de Franse
 * regering} (a noun, not a name) and {@code het Franse leger} are left alone.
 */
final class PlaceOfCountry implements Stage {
  static final String RULE = "order:place-of-country";
  private static final Map<String, String> COUNTRIES = new HashMap<>();

  static {
    for (String line : io.nlbrief.parser.WordLists.resource(PlaceOfCountry.class,
        "/io/nlbrief/summarizer/gloss/nationality-countries.tsv")) {
      String[] f = line.split("\t");
      if (f.length != 2) {
        throw new IllegalStateException("nationality-countries.tsv: two columns wanted: " + line);
      }
      COUNTRIES.put(f[0], f[1]);
    }
  }

  @Override
  public String name() {
    return RULE;
  }

  @Override
  public void apply(Slots s) {
    for (int a = 1; a + 1 < s.size(); a++) {
      int name = a + 1;
      int article = a - 1;
      String lemma = s.token(a).morphology().lemma(); // the analysis's lemma: Engelse may be tagged a name
      String country = lemma == null ? null : COUNTRIES.get(lemma.toLowerCase(java.util.Locale.ROOT));
      if (country == null || s.token(a).upos() != UPos.ADJ || s.token(name).upos() != UPos.PROPN
          || !s.lower(article).equals("het") || s.token(a).dependency().head() != name
          || s.token(article).dependency().head() != name || s.english[name] == null || s.english[name].isEmpty()
          || name + 1 < s.size() && s.token(name + 1).upos() == UPos.PROPN) {
        continue;
      }
      int at = s.order.indexOf(name);
      if (at < 0 || s.order.indexOf(a) != at - 1) {
        continue;
      }
      s.english[article] = "";
      s.origin[article] = s.origin[article] + "+" + RULE;
      s.english[name] = s.english[name] + ",";
      s.english[a] = country;
      s.origin[a] = s.origin[a] + "+" + RULE;
      s.order.remove((Integer) a);
      s.order.add(s.order.indexOf(name) + 1, a);
      s.moved[a] = RULE;
      int next = s.nextInEnglish(a);
      if (next >= 0 && s.token(next).upos() != UPos.PUNCT) {
        s.english[a] = country + ","; // the country closed off like an aside: in Calais, France, where
      }
    }
  }
}
