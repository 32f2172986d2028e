package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.parser.Clause;
import java.util.Map;
import java.util.Set;

/**
 * The perfect with {@code zijn}: verbs of motion and change of state take "be" in Dutch and "have"
 * in English ({@code hij is vertrokken} → he has left, {@code zij was overleden} → she had died,
 * {@code het is geweest} → it has been). A participle of any other verb after a present
 * {@code zijn} is the perfect of the passive ({@code het boek is gelezen} → the book has been read;
 * with a time that is over, the simple past: {@code is gisteren gelezen} → was read yesterday);
 * after a past one it keeps "was" ({@code het boek was gelezen} → the book was read).
 */
final class PerfectWithZijn implements Stage {
  static final String RULE = "perfect-with-zijn";

  /** Verbs whose perfect takes zijn; a separable or prefixed verb ending in one of them too (aankomen, terugkeren). */
  private static final Set<String> ZIJN_VERBS = Set.of(
      "komen", "gaan", "worden", "blijven", "overlijden", "sterven", "vertrekken", "vallen", "beginnen", "stijgen",
      "dalen", "verdwijnen", "ontstaan", "gebeuren", "verschijnen", "keren", "groeien", "slagen",
      "mislukken", "ontsnappen", "vluchten", "verhuizen", "zijn", "opstaan",
      "zakken", "ophouden", "belanden", "arriveren", "emigreren", "verlopen",
      "verstrijken", "opgroeien", "verongelukken", "omkomen", "sneuvelen", "slinken", "toenemen", "afnemen",
      "instorten", "ineenstorten", "neerstorten", "verdrinken", "bezwijken", "ontwaken", "vergaan",
      // resigning, moving, landing, failing, stopping: motion and change of state too
      "aftreden", "toetreden", "uittreden", "intreden", "lopen", "rijden", "vliegen", "reizen", "zwemmen", "springen", "varen", "zinken", "landen",
      "stranden", "ontploffen", "exploderen", "lukken", "tegenvallen", "meevallen", "bevallen", "opdagen",
      "verdwalen", "wijken", "stoppen", "veranderen", "stappen", "ontsporen", "uitbreken", "barsten",
      "inslapen", "glijden", "kruipen");
  /** Verbs ending in one of those that take hebben and an object: their zijn is the passive's (is verstopt). */
  private static final Set<String> TRANSITIVE_LOOKALIKES = Set.of("voorkomen", "verstoppen", "ontlopen", "belopen");
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
        zijn |= v >= 0 && v < s.size() && isZijn(s, v);
      }
      if (!zijn) {
        continue;
      }
      int participle = -1;
      int passive = -1;
      boolean worden = false;
      for (int v : c.verbCluster()) {
        // after an article it is a noun, whatever the cluster says (het gemiddelde, het geschrevene)
        boolean noun = v > 0 && v < s.size() && s.token(v - 1).upos() == io.nlbrief.parser.UPos.DET;
        if (v >= 0 && v < s.size() && v != c.finiteVerb() && isParticiple(s.token(v)) && !noun) {
          // the analysis's lemma where the tagger's is an adjective's (veilig geland: geland, landen)
          if (takesZijn(s.lemmaLower(v))
              || takesZijn(s.token(v).morphology().lemma().toLowerCase(java.util.Locale.ROOT))) {
            participle = v;
          } else {
            passive = v;
          }
        }
        worden |= v >= 0 && v < s.size() && s.lemmaLower(v).equals("worden");
      }
      if (participle < 0) {
        if (passive >= 0 && !worden) {
          perfectPassive(s, c, passive);
        }
        continue;
      }
      for (int v : c.verbCluster()) {
        if (v != participle && isZijn(s, v) && s.english[v] != null && HAVE.containsKey(s.english[v])
            && !clauseOpensBetween(s, v, participle)) {
          s.english[v] = HAVE.get(s.english[v]);
          s.origin[v] = s.origin[v] + "+" + RULE;
        }
      }
    }
  }

  /**
   * A present zijn with the participle of a verb that takes hebben is the perfect of the passive:
   * {@code de kerk is gebouwd} → the church has been built ({@code is} alone says it is being
   * built). The participles of a state (gebaseerd, gelegen, betrokken …) keep "is".
   */
  private static void perfectPassive(Slots s, Clause c, int participle) {
    int f = c.finiteVerb();
    if (f < 0 || f >= s.size() || !isZijn(s, f) || STATES.contains(s.lower(participle)) || describedState(s, participle)
        || s.english[participle] == null || s.english[participle].isEmpty()
        || s.english[participle].contains(" ") && !phraseOfTheVerb(s, participle)) {
      return;
    }
    boolean past = pastTimeIn(s);
    String have = switch (s.english[f] == null ? "" : s.english[f]) {
      case "is" -> past ? "was" : "has";
      case "are" -> past ? "were" : "have";
      default -> null;
    };
    if (have == null) {
      return;
    }
    s.english[f] = have;
    s.origin[f] = s.origin[f] + "+" + PASSIVE;
    if (!past) {
      s.english[participle] = "been " + s.english[participle];
      s.origin[participle] = s.origin[participle] + "+" + PASSIVE;
    }
  }

  /**
   * A participle with an adjective of manner or degree of its own before it names the state the
   * thing is in, as an adjective would: {@code de zaak is politiek gemotiveerd} → is politically
   * motivated, {@code het huis is goed gebouwd} → is well built, {@code is volledig verwoest} → is
   * completely destroyed. An adjective of speed or time before it tells of the event, which keeps
   * the perfect ({@code is snel gebouwd} → has been built quickly).
   */
  private static boolean describedState(Slots s, int participle) {
    int a = participle - 1;
    if (a < 0 || s.token(a).upos() != io.nlbrief.parser.UPos.ADJ || EVENT_MANNER.contains(s.lower(a))) {
      return false;
    }
    return s.token(a).dependency().head() == participle && s.token(a).dependency().baseRelation().equals("advmod");
  }

  /** Adjectives of speed and time, which modify the event rather than describe a state. */
  private static final Set<String> EVENT_MANNER = Set.of(
      "snel", "langzaam", "vlug", "traag", "recent", "onlangs", "eerder", "later", "vroeg", "laat", "tijdig",
      "direct", "meteen", "onmiddellijk", "plotseling", "plots", "zojuist", "herhaaldelijk", "vaak", "zelden",
      "opnieuw", "nieuw", "pas", "net", "gisteren");

  /**
   * A participle whose English is a verb phrase the phrase matcher inflected (op een laag pitje
   * gezet → put on the back burner): "been" goes before it as before one word.
   */
  private static boolean phraseOfTheVerb(Slots s, int participle) {
    return s.origin[participle] != null && s.origin[participle].startsWith("phrase:");
  }

  /**
   * A form of zijn by the tagger's lemma or the analysis's: the tagger may give another verb's
   * lemma to a form of zijn (waren: to wander).
   */
  static boolean isZijn(Slots s, int v) {
    return s.lemmaLower(v).equals("zijn") || s.token(v).morphology().lemma().equalsIgnoreCase("zijn")
        && (s.token(v).upos() == io.nlbrief.parser.UPos.AUX || s.token(v).upos() == io.nlbrief.parser.UPos.VERB);
  }

  /** Words of a time that is over: English says it with the simple past, not the perfect. */
  private static final Set<String> PAST_TIMES = Set.of(
      "gisteren", "eergisteren", "vorige", "vorig", "geleden", "toen", "destijds", "gisteravond", "gisterochtend",
      "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag");

  /**
   * The sentence names a time that is over (gisteren, vorige week, twee jaar geleden, in 2010, a
   * day or a date): Both houses were sold yesterday, not have been sold yesterday.
   */
  static boolean pastTimeIn(Slots s) {
    for (int k = 0; k < s.size(); k++) {
      if (s.lower(k).equals("sinds") || s.lower(k).equals("sindsdien")) {
        return false; // a time since when keeps the perfect (is sinds 2014 gesloten → has been closed since 2014)
      }
    }
    for (int k = 0; k < s.size(); k++) {
      String o = s.origin[k];
      if (PAST_TIMES.contains(s.lower(k)) || "date".equals(o) || s.lower(k).matches("(1[89]|20)[0-9]{2}")) {
        return true;
      }
    }
    return false;
  }

  static final String PASSIVE = "perfect-passive";

  /** Participles that name a state after zijn rather than an event (het is gebaseerd op, ze zijn betrokken). */
  static final Set<String> STATES = Set.of(
      "gebaseerd", "gelegen", "betrokken", "geïnteresseerd", "verplicht", "bedoeld", "bestemd", "gericht", "verbonden",
      "gewend", "overtuigd", "verbaasd", "verrast", "bezorgd", "gespannen", "verliefd", "getrouwd", "gescheiden",
      "verzekerd", "verdeeld", "gekleed", "bekend", "gesloten", "geopend", "omringd", "bedekt", "gevuld", "gevestigd",
      "uitgerust", "opgelucht", "teleurgesteld", "geschokt", "gemotiveerd", "gekant", "verantwoordelijk", "gehecht");

  /** A participle, or a form the tagger read otherwise that can be one (vertrokken: past plural or participle). */
  /**
   * Whether a complementiser or relative pronoun stands between the two: then they are verbs of two
   * clauses, whatever one broken tree made of them (het is zo dat er … geweest zijn).
   */
  private static boolean clauseOpensBetween(Slots s, int a, int b) {
    for (int k = Math.min(a, b) + 1; k < Math.max(a, b); k++) {
      io.nlbrief.parser.Token t = s.token(k);
      if (t.upos() == io.nlbrief.parser.UPos.SCONJ || "Rel".equals(t.morphology().feature("PronType"))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isParticiple(io.nlbrief.parser.Token t) {
    if (t.upos() == io.nlbrief.parser.UPos.VERB && "Part".equals(t.morphology().feature("VerbForm"))) {
      return true; // the analysis's participle, though the tagger read an adjective (is veilig geland)
    }
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
      if (lemma.length() > v.length() + 1 && lemma.endsWith(v) && !v.equals("zijn")
          && !TRANSITIVE_LOOKALIKES.contains(lemma)) {
        return true; // aankomen, terugkeren, uitgroeien
      }
    }
    return lemma.endsWith("gaan") && (lemma.startsWith("weg") || lemma.startsWith("uit") || lemma.startsWith("door")
        || lemma.startsWith("terug") || lemma.startsWith("ver") || lemma.startsWith("voorbij"));
  }
}
