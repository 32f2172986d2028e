package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.parser.Token;
import io.nlbrief.parser.UPos;
import io.nlbrief.parser.WordLists;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Nouns English says without the article that Dutch puts before them, each case its own rule:
 * <ul>
 *   <li>{@code generic}: an abstract or mass noun used in general ({@code de politiek} → politics,
 *       {@code het onderwijs} → education, {@code de Europese democratie} → European democracy),
 *       by its English in {@code generic-nouns.txt};
 *   <li>{@code language}: a language ({@code het Nederlands} → Dutch);
 *   <li>{@code meal}: a meal after a preposition ({@code na het ontbijt} → after breakfast);
 *   <li>{@code prison}: {@code in/naar/uit de gevangenis} → in/to/out of prison (American English
 *       keeps "the hospital", so het ziekenhuis keeps its article);
 *   <li>{@code name}: nouns English uses as names: {@code het Congres} → Congress, {@code de Brexit} → Brexit;
 *   <li>{@code news-source}: the bodies news English cites bare as subject or after according
 *       to/by ({@code de politie zei} → police said, {@code volgens de autoriteiten} → according to
 *       authorities; the parties' members too: Democrats said), and experts and researchers as the subject of a verb of saying.
 * </ul>
 * A noun with something after it that says which one it is keeps the article: a van-phrase or a
 * relative or other clause (het onderwijs dat wij kregen → the education that we got, de politiek
 * van het kabinet), and so does one with a superlative, ordinal or other adjective that picks one
 * out (de grootste armoede → the greatest poverty). The article is dropped, never moved; its
 * token keeps the rule's name ({@code bare-noun:generic} …).
 */
final class BareNouns implements Stage {
  static final String RULE = "bare-noun";

  private static final Set<String> GENERIC = WordLists.resource(BareNouns.class,
          "/io/nlbrief/summarizer/gloss/generic-nouns.txt").stream()
      .map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
  /** Dutch nouns for one thing of a kind whose gloss is also a mass noun: het genootschap is the society. */
  private static final Set<String> COUNTABLE = Set.of("genootschap", "sociëteit", "aard");
  /** Dutch names of languages (neuter nouns: het Nederlands). */
  private static final Set<String> LANGUAGES = Set.of(
      "nederlands", "engels", "frans", "duits", "spaans", "italiaans", "portugees", "russisch", "chinees", "japans",
      "arabisch", "turks", "pools", "grieks", "latijn", "hebreeuws", "fries", "zweeds", "noors", "deens", "fins",
      "hongaars", "koreaans", "oekraïens", "roemeens", "tsjechisch", "perzisch", "hindi", "swahili", "papiaments",
      "indonesisch", "vlaams", "afrikaans", "esperanto");
  private static final Set<String> MEALS = Set.of(
      "ontbijt", "lunch", "diner", "avondeten", "middageten", "avondmaal", "brunch");
  /** The English of the bodies that news English cites without an article (and the parties' members: Democrats say). */
  private static final Set<String> BODIES = Set.of(
      "police", "authorities", "officials", "emergency services", "rescuers", "rescue workers", "prosecutors",
      "investigators", "democrats", "republicans");
  /** Nouns English uses as names, without an article, that Dutch says with one: het Congres, de Brexit. */
  private static final java.util.Map<String, String> NAMES = java.util.Map.of("congres", "Congress", "brexit", "Brexit");
  /** People news English cites without an article when they say something: experts say. */
  private static final Set<String> SOURCES = Set.of(
      "experts", "researchers", "scientists", "analysts", "doctors", "economists", "witnesses", "critics");
  private static final Set<String> SAYING = Set.of(
      "zeggen", "verklaren", "melden", "meedelen", "waarschuwen", "denken", "verwachten", "schatten", "menen",
      "vinden", "geloven", "stellen", "bevestigen", "vermoeden", "vrezen", "rapporteren", "aankondigen", "ontdekken");
  /** Adjectives that pick one out, with which English keeps "the" (the same, the whole, the next …). */
  private static final Set<String> PICKING = Set.of(
      "zelfde", "hetzelfde", "dezelfde", "enige", "hele", "gehele", "volgende", "vorige", "laatste", "eerste", "tweede",
      "derde", "huidige", "toenmalige", "echte", "ware", "bovengenoemde", "genoemde", "bewuste");

  @Override
  public String name() {
    return RULE;
  }

  @Override
  public void apply(Slots s) {
    for (int i = 0; i + 1 < s.size(); i++) {
      if (language(s, i)) {
        drop(s, i, "language");
        continue;
      }
      if (accordingTo(s, i)) {
        s.english[i] = "according to"; // the phrase volgens de: according to police
        s.origin[i] = s.origin[i] + "+" + RULE + ":news-source";
        continue;
      }
      if (!Articles.isDefiniteArticle(s, i)) {
        continue;
      }
      int noun = nounAfter(s, i + 1);
      if (noun < 0 || s.token(i).dependency().head() != noun || s.english[noun] == null || madeDefinite(s, noun)) {
        continue;
      }
      String rule = rule(s, i, noun);
      if (rule != null) {
        drop(s, i, rule);
        if (rule.equals("name")) {
          s.english[noun] = NAMES.get(s.lemmaLower(noun)); // het Congres → Congress
        }
      }
    }
  }

  private static void drop(Slots s, int i, String rule) {
    s.english[i] = "";
    s.origin[i] = s.origin[i] + "+" + RULE + ":" + rule;
  }

  /**
   * het before a language that ends its noun phrase: het Nederlands → Dutch. The tagger often reads
   * the language as an adjective and het as a pronoun; with a noun after it, it is the adjective
   * (het Nederlands elftal → the Dutch team) and keeps the article.
   */
  private static boolean language(Slots s, int i) {
    if (!(s.lower(i).equals("het") || s.lower(i).equals("'t")) || !"the".equals(s.english[i])
        || !LANGUAGES.contains(s.lower(i + 1))) {
      return false;
    }
    UPos u = s.token(i + 1).upos();
    if (u != UPos.NOUN && u != UPos.PROPN && u != UPos.ADJ) {
      return false;
    }
    if (i + 2 < s.size()) {
      UPos next = s.token(i + 2).upos();
      return next != UPos.NOUN && next != UPos.PROPN && next != UPos.ADJ && !s.lower(i + 2).equals("van");
    }
    return true;
  }

  /** The phrase volgens de glossed "according to the" before a body news English cites bare. */
  private static boolean accordingTo(Slots s, int i) {
    if (!"according to the".equals(s.english[i]) || s.origin[i] == null || !s.origin[i].startsWith("phrase:")) {
      return false;
    }
    int noun = i + 2;
    return noun < s.size() && s.english[noun] != null && BODIES.contains(s.english[noun].toLowerCase(Locale.ROOT))
        && !madeDefinite(s, noun);
  }

  /** The name of the rule that drops the article before {@code noun}, or null. */
  private static String rule(Slots s, int article, int noun) {
    String english = s.english[noun].toLowerCase(Locale.ROOT);
    String lemma = s.lemmaLower(noun);
    boolean singular = !"Plur".equals(s.token(noun).morphology().feature("Number"));
    String preposition = preposition(s, noun);
    if (NAMES.containsKey(lemma) && noun == article + 1 && english.equalsIgnoreCase(NAMES.get(lemma))) {
      return "name";
    }
    if ((MEALS.contains(lemma) || MEALS.contains(s.lower(noun))) && preposition != null && noun == article + 1) {
      return "meal";
    }
    if (lemma.equals("gevangenis") && noun == article + 1
        && ("in".equals(preposition) || "naar".equals(preposition) || "uit".equals(preposition))) {
      return "prison";
    }
    if (singular && GENERIC.contains(english) && !COUNTABLE.contains(lemma)) {
      return "generic";
    }
    boolean subject = s.token(noun).dependency().relation().equals("nsubj"); // not of a passive: the police were called
    if (BODIES.contains(english) && (subject || "volgens".equals(preposition) || "door".equals(preposition))) {
      return "news-source";
    }
    if (SOURCES.contains(english) && !singular && subject && SAYING.contains(headLemma(s, noun))) {
      return "news-source";
    }
    return null;
  }

  /** The noun that the article at {@code k - 1} goes with: at {@code k}, maybe after adjectives that do not pick one out; or -1. */
  private static int nounAfter(Slots s, int k) {
    for (; k < s.size(); k++) {
      Token t = s.token(k);
      UPos u = t.upos();
      if (u == UPos.NOUN || u == UPos.PROPN) {
        return k;
      }
      if (u != UPos.ADJ || PICKING.contains(s.lower(k)) || "Sup".equals(t.morphology().feature("Degree"))
          || s.lower(k).endsWith("ste")) {
        return -1; // de grootste armoede → the greatest poverty
      }
    }
    return -1;
  }

  /**
   * Something after the noun says which one it is: a van-phrase, a relative or other clause on the
   * noun, or the words van, die, dat or waar- straight after it.
   */
  private static boolean madeDefinite(Slots s, int noun) {
    int after = noun + 1;
    while (after + 1 < s.size() && isClosingQuote(s.token(after).text())) {
      after++; // 'de geschiedenis' van de man: the van-phrase after the quotation still makes it definite
    }
    if (after < s.size()) {
      String next = s.lower(after);
      if (next.equals("van") || next.equals("die") || next.equals("dat") || next.startsWith("waar") || next.equals("om")) {
        return true;
      }
    }
    for (int c : s.tree().children(noun)) {
      if (c < noun) {
        continue;
      }
      String r = s.token(c).dependency().baseRelation();
      if (r.equals("acl") || r.equals("appos")) {
        return true;
      }
      if (r.equals("nmod")) {
        for (int g : s.tree().children(c)) {
          if (s.token(g).dependency().baseRelation().equals("case") && s.lower(g).equals("van")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean isClosingQuote(String t) {
    return t.equals("’") || t.equals("'") || t.equals("\"") || t.equals("”");
  }

  /** The preposition the analysis hangs on the noun (its case), lower case, or null. */
  private static String preposition(Slots s, int noun) {
    for (int c : s.tree().children(noun)) {
      if (c < noun && s.token(c).dependency().baseRelation().equals("case") && s.token(c).upos() == UPos.ADP) {
        return s.lower(c);
      }
    }
    return null;
  }

  private static String headLemma(Slots s, int k) {
    int h = s.token(k).dependency().head();
    return h >= 0 && h < s.size() ? s.lemmaLower(h) : "";
  }
}
