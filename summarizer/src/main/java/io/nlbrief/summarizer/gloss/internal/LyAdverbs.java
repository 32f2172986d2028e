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
 * aandachtig} → listen attentively, {@code gaan regelmatig langs} → call on regularly) or of the
 * adjective or participle right after it ({@code politiek actief} → politically active, {@code
 * was politiek geïnspireerd} → was politically inspired, {@code nieuw gebouwd} → newly built), or
 * a word the tagger read as an adjective is the analysis's bare object of the verb after it
 * ({@code zich militair ontwikkelen} → develop militarily). Its English is the glossary's adverb
 * entry where the word has one (mogelijk → possibly, onmiddellijk → immediately), else its English
 * adjective made an adverb by the regular spelling rules (happy → happily, simple → simply, basic
 * → basically, full → fully, true → truly) where the English dictionary knows the result, or by
 * {@code irregular-adverbs.tsv} (good → well, fast → fast, hard → hard; high → highly before an
 * adjective or participle). Dutch needs no ending for this, English does; an adjective before a
 * noun (inflected: snelle) or a predicate (after a copula, or of the object: maakt het moeilijk,
 * stelt zich verkiesbaar; het is duidelijk) keeps its form, and so does a comparative.
 */
final class LyAdverbs implements Stage {
  static final String RULE = "ly-adverb";

  /** Adverbs that are not adjective + ly, or the same word as the adjective: {@code irregular-adverbs.tsv}. */
  private static final Map<String, String> IRREGULAR = new java.util.HashMap<>();
  /** Where the adverb of degree before an adjective or participle differs from that of manner (highly educated). */
  private static final Map<String, String> OF_DEGREE = new java.util.HashMap<>();

  static {
    for (String line : io.nlbrief.parser.WordLists.resource(LyAdverbs.class, "/io/nlbrief/summarizer/gloss/irregular-adverbs.tsv")) {
      String[] f = line.split("\t");
      if (f.length < 2 || f.length > 3) {
        throw new IllegalStateException("irregular-adverbs.tsv: two or three columns wanted: " + line);
      }
      IRREGULAR.put(f[0], f[1]);
      if (f.length == 3) {
        OF_DEGREE.put(f[0], f[2]);
      }
    }
  }

