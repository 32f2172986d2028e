package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.parser.EntityType;
import io.nlbrief.parser.PartOfSpeech;
import io.nlbrief.parser.Token;
import io.nlbrief.parser.UPos;
import io.nlbrief.summarizer.gloss.GlossEntry;
import io.nlbrief.summarizer.gloss.GlossPos;
import io.nlbrief.summarizer.gloss.Glossary;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Glosses the tokens no phrase, separable verb or number rule has taken, one by one. */
final class WordGlosser {
  /** Nouns English does not put in the plural after a number (25 procent → 25 percent). */
  private static final Set<String> NO_PLURAL_AFTER_NUMBER = Set.of(
      "percent", "per cent", "million", "billion", "thousand", "hundred", "dozen", "times", "euro");

  private final Glossary glossary;
  private final Inflector inflector;
  private final Names names;
  private final WordForms forms;

  WordGlosser(Glossary glossary, Inflector inflector) {
    this.glossary = glossary;
    this.inflector = inflector;
    this.names = new Names(glossary);
    this.forms = new WordForms(glossary, inflector, names);
  }

  /** aan het + infinitive is the progressive: we zijn het aan het onderzoeken → we are investigating. */
  private void progressive(Slots s) {
    for (int i = 2; i < s.size(); i++) {
      if (s.free(i) && s.free(i - 1) && s.free(i - 2) && s.lower(i - 2).equals("aan") && s.lower(i - 1).equals("het")) {
        for (Token.Reading r : s.token(i).readings()) {
          if (r.tag().startsWith("WKW:TGW:INF")) {
            Optional<GlossEntry> verb = glossary.lookup(r.lemma(), GlossPos.VERB);
            if (verb.isPresent()) {
              s.set(i - 2, "", "rule:aan-het");
              s.set(i - 1, "", "rule:aan-het");
              s.set(i, inflector.forms().presentParticiple(verb.get().first()), "glossary:" + verb.get().source());
            }
            break;
          }
        }
      }
    }
  }

