package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.parser.Token;
import io.nlbrief.parser.UPos;
import io.nlbrief.summarizer.gloss.GlossEntry;
import io.nlbrief.summarizer.gloss.GlossPos;
import io.nlbrief.summarizer.gloss.Glossary;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A Dutch adjective used as an adverb takes the English adverb form: where the parser's analysis
 * makes an adjective the adverbial modifier ({@code advmod}) of a verb ({@code luisteren
 * aandachtig} → listen attentively, {@code gaan regelmatig langs} → call on regularly), its
 * English adjective from the glossary becomes the -ly form by the regular spelling rules (happy →
 * happily, simple → simply, basic → basically, full → fully, true → truly) or an irregular one
 * (good → well, fast → fast, hard → hard, late → late). Dutch needs no ending for this, English
 * does; an adjective before a noun (inflected: snelle) or a predicate (after a copula, or of the
 * object: maakt het moeilijk, stelt zich verkiesbaar) keeps its form, and so does a comparative.
 */
final class LyAdverbs implements Stage {
  static final String RULE = "ly-adverb";

  /** Adverbs that are not adjective + ly, or the same word as the adjective. */
  private static final Map<String, String> IRREGULAR = Map.ofEntries(
      Map.entry("good", "well"), Map.entry("fast", "fast"), Map.entry("hard", "hard"), Map.entry("late", "late"),
      Map.entry("early", "early"), Map.entry("long", "long"), Map.entry("high", "high"), Map.entry("low", "low"),
      Map.entry("far", "far"), Map.entry("near", "near"), Map.entry("straight", "straight"),
      Map.entry("deep", "deep"), Map.entry("wide", "wide"), Map.entry("close", "close"), Map.entry("right", "right"),
      Map.entry("wrong", "wrong"), Map.entry("little", "little"), Map.entry("much", "much"), Map.entry("enough", "enough"),
      Map.entry("public", "publicly"), Map.entry("whole", "wholly"), Map.entry("due", "duly"), Map.entry("true", "truly"),
      Map.entry("shy", "shyly"), Map.entry("sly", "slyly"), Map.entry("dry", "drily"), Map.entry("loud", "loudly"),
      Map.entry("free", "freely"), Map.entry("alone", "alone"), Map.entry("together", "together"));
  /** Words English uses as adverbs as they are (already adverbs, or no adverb of their own). */
  private static final Set<String> AS_THEY_ARE = Set.of(
      "more", "most", "less", "least", "very", "well", "only", "even", "still", "just", "quite", "rather", "too",
      "so", "such", "other", "same", "own", "next", "last", "first", "ready", "sure", "able", "worth", "often",
      "soon", "again", "online", "live", "extra", "later", "now", "then", "here", "there", "back", "ahead", "abroad",
      "apart", "aloud", "overseas", "upstairs", "downstairs", "indoors", "outdoors", "forward", "afterwards", "up",
      "down", "widespread");
  /**
   * Verbs whose adjective is a predicate, of the subject or the object, not a manner (het moeilijk
   * hebben, maakt het moeilijk, stelt zich verkiesbaar, vindt het mooi, blijft rustig).
   */
  private static final Set<String> PREDICATIVE_VERBS = Set.of(
      "zijn", "worden", "blijven", "lijken", "blijken", "heten", "raken", "hebben", "maken", "stellen", "vinden",
      "houden", "noemen", "achten", "verklaren", "laten", "krijgen", "zetten", "leggen", "staan", "liggen", "zitten",
      "voelen", "schijnen", "gaan", "komen", "gooien", "eten", "drinken", "verven", "schilderen");

  private final Glossary glossary;

  LyAdverbs(Glossary glossary) {
    this.glossary = glossary;
  }

  @Override
  public String name() {
    return RULE;
  }

  @Override
  public void apply(Slots s) {
    for (int i = 0; i < s.size(); i++) {
      Token t = s.token(i);
      String english = s.english[i];
      String origin = s.origin[i];
      if (t.upos() != UPos.ADJ || !t.dependency().relation().equals("advmod") || english == null
          || origin == null || !origin.startsWith("glossary:") || DutchForm.of(t.tag()) != DutchForm.PLAIN
          || !uninflected(t) || english.endsWith("ed")) {
        continue; // nieuwe gevallen: an inflected adjective belongs to a noun, whatever the tree says
      }
      int head = t.dependency().head();
      if (head < 0 || head >= s.size() || s.token(head).upos() != UPos.VERB
          || lemmaIn(s, head, PREDICATIVE_VERBS)) {
        continue;
      }
      if (nextToCopula(s, i) || i > 0 && isQuote(s.token(i - 1).text())) {
        continue; // dat is mooi, ik ben blij, succesvol zijn, als 'aanzienlijk': a predicate or a quoted word
      }
      if (!adjectiveGloss(s, i, english)) {
        continue; // vaak → often: the gloss is already an adverb
      }
      String adverb = adverb(english);
      if (adverb != null && !adverb.equals(english)) {
        s.english[i] = adverb;
        s.origin[i] = origin + "+" + RULE;
      }
    }
  }

