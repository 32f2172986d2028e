package io.nlbrief.parser.internal;

import io.nlbrief.parser.EntityType;
import io.nlbrief.parser.PartOfSpeech;
import io.nlbrief.parser.Span;
import io.nlbrief.parser.Token;
import io.nlbrief.parser.Token.Reading;
import io.nlbrief.parser.internal.WordTokenizer.Kind;
import io.nlbrief.parser.internal.WordTokenizer.RawToken;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tags the sentences of one article: picks a reading per token from its neighbours and gives
 * named-entity hints with article-wide memory (once {@code Jens Stoltenberg} is a person, so is a
 * later {@code Stoltenberg}). Not thread-safe: one instance per article.
 */
final class ArticleTagger {
  /** Words after which a noun or adjective follows (ambiguous ones such as "het" and "die" left out). */
  private static final Set<String> DETERMINERS = Set.of(
      "de", "een", "hun", "mijn", "jouw", "uw", "onze", "elke", "iedere", "geen", "welke", "zo'n", "dezelfde",
      "hetzelfde", "deze");
  private static final Set<String> AUXILIARIES = Set.of("zijn", "worden", "hebben");
  /** Words after which a finite verb follows more often than a noun. */
  private static final Set<String> SUBJECT_PRONOUNS = Set.of(
      "ik", "jij", "je", "hij", "zij", "ze", "wij", "we", "jullie", "u", "het", "dit", "dat", "er", "wat", "men");
  private static final Set<String> SPEECH_VERBS = Set.of(
      "zei", "zegt", "aldus", "zeggen", "zeiden", "vertelt", "vertelde", "verklaarde", "stelde", "stelt",
      "volgens", "benadrukte", "meldde", "schreef", "schrijft", "citeert", "vroeg", "antwoordde");
  /** Country acronyms: the tagger calls {@code VS} a noun; it is a place. */
  private static final Set<String> PLACE_ACRONYMS = Set.of("VS", "VK", "VAE", "USA", "UK", "DDR", "USSR");
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "uit", "naar", "te", "bij", "nabij", "rond", "vanuit");

  private final DutchLexicon lexicon;
  private final Map<String, String> preferred;
  private final Set<String> knownPersons = new HashSet<>();

  ArticleTagger(DutchLexicon lexicon, Map<String, String> preferredReadings) {
    this.lexicon = lexicon;
    this.preferred = preferredReadings;
  }

  /** Tags every sentence; {@code sentences} holds each sentence's raw tokens. */
  List<List<Token>> tag(String text, List<List<RawToken>> sentences) {
    List<List<Token>> first = new ArrayList<>();
    for (List<RawToken> raw : sentences) {
      first.add(tagSentence(text, raw));
    }
    // Second pass: a surname met beside a first name anywhere counts as a person everywhere.
    List<List<Token>> out = new ArrayList<>();
    for (List<Token> tokens : first) {
      List<Token> fixed = new ArrayList<>(tokens.size());
      for (Token t : tokens) {
        boolean person = knownPersons.contains(t.text()) && t.entity() != null && t.entity() != EntityType.PERSON;
        fixed.add(person ? withEntity(t, EntityType.PERSON) : t);
      }
      out.add(fixed);
    }
    return out;
  }

  private List<Token> tagSentence(String text, List<RawToken> raw) {
    int n = raw.size();
    List<List<Reading>> readings = new ArrayList<>(n);
    for (RawToken r : raw) {
      readings.add(r.kind() == Kind.WORD || r.kind() == Kind.ABBREVIATION || r.kind() == Kind.NUMBER
          ? lexicon.readings(r.of(text)) : List.of());
    }
    List<Token> tokens = new ArrayList<>(n);
    int firstWord = firstWordIndex(raw);
    for (int i = 0; i < n; i++) {
      RawToken r = raw.get(i);
      String form = r.of(text);
      String prev = i > 0 ? raw.get(i - 1).of(text).toLowerCase(Locale.ROOT) : "";
      List<Reading> ordered = order(form, readings.get(i), prev, i > 0 ? tokens.get(i - 1).readings() : List.of(),
          i + 1 < n ? readings.get(i + 1) : List.of(), i == firstWord);
      Reading best = ordered.isEmpty() ? null : ordered.get(0);
      PartOfSpeech pos = best == null ? shapePos(r, form, i == firstWord) : pos(best.tag(), best.lemma());
      String lemma = best == null ? (r.kind() == Kind.QUOTE ? readQuote(form) : form) : best.lemma();
      tokens.add(new Token(form, new Span(r.start(), r.end()), lemma, best == null ? null : best.tag(), pos,
          null, ordered));
    }
    return entities(tokens, firstWord);
  }

  /** The typed Dutch low-high quotes {@code ,,} and {@code ''} read as the marks they stand for. */
  private static String readQuote(String form) {
    return switch (form) {
      case ",," -> "„";
      case "''" -> "”";
      default -> form;
    };
  }

  private static int firstWordIndex(List<RawToken> raw) {
    for (int i = 0; i < raw.size(); i++) {
      if (raw.get(i).kind() == Kind.WORD || raw.get(i).kind() == Kind.NUMBER) {
        return i;
      }
    }
    return 0;
  }

  /** Orders readings by how well they fit the neighbours; the tagger's own order breaks ties. */
  private List<Reading> order(String form, List<Reading> readings, String prev, List<Reading> prevReadings,
      List<Reading> next, boolean sentenceStart) {
    if (readings.size() < 2) {
      return readings;
    }
    Context c = new Context(form, prev, prevReadings, next, sentenceStart, preferred.get(form.toLowerCase(Locale.ROOT)));
    List<Reading> sorted = new ArrayList<>(readings);
    sorted.sort(Comparator.comparingInt((Reading r) -> -score(r, c)));
    return sorted;
  }

  private record Context(String form, String prev, List<Reading> prevReadings, List<Reading> next,
      boolean sentenceStart, String preferredTag) {
    boolean prevIs(String tagPrefix) {
      return prevReadings.stream().anyMatch(r -> r.tag().startsWith(tagPrefix));
    }

    boolean nextIs(String tagPrefix) {
      return next.stream().anyMatch(r -> r.tag().startsWith(tagPrefix));
    }
  }

  private static int score(Reading r, Context c) {
    String tag = r.tag();
    int s = c.preferredTag() != null && tag.startsWith(c.preferredTag()) ? 3 : 0;
    boolean noun = tag.startsWith("ZNW");
    boolean verb = tag.startsWith("WKW");
    if (DETERMINERS.contains(c.prev()) || (c.prevIs("BNW") && !c.prevIs("WKW") && !c.prevIs("BYW"))) {
      s += noun ? 3 : tag.startsWith("BNW") ? 2 : verb ? -3 : 0;
    }
    if (SUBJECT_PRONOUNS.contains(c.prev())) {
      s += verb && !tag.startsWith("WKW:INF") && !tag.startsWith("WKW:VTD") ? 2 : noun || tag.startsWith("BNW") ? -2 : 0;
    }
    if (tag.startsWith("WKW:VTD") && c.prevReadings().stream().anyMatch(
        p -> p.tag().startsWith("WKW") && AUXILIARIES.contains(p.lemma()))) {
      s += 2; // "is gevallen": a participle after an auxiliary
    }
    if (tag.startsWith("WKW:VTD") && r.lemma().equals(c.form().toLowerCase(Locale.ROOT))) {
      s -= 1; // "gevallen" is the participle of "vallen" far more often than of "gevallen"
    }
    if (c.prev().equals("te") && tag.startsWith("WKW:TGW:INF")) {
      s += 3;
    }
    if (tag.startsWith("WKW:TGW:1EP") && !c.prev().equals("ik")) {
      s -= 2;
    }
    if (tag.startsWith("BNW") && c.nextIs("ZNW")) {
      s += 2;
    }
    if (tag.startsWith("VRZ") && (c.nextIs("VNW:AWZ") || c.nextIs("ZNW") || c.nextIs("ENM") || c.nextIs("GET"))) {
      s += 2;
    }
    // Closed-class words are mostly themselves: "niet" is not a form of "nieten", "uit" not of "uiten".
    if (r.lemma().equals(c.form().toLowerCase(Locale.ROOT))
        && (tag.startsWith("BYW") || tag.startsWith("VRZ") || tag.startsWith("VGW") || tag.startsWith("VNW"))) {
      s += 2;
    }
    boolean nameLemma = Character.isUpperCase(r.lemma().codePointAt(0));
    boolean capitalised = Character.isUpperCase(c.form().codePointAt(0));
    if (capitalised && !c.sentenceStart()) {
      s += tag.startsWith("ENM") ? 2 : nameLemma ? 1 : 0;
    }
    if (tag.startsWith("BNW") && nameLemma) {
      s += 3; // nationality adjectives: "het Engelse Salisbury"
    }
    if (capitalised && c.sentenceStart() && !nameLemma && !tag.startsWith("ENM")) {
      s += 1;
    }
    if (noun && nameLemma && !tag.contains("HET") && !tag.contains("DE_")) {
      s -= 1; // "Russische" as a noun without gender is a rare reading
    }
    return s;
  }

  private List<Token> entities(List<Token> tokens, int firstWord) {
    List<Token> out = new ArrayList<>(tokens);
    for (int i = 0; i < out.size(); i++) {
      Token t = out.get(i);
      EntityType e = entity(out, i, firstWord);
      if (e != null) {
        out.set(i, withEntity(t, e));
      }
    }
    // A first name followed by a capitalised word makes both a person.
    for (int i = 0; i + 1 < out.size(); i++) {
      if (isFirstName(out.get(i)) && isCapitalisedWord(out.get(i + 1)) && couldBeSurname(out.get(i + 1))) {
        out.set(i, withEntity(out.get(i), EntityType.PERSON));
        out.set(i + 1, withEntity(out.get(i + 1), EntityType.PERSON));
        knownPersons.add(out.get(i + 1).text());
      }
    }
    return out;
  }

  private EntityType entity(List<Token> tokens, int i, int firstWord) {
    Token t = tokens.get(i);
    if (!isCapitalisedWord(t)) {
      return null;
    }
    String prev = i > 0 ? tokens.get(i - 1).text().toLowerCase(Locale.ROOT) : "";
    if (PLACE_ACRONYMS.contains(t.text())) {
      return EntityType.PLACE;
    }
    boolean afterSpeech = SPEECH_VERBS.contains(prev);
    List<Reading> names = t.readings().stream().filter(r -> r.tag().startsWith("ENM")).toList();
    if (!names.isEmpty()) {
      boolean person = names.stream().anyMatch(r -> r.tag().startsWith("ENM:PER"));
      if (person && (afterSpeech || knownPersons.contains(t.text()))) {
        return EntityType.PERSON;
      }
      Reading chosen = t.readings().get(0);
      if (!chosen.tag().startsWith("ENM")) {
        return null; // "Maandag" at the start, "Zwarte" in "Zwarte Zee": a common word, capitalised
      }
      String tag = chosen.tag().startsWith("ENM") ? chosen.tag() : names.get(0).tag();
      if (i == firstWord && !tag.startsWith("ENM:LOC") && !tag.startsWith("ENM:ORG") && t.readings().size() > names.size()) {
        return null;
      }
      return tag.startsWith("ENM:PER") ? EntityType.PERSON
          : tag.startsWith("ENM:LOC") ? EntityType.PLACE
          : tag.startsWith("ENM:ORG") ? EntityType.ORGANISATION : EntityType.OTHER;
    }
    if (isAcronym(t.text())) {
      return EntityType.ORGANISATION;
    }
    if (!t.isKnown() && i != firstWord) {
      if (afterSpeech) {
        return EntityType.PERSON;
      }
      boolean prevUnknownName = i > 0 && isCapitalisedWord(tokens.get(i - 1)) && !tokens.get(i - 1).isKnown();
      if (prevUnknownName || (i + 1 < tokens.size() && isCapitalisedWord(tokens.get(i + 1)) && !tokens.get(i + 1).isKnown())) {
        return EntityType.PERSON; // "Kyryl Lashun"
      }
      if (afterPlacePreposition(tokens, i)) {
        return EntityType.PLACE; // "in het Engelse Salisbury"
      }
      return EntityType.OTHER;
    }
    return null;
  }

  private static boolean afterPlacePreposition(List<Token> tokens, int i) {
    for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
      Token t = tokens.get(k);
      String w = t.text().toLowerCase(Locale.ROOT);
      if (PLACE_PREPOSITIONS.contains(w)) {
        return true;
      }
      if (t.pos() != PartOfSpeech.DETERMINER && t.pos() != PartOfSpeech.ADJECTIVE && !w.equals("het")) {
        return false;
      }
    }
    return false;
  }

  private static boolean isFirstName(Token t) {
    return isCapitalisedWord(t) && t.tag() != null && t.tag().startsWith("ENM:PER:FST");
  }

  private static boolean couldBeSurname(Token t) {
    return !t.isKnown() || t.readings().stream().anyMatch(r -> r.tag().startsWith("ENM:PER"));
  }

  private static boolean isCapitalisedWord(Token t) {
    return t.isWord() && !t.text().isEmpty() && Character.isUpperCase(t.text().codePointAt(0));
  }

  private static boolean isAcronym(String s) {
    if (s.length() < 2 || s.length() > 6) {
      return false;
    }
    return s.chars().allMatch(c -> Character.isUpperCase(c) || c == '&');
  }

  private static Token withEntity(Token t, EntityType e) {
    return new Token(t.text(), t.span(), t.lemma(), t.tag(), t.pos(), e, t.readings());
  }

  private static PartOfSpeech shapePos(RawToken r, String form, boolean sentenceStart) {
    return switch (r.kind()) {
      case NUMBER -> PartOfSpeech.NUMBER;
      case PUNCTUATION, QUOTE -> PartOfSpeech.PUNCTUATION;
      case SYMBOL, URL -> PartOfSpeech.SYMBOL;
      case ABBREVIATION -> PartOfSpeech.OTHER;
      case WORD -> form.matches("\\d{1,2}u\\d{2}") ? PartOfSpeech.NUMBER
          : Character.isUpperCase(form.codePointAt(0)) && !sentenceStart ? PartOfSpeech.PROPER_NOUN
          : PartOfSpeech.UNKNOWN;
    };
  }

  /** Maps LanguageTool's Dutch tags to coarse parts of speech. */
  static PartOfSpeech pos(String tag, String lemma) {
    String head = tag.length() >= 3 ? tag.substring(0, 3) : tag;
    return switch (head) {
      case "ZNW" -> PartOfSpeech.NOUN;
      case "ENM" -> PartOfSpeech.PROPER_NOUN;
      case "WKW" -> PartOfSpeech.VERB;
      case "BNW" -> PartOfSpeech.ADJECTIVE;
      case "BYW", "TYD" -> PartOfSpeech.ADVERB;
      case "VNW" -> tag.startsWith("VNW:AWZ") ? PartOfSpeech.DETERMINER : PartOfSpeech.PRONOUN;
      case "VRZ" -> PartOfSpeech.PREPOSITION;
      case "VGW" -> PartOfSpeech.CONJUNCTION;
      case "GET" -> lemma.equals("een") ? PartOfSpeech.DETERMINER : PartOfSpeech.NUMERAL;
      case "TSW" -> PartOfSpeech.INTERJECTION;
      case "ITP" -> PartOfSpeech.PUNCTUATION;
      default -> PartOfSpeech.OTHER;
    };
  }
}