  /** Words English uses as adverbs as they are (already adverbs, or no adverb of their own). */
  private static final Set<String> AS_THEY_ARE = Set.of(
      "more", "most", "less", "least", "very", "well", "only", "even", "still", "just", "quite", "rather", "too",
      "so", "such", "other", "same", "own", "next", "last", "first", "ready", "sure", "able", "worth", "often",
      "soon", "again", "online", "live", "extra", "later", "now", "then", "here", "there", "back", "ahead", "abroad",
      "apart", "aloud", "overseas", "upstairs", "downstairs", "indoors", "outdoors", "forward", "afterwards", "up",
      "down", "widespread", "northward", "southward", "eastward", "westward", "upward", "downward", "backward",
      "inward", "outward", "homeward", "onward", "toward", "towards");
  /**
   * Verbs whose adjective is a predicate, of the subject or the object, not a manner (het moeilijk
   * hebben, maakt het moeilijk, stelt zich verkiesbaar, vindt het mooi, blijft rustig; smaakt lekker, ziet er
   * moe uit: the verbs of the senses).
   */
  private static final Set<String> PREDICATIVE_VERBS = Set.of(
      "zijn", "worden", "blijven", "lijken", "blijken", "heten", "raken", "hebben", "maken", "stellen", "vinden",
      "houden", "noemen", "achten", "verklaren", "laten", "krijgen", "zetten", "leggen", "staan", "liggen", "zitten",
      "voelen", "schijnen", "gaan", "komen", "gooien", "eten", "drinken", "verven", "schilderen", "beginnen", "eindigen",
      "smaken", "klinken", "ruiken", "uitzien", "overkomen");

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
      if (english == null || origin == null || !origin.startsWith("glossary:") || !plainAdjective(t)
          || english.endsWith("ed")) {
        continue; // nieuwe gevallen: an inflected adjective belongs to a noun, whatever the tree says
      }
      int head = t.dependency().head();
      if (head < 0 || head >= s.size()) {
        continue;
      }
      boolean degree = modifiesProperty(s, i, head);
      if (!degree && !modifiesVerb(s, i, head)) {
        continue;
      }
      if (i > 0 && isQuote(s.token(i - 1).text())) {
        continue; // als 'aanzienlijk': a quoted word
      }
      String adverb = adverbEntry(s, i, english);
      if (adverb == null) {
        if (!adjectiveGloss(s, i, english)) {
          continue; // vaak → often: the gloss is already an adverb
        }
        adverb = degree && OF_DEGREE.containsKey(english) ? OF_DEGREE.get(english) : adverb(english);
        if (adverb != null && !IRREGULAR.containsKey(english) && !adverb.equals(english) && !isEnglish(adverb)) {
          continue; // the spelling rules made a word English does not have: the adjective stays
        }
      }
      if (adverb != null && !adverb.equals(english)) {
        s.english[i] = adverb;
        s.origin[i] = origin + "+" + RULE;
      }
    }
  }

  /**
   * An adjective as the adverbial of a verb ({@code luisteren aandachtig}, {@code reageerde
   * snel}): the analysis's {@code advmod} of a verb that takes no predicate, and no copula its
   * nearest verb (dat is mooi, succesvol zijn); or a word the tagger read as an adjective and the
   * analysis as a bare noun, the object of the verb right after it, with nothing of its own (no
   * article: {@code zich militair ontwikkelen} → develop militarily).
   */
  private static boolean modifiesVerb(Slots s, int i, int head) {
    Token t = s.token(i);
    UPos h = s.token(head).upos();
    if (h != UPos.VERB || predicativeVerb(s, head)) {
      return false;
    }
    if (t.upos() == UPos.ADJ) {
      // amod has no verb for a head in UD: the analysis's name for an adverbial there (zich economisch ontwikkelen)
      boolean amod = t.dependency().relation().equals("amod") && !"Part".equals(s.token(head).morphology().feature("VerbForm"));
      return (t.dependency().relation().equals("advmod") || amod) && !nextToCopula(s, i);
    }
    return t.upos() == UPos.NOUN && t.dependency().relation().equals("obj") && head == i + 1 && t.tag().startsWith("BNW")
        && s.tree().children(i).isEmpty() && !nextToCopula(s, i);
  }

  /**
   * An adjective that modifies the adjective or participle right after it ({@code politiek
   * actief} → politically active, {@code politiek geïnspireerd} → politically inspired, {@code
   * nieuw gebouwd} → newly built): the analysis's {@code advmod} of it. Whatever verb stands
   * near, the predicate is the word after it, not this one.
   */
  private static boolean modifiesProperty(Slots s, int i, int head) {
    Token t = s.token(i);
    Token h = s.token(head);
    if (t.upos() != UPos.ADJ || !t.dependency().relation().equals("advmod") || head != i + 1) {
      return false;
    }
    if (s.english[i] != null && s.english[i].endsWith("ward")) {
      return false; // noordwaarts geduwd → pushed northward: a direction, no degree
    }
    boolean participle = h.upos() == UPos.VERB && "Part".equals(h.morphology().feature("VerbForm"))
        && (h.tag() == null || !h.tag().startsWith("VRZ") || Readings.analysedParticiple(s, head) != null);
    return h.upos() == UPos.ADJ || participle; // gezien de kosten: the preposition, whatever the tree says
  }

  /**
   * The verb takes a predicate: by its lemma, or, for a verb with its separable particle, by the
   * analysis's lemma of both (legde … geduldig uit: uitleggen, not leggen).
   */
  private static boolean predicativeVerb(Slots s, int head) {
    for (int c : s.tree().children(head)) {
      if (s.token(c).dependency().relation().equals("compound:prt")) {
        return PREDICATIVE_VERBS.contains(s.token(head).morphology().lemma().toLowerCase(Locale.ROOT));
      }
    }
    return lemmaIn(s, head, PREDICATIVE_VERBS);
  }

  /** Whether the English dictionary (British, the glossary's, or American) knows the word. */
  private static boolean isEnglish(String word) {
    return io.nlbrief.parser.EnglishWords.isEnglish(word) || AmericanSpelling.isAmerican(word);
  }

  /**
   * The plain form of an adjective: so tagged and {@link #uninflected}, or, where the tagger chose
   * another class ({@code echt} as a verb), read by the analysis as an adjective of the positive
   * degree written as its lemma.
   */
  private static boolean plainAdjective(Token t) {
    if (t.tag() != null && DutchForm.of(t.tag()) == DutchForm.PLAIN && uninflected(t)) {
      return true;
    }
    String text = t.text().toLowerCase(Locale.ROOT);
    return t.upos() == UPos.ADJ && "Pos".equals(t.morphology().feature("Degree"))
        && text.equals(t.morphology().lemma().toLowerCase(Locale.ROOT)) && !text.endsWith("e");
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
          // zijn as the auxiliary of a participle (Mogelijk is … gegooid) is no copula
          boolean auxiliaryOfParticiple = s.token(k).dependency().relation().startsWith("aux")
              && s.token(k).dependency().head() >= 0
              && "Part".equals(s.token(s.token(k).dependency().head()).morphology().feature("VerbForm"));
          if (lemmaIn(s, k, COPULAS) && !auxiliaryOfParticiple) {
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

  /**
   * The first sense of the glossary's adverb entry for the word, where the gloss is its adjective
   * entry's first sense ({@code mogelijk}: possible → possibly, {@code onmiddellijk}: immediate →
   * immediately); null without such an entry.
   */
  private String adverbEntry(Slots s, int i, String english) {
    Optional<GlossEntry> adverb = glossary.lookup(s.lemmaLower(i), GlossPos.ADV);
    Optional<GlossEntry> adjective = glossary.lookup(s.lemmaLower(i), GlossPos.ADJ);
    if (adverb.isEmpty() || adjective.isEmpty() || !adjective.get().first().equals(english)) {
      return null;
    }
    return adverb.get().first();
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

  /**
   * An adverb of degree made by this stage stands right before the adjective or participle it
   * modifies in English too, where the clause order moved that word away from it ({@code was
   * politiek geïnspireerd} → was politically inspired, not was inspired politically).
   */
  static final class BeforeItsWord implements Stage {
    static final String RULE = "ly-adverb-order";

    @Override
    public String name() {
      return RULE;
    }

    @Override
    public void apply(Slots s) {
      for (int i = 0; i + 1 < s.size(); i++) {
        if (s.origin[i] == null || !s.origin[i].endsWith("+" + LyAdverbs.RULE) || !modifiesProperty(s, i, s.token(i).dependency().head())) {
          continue;
        }
        int head = i + 1;
        int p = s.order.indexOf(i);
        int h = s.order.indexOf(head);
        if (h == p + 1) {
          continue;
        }
        s.order.remove(p);
        s.order.add(s.order.indexOf(head), i);
        s.moved[i] = RULE;
        beenBefore(s, i, head);
      }
    }

    /**
     * A participle glossed "been …" by the perfect of the passive hands "been" to its auxiliary when
     * the adverb comes between them (is hoog opgeleid → has been highly educated, not has highly been).
     */
    private static void beenBefore(Slots s, int adverb, int participle) {
      if (s.english[participle] == null || !s.english[participle].startsWith("been ")) {
        return;
      }
      int p = s.order.indexOf(adverb);
      for (int q = p - 1; q >= 0; q--) {
        int k = s.order.get(q);
        if (s.english[k] == null || s.english[k].isEmpty()) {
          continue;
        }
        if (s.lemmaLower(k).equals("zijn") && Set.of("has", "have", "had").contains(s.english[k])) {
          s.english[k] = s.english[k] + " been";
          s.origin[k] = s.origin[k] + "+" + RULE;
          s.english[participle] = s.english[participle].substring("been ".length());
        }
        return;
      }
    }
  }
}