  /** Without the -e an adjective takes before a noun: snel, not snelle; the tagger's ONV, or the form as the lemma. */
  private static boolean uninflected(Token t) {
    String tag = t.tag();
    return tag != null && tag.startsWith("BNW") && (tag.contains(":ONV") || t.text().equalsIgnoreCase(t.lemma()))
        && !t.text().toLowerCase(Locale.ROOT).endsWith("e");
  }

  private static final Set<String> COPULAS = Set.of("zijn", "worden", "blijven", "lijken", "blijken", "heten", "raken");

  /** The nearest verb before or after the adjective in its stretch of the clause is a copula. */
  private static boolean nextToCopula(Slots s, int i) {
    for (int step : new int[] {-1, 1}) {
      for (int k = i + step; k >= 0 && k < s.size() && !s.endsStretch(k); k += step) {
        UPos u = s.token(k).upos();
        if (u == UPos.VERB || u == UPos.AUX) {
          if (lemmaIn(s, k, COPULAS)) {
            return true;
          }
          break;
        }
      }
    }
    return false;
  }

  private static boolean isQuote(String p) {
    return p.equals("'") || p.equals("‘") || p.equals("\"") || p.equals("“") || p.equals(",,") || p.equals("„");
  }

  /** The tagger's lemma or the analysis's is in {@code lemmas} (either may be off: the analysis once gave russenblijven). */
  private static boolean lemmaIn(Slots s, int k, Set<String> lemmas) {
    return lemmas.contains(s.lemmaLower(k)) || lemmas.contains(s.token(k).morphology().lemma().toLowerCase(Locale.ROOT));
  }

  /** The gloss is the first sense of the token's adjective entry (not an adverb entry's sense). */
  private boolean adjectiveGloss(Slots s, int i, String english) {
    Optional<GlossEntry> adverb = glossary.lookup(s.lemmaLower(i), GlossPos.ADV);
    if (adverb.isPresent()) {
      return false; // the glossary gives this word an adverb of its own
    }
    Optional<GlossEntry> e = glossary.lookup(s.lemmaLower(i), GlossPos.ADJ);
    if (e.isEmpty() && !s.lower(i).equals(s.lemmaLower(i))) {
      e = glossary.lookup(s.lower(i), GlossPos.ADJ);
    }
    return e.isPresent() && e.get().first().equals(english);
  }

  /** The English adverb of an English adjective, or null where it has none to make (a phrase, a name). */
  static String adverb(String adjective) {
    if (adjective.isEmpty() || adjective.indexOf(' ') >= 0 || adjective.indexOf('-') >= 0
        || !adjective.chars().allMatch(Character::isLetter) || !adjective.equals(adjective.toLowerCase(Locale.ROOT))) {
      return null;
    }
    String irregular = IRREGULAR.get(adjective);
    if (irregular != null) {
      return irregular;
    }
    if (AS_THEY_ARE.contains(adjective) || adjective.endsWith("ly") || adjective.length() < 3) {
      return adjective;
    }
    int n = adjective.length();
    char beforeLast = adjective.charAt(n - 2);
    if (adjective.endsWith("y") && !isVowel(beforeLast)) {
      return adjective.substring(0, n - 1) + "ily"; // happy → happily
    }
    if (adjective.endsWith("le") && !isVowel(adjective.charAt(n - 3))) {
      return adjective.substring(0, n - 1) + "y"; // simple → simply, possible → possibly
    }
    if (adjective.endsWith("ic")) {
      return adjective + "ally"; // basic → basically
    }
    if (adjective.endsWith("ll")) {
      return adjective + "y"; // full → fully
    }
    if (adjective.endsWith("ue")) {
      return adjective.substring(0, n - 1) + "ly"; // true → truly
    }
    return adjective + "ly"; // quick → quickly, regular → regularly, complete → completely
  }

  private static boolean isVowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }
}
