package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.parser.Sentence;
import io.nlbrief.parser.Token;
import io.nlbrief.summarizer.gloss.EnglishVariant;
import io.nlbrief.summarizer.gloss.GlossLine;
import io.nlbrief.summarizer.gloss.GlossToken;
import io.nlbrief.summarizer.gloss.Glossary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The English rendering of one analysed sentence as an ordered list of named stages: numbers,
 * dates and times; multi-word expressions and names; separable verbs; every other token on its
 * own; function words in context; relative pronouns (who, which); prepositions governed by their head in the analysis, else by the noun they govern (op het vliegveld → at the airport), uit of origin as from; then
 * relative waar with the preposition it left at the end (de zaak waar hij over sprak → the matter about which he spoke), the
 * pointer words er/daar/hier that English says with the preposition or not at all (er klaar voor → ready for it), the
 * -ly adverbs, articles English drops (de meeste → most; de politiek → politics, het Nederlands → Dutch, police said),
 * ", waardoor" as ", so", the gerund with its object (het verhogen van de belastingen → raising the taxes),
 * that left out after verbs of saying, be under a modal (zal blank zijn → will be white), the perfect with zijn,
 * English clause order from the parser's analysis, the object inside a verb + prepositional phrase (put other
 * countries under pressure), the perfect infinitive under a modal (zou geweest zijn →
 * would have been) and the perfect the analysis left apart (dat hij ziek geweest is → that he has been ill), the passive without a subject as there is + gerund
 * (er wordt gedanst → there is dancing), existential er (dat er veel mensen zijn → that there are many people;
 * er wordt een huis gebouwd → a house is being built), the simple past for a perfect with a time that is over
 * (heeft gisteren gekocht → bought yesterday), an -ly adverb back before the participle it modifies, moeten as have to and zou moeten as should, zou kunnen as could,
 * possessives (het plan van Jansen → Jansen's plan), do-support, a/an by the word that follows in English, the
 * capital of a word Dutch capitalises as part of a name (het Westen → the West), the capital of a quoted sentence,
 * and last the conventions of the English variant asked for (American: "…", Mr., U.S., organize, center). Every
 * English word stays on the Dutch
 * token it comes from, with the entry or rule that produced or moved it.
 * Immutable and thread-safe.
 */
public final class GlossEngine {
  private static final EnglishForms FORMS = EnglishForms.load();

  /** The stages in the order they run; each sees what the ones before it did. */
  private final List<Stage> stages;
  /** How many of them gloss words; the literal line is their English in Dutch order. */
  private final int glossingStages;
  private final EnglishVariant variant;

  public GlossEngine(Glossary glossary) {
    this(glossary, EnglishVariant.DEFAULT);
  }

  /** The engine writing {@code variant}'s English (quotation marks, abbreviations, spelling). */
  public GlossEngine(Glossary glossary, EnglishVariant variant) {
    this.variant = variant;
    Inflector inflector = new Inflector(FORMS);
    PhraseMatcher phrases = new PhraseMatcher(glossary, inflector);
    SeparableVerbs separableVerbs = new SeparableVerbs(glossary, inflector);
    WordGlosser words = new WordGlosser(glossary, inflector);
    GovernedPrepositions governed = new GovernedPrepositions(glossary, inflector);
    this.stages = List.of(
        Stage.of("numbers", NumberRules::apply),
        Stage.of("phrases", phrases::apply),
        Stage.of("separable-verbs", separableVerbs::apply),
        Stage.of("words", words::apply),
        Stage.of("context", ContextRules::apply),
        new BareDays(),
        new TreeSenses(inflector),
        new HetArticle(),
        new RelativePronouns(),
        governed,
        new PrepositionObjects(),
        new OriginFrom(),
        Stage.of("said-once", GlossEngine::collapseRepeatedWords),
        // the literal line ends here: what follows renders English
        new RelativeWaar(glossary, governed),
        new PronominalEr(),
        new LyAdverbs(glossary),
        new Articles(),
        new BareNouns(),
        new ResultClause(),
        new NominalGerund(),
        new ThatAfterSaying(inflector),
        new FiniteBe(),
        new BeAfterModal(),
        new PerfectWithZijn(),
        new ClauseOrder(FORMS),
        new PhraseObject(),
        new TimeLast(),
        new AdverbMirror(),
        new ThanClause(),
        new PlaceOfCountry(),
        new PerfectInfinitive(FORMS),
        new PerfectOrder(FORMS),
        new ImpersonalPassive(FORMS),
        new ExistentialEr(FORMS),
        new PastTimePerfect(FORMS),
        new SincePerfect(FORMS),
        new LyAdverbs.BeforeItsWord(),
        new OmTe(),
        new Obligation(),
        new FocusAlso(),
        new Could(),
        new Possessives(),
        new SpeakerPronoun(),
        new PrepositionGerund(FORMS),
        new DoSupport(),
        Stage.of("indefinite-articles", GlossEngine::indefiniteArticles),
        new NameCapitals(glossary),
        new QuotedSentence(),
        new AmericanEnglish(variant),
        new AsideComma());
    this.glossingStages = stageNames().indexOf("said-once") + 1;
  }

  /** A glossary sense outside a sentence (a key term's, a name's) in the engine's English variant. */
  public String inVariant(String english) {
    return variant == EnglishVariant.AMERICAN ? AmericanEnglish.phrase(english) : english;
  }

  /** The names of the stages in the order they run. */
  public List<String> stageNames() {
    return stages.stream().map(Stage::name).toList();
  }

  public GlossLine gloss(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    Slots s = new Slots(sentence);
    String literal = null;
    for (int k = 0; k < stages.size(); k++) {
      if (k == glossingStages) {
        literal = literalLine(s);
      }
      stages.get(k).apply(s);
    }

    int[] position = new int[tokens.size()];
    java.util.Arrays.fill(position, -1);
    int p = 0;
    for (int i : s.order) {
      if (s.english[i] != null && !s.english[i].isEmpty()) {
        position[i] = p++;
      }
    }
    List<GlossToken> out = new ArrayList<>(tokens.size());
    List<String> unknown = new ArrayList<>();
    int glossed = 0;
    int counted = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      GlossToken g = new GlossToken(t.text(), t.span(), s.english[i], s.origin[i], position[i], s.moved[i]);
      out.add(g);
      if (counts(t, g)) {
        counted++;
        if (g.isUnknown()) {
          unknown.add(t.text());
        } else if (!g.origin().equals(GlossToken.FOREIGN)) {
          glossed++; // a foreign word passed through counts, but not as glossed: coverage does not rise by it
        }
      }
    }
    if (!unknown.isEmpty()) {
      s.doubt("words the glossary does not know");
    }
    return new GlossLine(sentence.text(), LineLayout.join(out, s.order), literal, out, s.order, unknown,
        glossed, counted, s.doubts);
  }

  /** The word-by-word line: the glosses in Dutch order, a/an fixed by the next word. */
  private static String literalLine(Slots s) {
    String[] english = s.english.clone();
    articlesIn(english, s.order);
    List<GlossToken> tokens = new ArrayList<>(s.size());
    for (int i = 0; i < s.size(); i++) {
      Token t = s.token(i);
      tokens.add(new GlossToken(t.text(), t.span(), english[i], s.origin[i]));
    }
    return LineLayout.join(tokens);
  }

  /** The origin of a word of a phrase in another language (a title, a motto), passed through as written. */
  static final String FOREIGN_PHRASE = "foreign-phrase";

  /**
   * Word tokens count for coverage (foreign words too, as not glossed); names (passed through or
   * translated, or a word of the glossary kept as the name it is: Bakker) and the words of a
   * foreign phrase (a title) do not.
   */
  private static boolean counts(Token t, GlossToken g) {
    if (!t.isWord() || g.isPunctuation() || g.origin().equals("number")
        || g.origin().equals("date") || g.origin().equals("time")) {
      return false;
    }
    return !g.origin().equals("name") && !g.origin().startsWith("exonym:") && !g.origin().equals(FOREIGN_PHRASE)
        && !g.origin().endsWith("+" + NameCapitals.KEPT);
  }

  private static final java.util.Set<String> TIME_PREPOSITIONS = java.util.Set.of("on", "in", "at");
  private static final java.util.Set<String> REPEATABLE = java.util.Set.of("on", "in", "at", "of", "to", "the", "a");

  /**
   * A preposition glossed twice in a row (op maandag → on + on Monday) is said once; after another
   * preposition the one inside a gloss goes (vanaf zondagavond → from + on Sunday evening), and
   * the second of two conjuncts shares the first's (zaterdag en zondag → on Saturday and Sunday).
   */
  private static void collapseRepeatedWords(Slots s) {
    int prev = -1;
    int beforePrev = -1;
    for (int i = 0; i < s.size(); i++) {
      String e = s.english[i];
      if (e == null || e.isEmpty()) {
        continue;
      }
      String preposition = e.indexOf(' ') > 0 ? e.substring(0, e.indexOf(' ') + 1) : null;
      if (preposition != null && TIME_PREPOSITIONS.contains(preposition.trim()) && beforePrev >= 0
          && s.token(prev).upos() == io.nlbrief.parser.UPos.CCONJ && s.origin[i].startsWith("glossary:")
          && s.english[beforePrev] != null && s.english[beforePrev].startsWith(preposition)
          && s.origin[beforePrev] != null && s.origin[beforePrev].startsWith("glossary:")) {
        // maandag en dinsdag → on Monday and Tuesday: the second conjunct shares the first's preposition
        s.english[i] = e.substring(preposition.length());
        s.origin[i] = s.origin[i] + "+said-once";
      } else if (prev >= 0 && REPEATABLE.contains(s.english[prev])
          && (e.equals(s.english[prev]) || e.startsWith(s.english[prev] + " "))) {
        s.english[prev] = "";
        s.origin[prev] = "rule:said-once";
      } else if (prev >= 0 && s.token(prev).pos() == io.nlbrief.parser.PartOfSpeech.PREPOSITION
          && preposition != null && TIME_PREPOSITIONS.contains(preposition.trim()) && s.origin[i].startsWith("glossary:")) {
        s.english[i] = e.substring(preposition.length());
      }
      beforePrev = prev;
      prev = i;
    }
  }

  /** "a" before a vowel sound is "an" (een aanslag → an attack), and a + other is another, by the word that follows in English order. */
  private static void indefiniteArticles(Slots s) {
    articlesIn(s.english, s.order);
  }

  private static void articlesIn(String[] english, List<Integer> order) {
    for (int p = 0; p < order.size(); p++) {
      int i = order.get(p);
      if (!"a".equals(english[i])) {
        continue;
      }
      for (int q = p + 1; q < order.size(); q++) {
        String next = english[order.get(q)];
        if (next == null || next.isEmpty()) {
          continue;
        }
        if (next.equals("other")) {
          english[i] = "another"; // een andere manier → another way
          english[order.get(q)] = "";
        } else if (startsWithVowelSound(next)) {
          english[i] = "an";
        }
        break;
      }
    }
  }

  private static boolean startsWithVowelSound(String w) {
    String l = w.toLowerCase(Locale.ROOT);
    if (l.startsWith("⟨")) {
      return false;
    }
    if (l.startsWith("hour") || l.startsWith("honest") || l.startsWith("honour") || l.startsWith("heir")) {
      return true;
    }
    if (l.equals("us") || l.startsWith("us-") || l.startsWith("u.s.")) {
      return false; // a US official: the letters' names, you-ess
    }
    if (l.startsWith("uni") || l.startsWith("use") || l.startsWith("usu") || l.startsWith("eu") || l.startsWith("one")
        || l.startsWith("ukr") || l.startsWith("uti")) {
      return false;
    }
    return !l.isEmpty() && "aeiou".indexOf(l.charAt(0)) >= 0;
  }
}
