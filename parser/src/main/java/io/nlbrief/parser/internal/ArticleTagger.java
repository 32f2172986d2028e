package io.nlbrief.parser.internal;

import io.nlbrief.parser.DutchWords;
import io.nlbrief.parser.DutchWords.WordClass;
import io.nlbrief.parser.EntityType;
import io.nlbrief.parser.PartOfSpeech;
import io.nlbrief.parser.Span;
import io.nlbrief.parser.Token;
import io.nlbrief.parser.Token.Reading;
import io.nlbrief.parser.internal.WordTokenizer.Kind;
import io.nlbrief.parser.internal.WordTokenizer.RawToken;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tags the sentences of one article: picks a reading per token from its neighbours and gives
 * named-entity hints with article-wide memory (once {@code Jens Stoltenberg} is a person, so is a
 * later {@code Stoltenberg}). Not thread-safe: one instance per article.
 */
final class ArticleTagger {
  /** Words after which a noun or adjective follows (ambiguous ones such as "het" and "die" left out). */
  private static final Set<String> DETERMINERS = DutchWords.of(WordClass.PRENOMINAL_DETERMINER);
  private static final Set<String> AUXILIARIES = DutchWords.of(WordClass.AUXILIARY);
  /** Words after which a finite verb follows more often than a noun. */
  private static final Set<String> SUBJECT_PRONOUNS = union(WordClass.SUBJECT_PRONOUN, WordClass.IMPERSONAL_SUBJECT);
  private static final Set<String> SPEECH_VERBS = DutchWords.of(WordClass.SPEECH_VERB);
  /** Country acronyms as written ({@code VS}, not the {@code vs} of versus): the tagger calls {@code VS} a noun; it is a place. */
  private static final Set<String> PLACE_ACRONYMS = DutchWords.of(WordClass.PLACE_ACRONYM).stream()
      .map(w -> w.toUpperCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
  private static final Set<String> PLACE_PREPOSITIONS = DutchWords.of(WordClass.PLACE_PREPOSITION);
  /** A time written as a word: {@code 15u38}. */
  private static final Pattern CLOCK_TIME = Pattern.compile("\\d{1,2}u\\d{2}");

  private static Set<String> union(WordClass a, WordClass b) {
    Set<String> all = new HashSet<>(DutchWords.of(a));
    all.addAll(DutchWords.of(b));
    return Set.copyOf(all);
  }

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
    if (knownPersons.isEmpty()) {
      return first;
    }
    List<List<Token>> out = new ArrayList<>(first.size());
    for (List<Token> tokens : first) {
      List<Token> fixed = tokens;
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        boolean person = t.entity() != null && t.entity() != EntityType.PERSON && knownPersons.contains(t.text());
        if (person) {
          if (fixed == tokens) {
            fixed = new ArrayList<>(tokens);
          }
          fixed.set(i, withEntity(t, EntityType.PERSON));
        }
      }
      out.add(fixed);
    }
    return out;
  }

  private List<Token> tagSentence(String text, List<RawToken> raw) {
    int n = raw.size();
    // Each token's text and lower-case form are made once (they were made up to five times a token).
    String[] forms = new String[n];
    String[] lower = new String[n];
    List<List<Reading>> readings = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      RawToken r = raw.get(i);
      if (r.kind() == Kind.WORD || r.kind() == Kind.ABBREVIATION || r.kind() == Kind.NUMBER) {
        // The lexicon's copy of the form: one String per distinct form, not one per token, in the result.
        DutchLexicon.Entry e = lexicon.entry(r.of(text));
        forms[i] = e.form();
        readings.add(e.readings());
      } else {
        forms[i] = r.end() - r.start() == 1 ? oneChar(text.charAt(r.start())) : r.of(text);
        readings.add(List.of());
      }
      lower[i] = forms[i].toLowerCase(Locale.ROOT);
    }
    List<Token> tokens = new ArrayList<>(n);
    int firstWord = firstWordIndex(raw);
    for (int i = 0; i < n; i++) {
      RawToken r = raw.get(i);
      String form = forms[i];
      String prev = i > 0 ? lower[i - 1] : "";
      List<Reading> ordered = order(form, lower[i], readings.get(i), prev,
          i > 0 ? tokens.get(i - 1).readings() : List.of(), i + 1 < n ? readings.get(i + 1) : List.of(),
          i == firstWord);
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

  /** Shared one-character strings for punctuation and symbols below U+0100. */
  private static final String[] ONE_CHAR = new String[256];

  static {
    for (char c = 0; c < ONE_CHAR.length; c++) {
      ONE_CHAR[c] = String.valueOf(c);
    }
  }

  private static String oneChar(char c) {
    return c < ONE_CHAR.length ? ONE_CHAR[c] : String.valueOf(c);
  }

  private static int firstWordIndex(List<RawToken> raw) {
    for (int i = 0; i < raw.size(); i++) {
      if (raw.get(i).kind() == Kind.WORD || raw.get(i).kind() == Kind.NUMBER) {
        return i;
      }
    }
    return 0;
  }

  /**
   * Orders readings by how well they fit the neighbours; the tagger's own order breaks ties. Each
   * reading is scored once (a stable insertion sort on the scores), and what the neighbours offer
   * is worked out once per token rather than once per comparison.
   */
  private List<Reading> order(String form, String lowerForm, List<Reading> readings, String prev,
      List<Reading> prevReadings, List<Reading> next, boolean sentenceStart) {
    int m = readings.size();
    if (m < 2) {
      return readings;
    }
    Context c = new Context(form, lowerForm, prev, prevReadings, next, sentenceStart, preferred.get(lowerForm));
    Reading[] sorted = new Reading[m];
    int[] scores = new int[m];
    boolean reordered = false;
    for (int j = 0; j < m; j++) {
      sorted[j] = readings.get(j);
      scores[j] = score(sorted[j], c);
      reordered |= j > 0 && scores[j] > scores[j - 1];
    }
    if (!reordered) {
      return readings; // already in order (the common case): keep the lexicon's shared list
    }
    // Stable: a reading moves before another only when its score is strictly higher, as List.sort did.
    for (int j = 1; j < m; j++) {
      Reading r = sorted[j];
      int sc = scores[j];
      int k = j - 1;
      while (k >= 0 && scores[k] < sc) {
        sorted[k + 1] = sorted[k];
        scores[k + 1] = scores[k];
        k--;
      }
      sorted[k + 1] = r;
      scores[k + 1] = sc;
    }
    return Arrays.asList(sorted);
  }

  /** What the neighbours of one token offer, computed once per token. */
  private static final class Context {
    final String lowerForm;
    final String prev;
    final List<Reading> prevReadings;
    final boolean sentenceStart;
    final String preferredTag;
    final boolean capitalised;
    final boolean nounContext;
    final boolean afterSubjectPronoun;
    final boolean nextNoun;
    final boolean prepositionContext;
    private int afterAuxiliary = -1;

    Context(String form, String lowerForm, String prev, List<Reading> prevReadings, List<Reading> next,
        boolean sentenceStart, String preferredTag) {
      this.lowerForm = lowerForm;
      this.prev = prev;
      this.prevReadings = prevReadings;
      this.sentenceStart = sentenceStart;
      this.preferredTag = preferredTag;
      this.capitalised = Character.isUpperCase(form.codePointAt(0));
      this.nounContext = DETERMINERS.contains(prev)
          || (prevIs(prevReadings, "BNW") && !prevIs(prevReadings, "WKW") && !prevIs(prevReadings, "BYW"));
      this.afterSubjectPronoun = SUBJECT_PRONOUNS.contains(prev);
      this.nextNoun = prevIs(next, "ZNW");
      this.prepositionContext = prevIs(next, "VNW:AWZ") || nextNoun || prevIs(next, "ENM") || prevIs(next, "GET");
    }

    private static boolean prevIs(List<Reading> readings, String tagPrefix) {
      for (Reading r : readings) {
        if (r.tag().startsWith(tagPrefix)) {
          return true;
        }
      }
      return false;
    }

    /** Whether a reading of the previous token is a form of zijn, worden or hebben (asked only for participles). */
    boolean afterAuxiliary() {
      if (afterAuxiliary < 0) {
        boolean any = false;
        for (Reading p : prevReadings) {
          if (p.tag().startsWith("WKW") && AUXILIARIES.contains(p.lemma())) {
            any = true;
            break;
          }
        }
        afterAuxiliary = any ? 1 : 0;
      }
      return afterAuxiliary == 1;
    }
  }

  private static int score(Reading r, Context c) {
    String tag = r.tag();
    int s = c.preferredTag != null && tag.startsWith(c.preferredTag) ? 3 : 0;
    boolean noun = tag.startsWith("ZNW");
    boolean verb = tag.startsWith("WKW");
    boolean adjective = tag.startsWith("BNW");
    boolean participle = verb && tag.startsWith("WKW:VTD");
    boolean lemmaIsForm = r.lemma().equals(c.lowerForm);
    if (c.nounContext) {
      s += noun ? 3 : adjective ? 2 : verb ? -3 : 0;
    }
    if (c.afterSubjectPronoun) {
      s += verb && !tag.startsWith("WKW:INF") && !participle ? 2 : noun || adjective ? -2 : 0;
    }
    if (participle && c.afterAuxiliary()) {
      s += 2; // "is gevallen": a participle after an auxiliary
    }
    if (participle && lemmaIsForm) {
      s -= 1; // "gevallen" is the participle of "vallen" far more often than of "gevallen"
    }
    if (c.prev.equals("te") && tag.startsWith("WKW:TGW:INF")) {
      s += 3;
    }
    if (tag.startsWith("WKW:TGW:1EP") && !c.prev.equals("ik")) {
      s -= 2;
    }
    if (adjective && c.nextNoun) {
      s += 2;
    }
    if (tag.startsWith("VRZ") && c.prepositionContext) {
      s += 2;
    }
    // Closed-class words are mostly themselves: "niet" is not a form of "nieten", "uit" not of "uiten".
    if (lemmaIsForm
        && (tag.startsWith("BYW") || tag.startsWith("VRZ") || tag.startsWith("VGW") || tag.startsWith("VNW"))) {
      s += 2;
    }
    boolean nameLemma = Character.isUpperCase(r.lemma().codePointAt(0));
    boolean capitalised = c.capitalised;
    if (capitalised && !c.sentenceStart) {
      s += tag.startsWith("ENM") ? 2 : nameLemma ? 1 : 0;
    }
    if (adjective && nameLemma) {
      s += 3; // nationality adjectives: "het Engelse Salisbury"
    }
    if (capitalised && c.sentenceStart && !nameLemma && !tag.startsWith("ENM")) {
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
      case WORD -> CLOCK_TIME.matcher(form).matches() ? PartOfSpeech.NUMBER
          : Character.isUpperCase(form.codePointAt(0)) && !sentenceStart ? PartOfSpeech.PROPER_NOUN
          : PartOfSpeech.UNKNOWN;
    };
  }

  /** Maps LanguageTool's Dutch tags to coarse parts of speech. */
  static PartOfSpeech pos(String tag, String lemma) {
    // The first three letters of the tag decide (compared in place: no substring per token).
    if (tag.startsWith("ZNW")) {
      return PartOfSpeech.NOUN;
    } else if (tag.startsWith("ENM")) {
      return PartOfSpeech.PROPER_NOUN;
    } else if (tag.startsWith("WKW")) {
      return PartOfSpeech.VERB;
    } else if (tag.startsWith("BNW")) {
      return PartOfSpeech.ADJECTIVE;
    } else if (tag.startsWith("BYW") || tag.startsWith("TYD")) {
      return PartOfSpeech.ADVERB;
    } else if (tag.startsWith("VNW")) {
      return tag.startsWith("VNW:AWZ") ? PartOfSpeech.DETERMINER : PartOfSpeech.PRONOUN;
    } else if (tag.startsWith("VRZ")) {
      return PartOfSpeech.PREPOSITION;
    } else if (tag.startsWith("VGW")) {
      return PartOfSpeech.CONJUNCTION;
    } else if (tag.startsWith("GET")) {
      return lemma.equals("een") ? PartOfSpeech.DETERMINER : PartOfSpeech.NUMERAL;
    } else if (tag.startsWith("TSW")) {
      return PartOfSpeech.INTERJECTION;
    } else if (tag.startsWith("ITP")) {
      return PartOfSpeech.PUNCTUATION;
    }
    return PartOfSpeech.OTHER;
  }
}
