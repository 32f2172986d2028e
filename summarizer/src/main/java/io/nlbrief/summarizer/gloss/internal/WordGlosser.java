package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.parser.EntityType;
import io.nlbrief.parser.PartOfSpeech;
import io.nlbrief.parser.Token;
import io.nlbrief.summarizer.gloss.GlossEntry;
import io.nlbrief.summarizer.gloss.GlossPos;
import io.nlbrief.summarizer.gloss.Glossary;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/** Glosses the tokens no phrase, separable verb or number rule has taken, one by one. */
final class WordGlosser {
  /** Nouns English does not put in the plural after a number (25 procent → 25 percent). */
  private static final Set<String> NO_PLURAL_AFTER_NUMBER = Set.of(
      "percent", "per cent", "million", "billion", "thousand", "hundred", "dozen", "times", "euro");
  private static final String[] PRONOMINAL_HEADS = {"daar", "hier", "waar", "er"};
  private static final String[] PRONOMINAL_ENGLISH = {"that", "this", "which", "it"};

  private final Glossary glossary;
  private final Inflector inflector;
  private final CompoundSplitter compounds;

  WordGlosser(Glossary glossary, Inflector inflector) {
    this.glossary = glossary;
    this.inflector = inflector;
    this.compounds = new CompoundSplitter(glossary);
  }

  void apply(Slots s) {
    boolean passive = false;
    for (Token t : s.tokens) {
      passive |= t.tag() != null && t.tag().startsWith("WKW:VTD");
    }
    for (int i = 0; i < s.size(); i++) {
      if (s.free(i)) {
        gloss(s, i, passive);
      }
    }
  }

  private void gloss(Slots s, int i, boolean passive) {
    Token t = s.token(i);
    if (t.pos() == PartOfSpeech.PUNCTUATION || t.pos() == PartOfSpeech.SYMBOL) {
      s.set(i, punctuation(t.text()), "punctuation");
      return;
    }
    if (t.pos() == PartOfSpeech.NUMBER) {
      s.set(i, t.text(), "number");
      return;
    }
    Optional<GlossEntry> name = nameEntry(s, i);
    if (name.isPresent()) {
      s.set(i, name.get().first(), "exonym:" + name.get().dutch());
      if (name.get().hasNoteKeyword("noarticle") && i > 0 && s.origin[i - 1] != null
          && s.origin[i - 1].startsWith("glossary:") && (s.lower(i - 1).equals("de") || s.lower(i - 1).equals("het"))) {
        s.set(i - 1, "", "rule:no-article");
      }
      return;
    }
    if (t.entity() == EntityType.PERSON) {
      s.set(i, t.text(), "name");
      return;
    }
    Token.Reading nounReading = nounReadingInstead(s, i);
    if (nounReading != null) {
      Optional<GlossEntry> noun = glossary.lookup(nounReading.lemma(), GlossPos.NOUN);
      if (noun.isPresent()) {
        s.set(i, inflector.inflect(noun.get(), noun.get().first(), DutchForm.of(nounReading.tag()), false),
            "glossary:" + noun.get().source());
        return;
      }
    }
    Token.Reading verbReading = verbReadingInstead(s, i);
    DutchForm form = DutchForm.of(verbReading != null ? verbReading.tag() : t.tag());
    Optional<GlossEntry> entry = verbReading != null ? glossary.lookup(verbReading.lemma(), GlossPos.VERB) : Optional.empty();
    if (entry.isEmpty()) {
      form = DutchForm.of(t.tag());
      entry = entry(t);
    }
    if (entry.isPresent()) {
      GlossEntry e = entry.get();
      String english = e.first();
      boolean viaSurface = !e.dutch().equalsIgnoreCase(t.lemma()) && e.dutch().equalsIgnoreCase(t.text());
      if (e.pos() == GlossPos.VERB && t.lemma().equalsIgnoreCase("worden") && passive && !viaSurface) {
        english = "be";
      }
      String inflected = viaSurface ? english : inflector.inflect(e, english, form, finite(s, i));
      if (e.pos() == GlossPos.NOUN && form == DutchForm.PLAIN && i > 0 && NumberRules.isPluralQuantity(s.english[i - 1])
          && !e.hasNoteKeyword("uncountable") && !NO_PLURAL_AFTER_NUMBER.contains(english)) {
        inflected = inflector.forms().plural(english);
      }
      s.set(i, inflected, "glossary:" + e.source());
      return;
    }
    if (isName(s, i)) {
      s.set(i, t.text(), "name");
      return;
    }
    String pronominal = pronominalAdverb(s.lower(i));
    if (pronominal != null) {
      s.set(i, pronominal, "pronominal-adverb");
      return;
    }
    if (t.text().indexOf('-') >= 0 && glossHyphenated(s, i, form)) {
      return;
    }
    if (glossCompound(s, i, t.lemma(), form) || !t.lemma().equals(t.text()) && glossCompound(s, i, t.text(), form)) {
      return;
    }
    s.set(i, "⟨" + t.text() + "?⟩", "unknown");
  }