  void apply(Slots s) {
    progressive(s);
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

  /**
   * A word of a stretch the parser reads as another language (UD's {@code X}, two words or more:
   * an English title or motto) is passed through as written if it is English, the words Dutch
   * also has included, or capitalised (a name in the title). A lone {@code X} (an abbreviation, a
   * truncated compound) and a lower-case word English does not have are glossed as ever. Like a
   * name, such a phrase (mostly the title of a work) is left out of the coverage figures.
   */
  private static boolean inForeignStretch(Slots s, int i) {
    if (s.token(i).upos() != UPos.X || !Character.isLetter(s.token(i).text().charAt(0))) {
      return false;
    }
    return i > 0 && s.token(i - 1).upos() == UPos.X || i + 1 < s.size() && s.token(i + 1).upos() == UPos.X;
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
    if (inForeignStretch(s, i)) {
      // 'A Room of Mirrors', a title in English: not "a cream or mirrors"
      if (ForeignWords.isEnglish(t.text()) || Character.isUpperCase(t.text().codePointAt(0))) {
        s.set(i, t.text(), GlossEngine.FOREIGN_PHRASE);
        return;
      }
    }
    Optional<GlossEntry> name = names.nameEntry(s, i);
    if (name.isPresent()) {
      s.set(i, name.get().first(), "exonym:" + name.get().dutch());
      if (name.get().hasNoteKeyword("noarticle") && i > 0 && s.origin[i - 1] != null
          && s.origin[i - 1].startsWith("glossary:") && (s.lower(i - 1).equals("de") || s.lower(i - 1).equals("het"))) {
        s.set(i - 1, "", "rule:no-article");
      }
      return;
    }
    if (t.entity() == EntityType.PERSON) {
      // the tagger takes some inflected nationality adjectives for names: het Engelse Salisbury
      Optional<GlossEntry> nationality = t.text().length() > 3 && t.text().endsWith("e")
          ? names.exactAdjective(t.text().substring(0, t.text().length() - 1)) : Optional.empty();
      if (nationality.isPresent()) {
        s.set(i, nationality.get().first(), "glossary:" + nationality.get().source());
      } else {
        s.set(i, t.text(), "name");
      }
      return;
    }
    Token.Reading numeral = Readings.numeralReadingInstead(s, i);
    if (numeral != null) {
      Optional<GlossEntry> number = glossary.lookup(numeral.lemma(), GlossPos.NUM)
          .or(() -> glossary.lookup(t.text(), GlossPos.NUM));
      if (number.isPresent()) {
        s.set(i, number.get().first(), "glossary:" + number.get().source()); // vier punten: four, not celebrate
        return;
      }
    }
    Token.Reading analysed = Readings.analysedReading(s, i); // the parser's analysis decides between noun and verb
    Token.Reading nounReading = analysed != null && analysed.tag().startsWith("ZNW") ? analysed
        : analysed == null ? Readings.nounReadingInstead(s, i) : null;
    if (nounReading != null) {
      Optional<GlossEntry> noun = glossary.lookup(nounReading.lemma(), GlossPos.NOUN);
      if (noun.isPresent()) {
        s.set(i, inflector.inflect(noun.get(), noun.get().first(), DutchForm.of(nounReading.tag()), false),
            "glossary:" + noun.get().source());
        return;
      }
    }
    Token.Reading verbReading = analysed != null && analysed.tag().startsWith("WKW") ? analysed
        : Readings.verbReadingInstead(s, i);
    if (names.partOfAName(s, i) || monthAbbreviationAsName(s, i)) {
      s.set(i, t.text(), "name"); // Des Moines, Fox News; Jan kwam niet
      return;
    }
    // the analysis's predicate adjective where the tagger chose a verb (het plan is slecht)
    Token.Reading adjectiveReading = analysed != null && analysed.tag().startsWith("BNW") ? analysed : null;
    Token.Reading reading = verbReading != null ? verbReading : adjectiveReading;
    DutchForm form = DutchForm.of(reading != null ? reading.tag() : t.tag());
    Optional<GlossEntry> entry = verbReading != null ? glossary.lookup(verbReading.lemma(), GlossPos.VERB)
        : adjectiveReading != null ? glossary.lookup(adjectiveReading.lemma(), GlossPos.ADJ) : Optional.empty();
    if (entry.isEmpty()) {
      form = DutchForm.of(t.tag());
      entry = adverbInstead(s, i).or(() -> entry(t));
    }
    if (entry.isPresent()) {
      GlossEntry e = entry.get();
      String english = e.first();
      form = Readings.formOfReading(t, e, form);
      boolean viaSurface = !e.dutch().equalsIgnoreCase(t.lemma()) && e.dutch().equalsIgnoreCase(t.text());
      if (e.pos() == GlossPos.VERB && t.lemma().equalsIgnoreCase("worden") && passive && !viaSurface) {
        english = "be";
      }
      boolean finite = form != DutchForm.INFINITIVE_OR_PLURAL || Readings.finite(s, i);
      boolean infinitiveNext = i + 1 < s.size() && s.token(i + 1).tag() != null
          && s.token(i + 1).tag().startsWith("WKW:TGW:INF");
      if (e.pos() == GlossPos.VERB && !finite && e.hasNoteKeyword("modal") && e.english().size() > 1 && i > 0
          && (s.lower(i - 1).equals("te") || s.token(i - 1).pos() == PartOfSpeech.VERB || infinitiveNext)) {
        // an infinitive modal has no English infinitive: kunnen → be able, moeten → have to
        for (String sense : e.english()) {
          if (sense.startsWith("be ") || sense.startsWith("have ")) {
            english = infinitiveNext && !sense.endsWith(" to") ? sense + " to" : sense;
            break;
          }
        }
      }
      if (e.pos() == GlossPos.VERB) {
        form = s.personal(i, form); // jij hebt → you have
      }
      String inflected = viaSurface ? english : inflector.inflect(e, english, form, finite);
      if (e.pos() == GlossPos.NOUN && form == DutchForm.PLAIN && i > 0 && NumberRules.isPluralQuantity(s.english[i - 1])
          && !e.hasNoteKeyword("uncountable") && !NO_PLURAL_AFTER_NUMBER.contains(english) && !isUnit(english)) {
        inflected = inflector.forms().plural(english);
      }
      if (e.pos() == GlossPos.VERB && form == DutchForm.INFINITIVE_OR_PLURAL && nominalInfinitive(s, i)) {
        inflected = inflector.forms().presentParticiple(english); // het inhuren van → the hiring of
      }
      if (e.pos() == GlossPos.VERB && !viaSurface) {
        s.setVerb(i, inflected, english, "glossary:" + e.source());
      } else {
        s.set(i, inflected, "glossary:" + e.source());
      }
      return;
    }
    if (t.text().indexOf('-') > 0 && forms.hasLowerCasePart(t.text()) && forms.glossHyphenated(s, i, form)) {
      return; // NAVO-diplomaten: a name with a word, glossed part by part
    }
    if (names.isName(s, i)) {
      s.set(i, t.text(), "name");
      return;
    }
    String pronominal = forms.pronominalAdverb(s.lower(i));
    if (pronominal != null) {
      s.set(i, pronominal, "pronominal-adverb");
      return;
    }
    String plain = withoutEmphasis(s.lower(i));
    if (!plain.equals(s.lower(i))) {
      Optional<GlossEntry> e = anyPos(plain, PosMapping.of(t.pos()));
      if (e.isPresent()) {
        s.set(i, e.get().first(), "glossary:" + e.get().source()); // ík, tóch: accents for emphasis
        return;
      }
    }
    if (t.text().indexOf('-') >= 0 && forms.glossHyphenated(s, i, form)) {
      return;
    }
    if (forms.inflectedForm(s, i)) {
      return;
    }
    if (forms.glossCompound(s, i, t.lemma(), form) || !t.lemma().equals(t.text()) && forms.glossCompound(s, i, t.text(), form)) {
      return;
    }
    if (ENGLISH_WORDS.contains(s.lower(i)) || ForeignWords.isEnglish(t.text())) {
      s.set(i, t.text(), "foreign"); // English inside Dutch text (titles, quotes, golf's holes): passed through
      return;
    }
    if (Character.isUpperCase(t.text().codePointAt(0))) {
      s.set(i, t.text(), "name"); // a capitalised word the glossary does not know, at the start of a sentence
      return;
    }
    s.set(i, "⟨" + t.text() + "?⟩", "unknown");
  }

  /**
   * A capitalised word the tagger read as a shortened month ({@code Jan}, {@code Mei} as januari)
   * with no number beside it is a name: Dutch writes the month's abbreviation in lower case next to
   * a day or a year ({@code 3 jan. 2020}). A month written out ({@code Maart}) stays a month.
   */
  private static boolean monthAbbreviationAsName(Slots s, int i) {
    Token t = s.token(i);
    String text = t.text();
    if (t.tag() == null || !t.tag().startsWith("TYD:MND") || text.isEmpty() || !Character.isUpperCase(text.charAt(0))
        || text.equalsIgnoreCase(t.lemma())) {
      return false;
    }
    boolean numberBefore = i > 0 && s.token(i - 1).upos() == io.nlbrief.parser.UPos.NUM;
    boolean numberAfter = i + 1 < s.size() && (s.token(i + 1).upos() == io.nlbrief.parser.UPos.NUM
        || i + 2 < s.size() && s.token(i + 1).text().equals(".") && s.token(i + 2).upos() == io.nlbrief.parser.UPos.NUM);
    return !numberBefore && !numberAfter;
  }

  /** The entry for the token: lemma with its part of speech, the surface form, then any part of speech. */
  /**
   * The adverb's own entry where the parser's analysis reads an adverb and the tagger chose the
   * adjective (alleen de kinderen → only, not alone), except at the end of a clause, where the
   * adjective stands as a predicate (hij woont alleen → alone).
   */
  private Optional<GlossEntry> adverbInstead(Slots s, int i) {
    Token t = s.token(i);
    if (PosMapping.of(t.pos()) != GlossPos.ADJ || t.upos() != io.nlbrief.parser.UPos.ADV || i + 1 >= s.size()
        || s.endsStretch(i + 1)) {
      return Optional.empty();
    }
    return glossary.lookup(t.lemma(), GlossPos.ADV);
  }

  private Optional<GlossEntry> entry(Token t) {
    GlossPos pos = PosMapping.of(t.pos());
    if (t.tag() != null && t.tag().startsWith("GET:RNG")) {
      Optional<GlossEntry> ordinal = anyPos(t.text(), GlossPos.NUM);
      if (ordinal.isPresent()) {
        return ordinal; // eerste is first, not its lemma een
      }
    }
    // the surface form first where it is itself an entry of the same kind (inlichtingen, gevolgen)
    if (t.pos() == PartOfSpeech.NUMERAL && !t.text().equalsIgnoreCase(t.lemma())) {
      Optional<GlossEntry> ordinal = anyPos(t.text(), GlossPos.NUM);
      if (ordinal.isPresent()) {
        return ordinal;
      }
    }
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

  /** Dutch writes stress with acute accents on any vowel (ík, óók, héle); the word without them. */
  private static String withoutEmphasis(String w) {
    StringBuilder b = null;
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      char plain = switch (c) {
        case 'á' -> 'a';
        case 'é' -> 'e';
        case 'í' -> 'i';
        case 'ó' -> 'o';
        case 'ú' -> 'u';
        default -> c;
      };
      if (plain != c && b == null) {
        b = new StringBuilder(w.substring(0, k));
      }
      if (b != null) {
        b.append(plain);
      }
    }
    return b == null ? w : b.toString();
  }

  private static final java.util.Set<String> ENGLISH_WORDS = java.util.Set.of(
      "the", "and", "of", "on", "for", "with", "to", "is", "are", "it", "you", "or", "not", "by", "this", "from",
      "at", "as", "a", "an", "be", "was", "were", "has", "have", "will", "can", "do", "does", "my", "your", "we");

  /** km, cm, kg: units written as abbreviations take no plural. */
  private static boolean isUnit(String english) {
    return english.length() <= 3 && english.chars().noneMatch(c -> "aeiouy".indexOf(c) >= 0);
  }

  /** An infinitive used as a noun: after het and before van (het inhuren van architecten). */
  private static boolean nominalInfinitive(Slots s, int i) {
    return i > 0 && i + 1 < s.size() && s.lower(i - 1).equals("het") && s.lower(i + 1).equals("van");
  }

  private static String punctuation(String p) {
    return switch (p) {
      case ",,", "''", "„", "”", "“", "«", "»" -> "\"";
      case "‘", "’" -> "'";
      default -> p;
    };
  }
}