  /**
   * The name entry for the token, matched with its exact capitals (Kamer the parliament, not kamer
   * the room); a capitalised word at the start of a sentence that the tagger does not take for a
   * name and that is an ordinary entry in lower case is not a name.
   */
  private Optional<GlossEntry> nameEntry(Slots s, int i) {
    Token t = s.token(i);
    Optional<GlossEntry> name = exactName(t.text());
    if (name.isEmpty() && t.entity() != null) {
      name = exactName(t.lemma());
    }
    if (name.isPresent() && startsSentence(s, i) && t.entity() == null && t.pos() != PartOfSpeech.PROPER_NOUN
        && glossary.lookup(t.text().toLowerCase(Locale.ROOT)).stream().anyMatch(e -> e.pos() != GlossPos.NAME
            && e.dutch().equals(t.text().toLowerCase(Locale.ROOT)))) {
      return Optional.empty();
    }
    return name;
  }

  private Optional<GlossEntry> exactName(String text) {
    for (GlossEntry e : glossary.lookup(text)) {
      if (e.pos() == GlossPos.NAME && e.dutch().equals(text)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** The entry for the token: lemma with its part of speech, the surface form, then any part of speech. */
  private Optional<GlossEntry> entry(Token t) {
    GlossPos pos = PosMapping.of(t.pos());
    // the surface form first where it is itself an entry of the same kind (inlichtingen, gevolgen)
    if (pos != null && !t.text().equalsIgnoreCase(t.lemma())) {
      Optional<GlossEntry> surface = glossary.lookup(t.text(), pos);
      if (surface.isPresent() && (pos != GlossPos.NOUN || surface.get().hasNoteKeyword("plural"))) {
        return surface;
      }
    }
    if (pos != null) {
      Optional<GlossEntry> e = glossary.lookup(t.lemma(), pos);
      if (e.isPresent()) {
        return e;
      }
    }
    // the tagger's other readings, in its order
    for (Token.Reading r : t.readings()) {
      GlossPos rp = PosMapping.ofTag(r.tag());
      if (rp != null) {
        Optional<GlossEntry> e = glossary.lookup(r.lemma(), rp);
        if (e.isPresent()) {
          return e;
        }
      }
    }
    Optional<GlossEntry> any = anyPos(t.lemma(), pos);
    return any.isPresent() ? any : anyPos(t.text(), pos);
  }

  private Optional<GlossEntry> anyPos(String word, GlossPos preferred) {
    List<GlossEntry> all = glossary.lookup(word);
    for (GlossPos p : PosMapping.fallbackOrder(preferred)) {
      for (GlossEntry e : all) {
        if (e.pos() == p) {
          return Optional.of(e);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A verb reading to use instead of the tagger's choice: a participle or past form tagged as an
   * adjective where a verb stands (Maandag besloten de VS …; … is … op een lager pitje gezet), and a
   * participle tagged as a present form after an auxiliary (hebben … verscherpt).
   */
  private static Token.Reading verbReadingInstead(Slots s, int i) {
    Token t = s.token(i);
    if (t.tag() == null) {
      return null;
    }
    boolean adjective = t.tag().startsWith("BNW");
    boolean present = t.tag().startsWith("WKW:TGW:3EP");
    if (!adjective && !present) {
      return null;
    }
    Token next = i + 1 < s.size() ? s.token(i + 1) : null;
    boolean clauseEnd = next == null || Clause.isBoundary(next) || next.pos() == PartOfSpeech.VERB;
    boolean auxBefore = auxiliaryBefore(s, i);
    for (Token.Reading r : t.readings()) {
      if (r.tag().startsWith("WKW:VTD") && clauseEnd && auxBefore) {
        return r;
      }
      if (adjective && r.tag().startsWith("WKW:VLT") && next != null && i > 0
          && (next.pos() == PartOfSpeech.DETERMINER || next.pos() == PartOfSpeech.PRONOUN
              || next.pos() == PartOfSpeech.PROPER_NOUN)
          && s.token(i - 1).pos() != PartOfSpeech.DETERMINER && s.token(i - 1).pos() != PartOfSpeech.ADJECTIVE) {
        return r;
      }
    }
    return null;
  }

  /**
   * A noun reading where the tagger chose a verb but an article, a number or an adjective stands
   * right before it (het overleg, 25 landen): no finite verb follows those.
   */
  private static Token.Reading nounReadingInstead(Slots s, int i) {
    Token t = s.token(i);
    if (i == 0 || t.tag() == null || !t.tag().startsWith("WKW")) {
      return null;
    }
    Token prev = s.token(i - 1);
    String p = s.lower(i - 1);
    boolean nominal = prev.pos() == PartOfSpeech.DETERMINER || prev.pos() == PartOfSpeech.NUMBER
        || prev.pos() == PartOfSpeech.NUMERAL && !p.equals("een")
        || p.equals("de") || p.equals("het") || p.equals("een") || p.equals("deze") || p.equals("dit")
        || prev.pos() == PartOfSpeech.ADJECTIVE && prev.text().endsWith("e");
    if (!nominal) {
      return null;
    }
    for (Token.Reading r : t.readings()) {
      if (r.tag().startsWith("ZNW")) {
        return r;
      }
    }
    return null;
  }

  private static boolean auxiliaryBefore(Slots s, int i) {
    for (int k = i - 1; k >= 0 && !Clause.isBoundary(s.token(k)); k--) {
      String l = s.lemmaLower(k);
      if ((l.equals("hebben") || l.equals("zijn") || l.equals("worden")) && s.token(k).pos() == PartOfSpeech.VERB) {
        return true;
      }
    }
    return false;
  }

  /** A verb in the infinitive-or-plural form used as the finite verb (they are), not after te or a modal. */
  private static boolean finite(Slots s, int i) {
    if (i > 0 && s.lower(i - 1).equals("te")) {
      return false;
    }
    for (int k = i - 1; k >= 0 && !Clause.isBoundary(s.token(k)); k--) {
      Token t = s.token(k);
      if (t.tag() != null && t.tag().startsWith("WKW") && DutchForm.of(t.tag()).isFiniteVerb()) {
        return false;
      }
    }
    return i == 0 || !(s.token(i - 1).tag() != null && s.token(i - 1).tag().startsWith("WKW:VTD"));
  }

  private static boolean isName(Slots s, int i) {
    Token t = s.token(i);
    if (t.entity() != null || t.pos() == PartOfSpeech.PROPER_NOUN) {
      return true;
    }
    String text = t.text();
    boolean capital = Character.isUpperCase(text.codePointAt(0));
    return capital && (i > 0 && !startsSentence(s, i) || !t.isKnown());
  }

  private static boolean startsSentence(Slots s, int i) {
    for (int k = i - 1; k >= 0; k--) {
      if (s.token(k).pos() != PartOfSpeech.PUNCTUATION) {
        return false;
      }
    }
    return true;
  }

  private String pronominalAdverb(String w) {
    for (int h = 0; h < PRONOMINAL_HEADS.length; h++) {
      String head = PRONOMINAL_HEADS[h];
      if (w.startsWith(head) && w.length() > head.length() + 1) {
        Optional<GlossEntry> prep = glossary.lookup(w.substring(head.length()), GlossPos.PREP);
        if (prep.isPresent()) {
          return prep.get().first() + " " + PRONOMINAL_ENGLISH[h];
        }
      }
    }
    return null;
  }

  private boolean glossHyphenated(Slots s, int i, DutchForm form) {
    String text = s.token(i).text();
    String[] parts = text.split("-", -1);
    StringJoiner english = new StringJoiner("-");
    StringJoiner origin = new StringJoiner("+", "hyphenated:", "");
    for (int p = 0; p < parts.length; p++) {
      String part = parts[p];
      if (part.isEmpty()) {
        english.add("");
        continue;
      }
      boolean head = p == parts.length - 1;
      String g = glossPart(part, head ? form : DutchForm.PLAIN);
      if (g == null) {
        return false;
      }
      english.add(g);
      origin.add(part);
    }
    s.set(i, english.toString(), origin.toString());
    return true;
  }

  /** One part of a hyphenated word: a name, an entry or a compound; null when unknown. */
  private String glossPart(String part, DutchForm form) {
    Optional<GlossEntry> name = exactName(part);
    if (name.isPresent()) {
      return name.get().first();
    }
    for (GlossPos p : new GlossPos[] {GlossPos.NOUN, GlossPos.ADJ, GlossPos.PREFIX, GlossPos.NUM, GlossPos.VERB}) {
      Optional<GlossEntry> e = glossary.lookup(part, p);
      if (e.isPresent()) {
        return inflector.inflect(e.get(), e.get().first(), form, false);
      }
    }
    if (form == DutchForm.PLURAL) {
      String singular = singular(part);
      if (singular != null) {
        return singular;
      }
    }
    Optional<List<CompoundSplitter.Part>> parts = compounds.split(part, GlossPos.NOUN);
    if (parts.isPresent()) {
      return compoundEnglish(parts.get(), form);
    }
    if (Character.isUpperCase(part.codePointAt(0)) || part.chars().anyMatch(Character::isDigit)) {
      return part; // a name inside a hyphenated word: NAVO-topman Stoltenberg, EU-landen
    }
    if (form == DutchForm.PLURAL) {
      Optional<List<CompoundSplitter.Part>> sing = compounds.split(stripPlural(part), GlossPos.NOUN);
      if (sing.isPresent()) {
        return compoundEnglish(sing.get(), form);
      }
    }
    return null;
  }

  /** A Dutch plural noun's English plural when its singular is an entry (bondgenoten → allies). */
  private String singular(String plural) {
    for (String candidate : singularCandidates(plural)) {
      Optional<GlossEntry> e = glossary.lookup(candidate, GlossPos.NOUN);
      if (e.isPresent()) {
        return inflector.inflect(e.get(), e.get().first(), DutchForm.PLURAL, false);
      }
    }
    return null;
  }

  private static List<String> singularCandidates(String p) {
    String w = p.toLowerCase(Locale.ROOT);
    java.util.ArrayList<String> c = new java.util.ArrayList<>();
    if (w.endsWith("en")) {
      String stem = w.substring(0, w.length() - 2);
      c.add(stem);
      if (stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)) {
        c.add(stem.substring(0, stem.length() - 1)); // lidstaten? no: bommen → bom
      }
      if (stem.length() > 2) {
        char last = stem.charAt(stem.length() - 1);
        String lengthened = stem.substring(0, stem.length() - 1) + stem.charAt(stem.length() - 2) + last;
        c.add(lengthened); // staten → staat, genoten → genoot
        if (last == 'z') {
          c.add(stem.substring(0, stem.length() - 1) + "s");
        }
        if (last == 'v') {
          c.add(stem.substring(0, stem.length() - 1) + "f");
        }
      }
    }
    if (w.endsWith("s")) {
      c.add(w.substring(0, w.length() - 1));
    }
    return c;
  }

  private static String stripPlural(String p) {
    List<String> c = singularCandidates(p);
    return c.isEmpty() ? p : c.get(0);
  }

  private boolean glossCompound(Slots s, int i, String word, DutchForm form) {
    if (word.indexOf(' ') >= 0 || !word.chars().allMatch(Character::isLetter)) {
      return false;
    }
    GlossPos pos = PosMapping.of(s.token(i).pos());
    Optional<List<CompoundSplitter.Part>> parts = compounds.split(word, pos == GlossPos.NAME ? null : pos);
    if (parts.isEmpty() && form == DutchForm.PLURAL) {
      for (String c : singularCandidates(word)) {
        parts = compounds.split(c, GlossPos.NOUN);
        if (parts.isPresent()) {
          break;
        }
      }
    }
    if (parts.isEmpty()) {
      return false;
    }
    StringJoiner origin = new StringJoiner("+", "compound:", "");
    parts.get().forEach(p -> origin.add(p.dutch()));
    s.set(i, compoundEnglish(parts.get(), form), origin.toString());
    return true;
  }

  private String compoundEnglish(List<CompoundSplitter.Part> parts, DutchForm form) {
    StringJoiner english = new StringJoiner("-");
    for (int p = 0; p < parts.size(); p++) {
      GlossEntry e = parts.get(p).entry();
      String g = e.first();
      if (e.pos() == GlossPos.PREFIX) {
        g = g.endsWith("-") ? g.substring(0, g.length() - 1) : g;
      }
      if (p == parts.size() - 1) {
        g = inflector.inflect(e, g, form, false);
      }
      english.add(g);
    }
    return english.toString();
  }

  private static String punctuation(String p) {
    return switch (p) {
      case ",,", "''", "„", "”", "“", "«", "»" -> "\"";
      case "‘", "’" -> "'";
      default -> p;
    };
  }
}
