package io.nlbrief.parser.internal;

import io.nlbrief.parser.Token.Reading;
import io.nlbrief.parser.UPos;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lemmas in Universal Dependencies' convention from LanguageTool's readings: the lemma of the
 * reading that fits the chosen part of speech and verb form ({@code wist} as a finite verb →
 * {@code weten}); for the parts of speech whose UD lemma is the word itself (pronouns,
 * determiners, prepositions: {@code hun} → {@code hun}, not LanguageTool's {@code zij}), the
 * word; for a word no reading fits, a suffix rule learnt per part of speech ({@code -en} →
 * {@code -} on plural nouns). Which parts of speech keep their form, and the suffix rules, are
 * learnt from the training part of the treebanks, never a list of word forms. Thread-safe.
 */
final class UdLemmatizer {
  private final boolean[] keepsForm;
  /** Hand-written: forms of two verbs, and the verb running text means (wisten: weten, not wissen). */
  private final Map<String, String> preferred =
      Resources.tabSeparated("/io/nlbrief/parser/preferred-lemmas.txt");
  /** (part of speech, last three letters) → "strip count + tail", for words no reading fits. */
  private final Map<String, String> suffixRules;

  UdLemmatizer(boolean[] keepsForm, Map<String, String> suffixRules) {
    this.keepsForm = keepsForm;
    this.suffixRules = suffixRules;
  }

  String lemma(String form, List<Reading> readings, UPos pos, String feats,
      java.util.function.Function<String, List<Reading>> dictionary) {
    String lemma = lemma(form, readings, pos, feats);
    if (pos != UPos.NOUN || lemma.length() < 8 || lemma.length() > MAX_COMPOUND_CHARS) {
      return lemma;
    }
    String split = compounds.get(lemma);
    if (split == null) {
      split = withoutLinker(lemma, dictionary, 0);
      if (compounds.size() > COMPOUND_CACHE_LIMIT) {
        compounds.clear();
      }
      compounds.put(lemma, split);
    }
    return split;
  }

  /** Nouns already split (a long noun costs a dozen dictionary look-ups). */
  private final java.util.concurrent.ConcurrentHashMap<String, String> compounds = new java.util.concurrent.ConcurrentHashMap<>();
  private static final int COMPOUND_CACHE_LIMIT = 200_000;
  /**
   * Nouns longer than this are not split: the search tries every cut with a substring and two
   * look-ups each, quadratic in the length (a 100,000-letter "word" took 45 s). Dutch's long
   * compounds stay well inside ({@code arbeidsongeschiktheidsverzekering} has 33 letters); the
   * same bound as the lexicon's compound heads ({@link DutchLexicon#MAX_HEAD}).
   */
  static final int MAX_COMPOUND_CHARS = 64;

  /**
   * UD's Dutch lemmas (Alpino's) write a compound's parts without the linking {@code s} or
   * {@code en}: {@code varkenshouder} → {@code varken_houder}, {@code studententijd} →
   * {@code student_tijd}. A noun splits where both sides are nouns the dictionary knows, the left
   * of three letters or more, the right of four or more; the right part may split again.
   */
  static String withoutLinker(String lemma, java.util.function.Function<String, List<Reading>> dictionary, int depth) {
    int n = lemma.length();
    if (depth > 3 || n < 8) {
      return lemma;
    }
    for (int p = 3; p <= n - 5; p++) {
      char c = lemma.charAt(p);
      int linker = c == 's' ? 1 : c == 'e' && p + 1 < n && lemma.charAt(p + 1) == 'n' ? 2 : 0;
      if (linker == 0 || n - p - linker < 4) {
        continue;
      }
      String left = lemma.substring(0, p);
      String right = lemma.substring(p + linker);
      // "huisdier", "halsketting": the s belongs to the left word, no linker to drop.
      // "kiezelsteen": the s begins the right word (steen), no linker either.
      // "wetenschap", "waarheid": a suffix, not a word of a compound.
      if (isNoun(left, dictionary) && isNoun(right, dictionary) && !isNoun(lemma.substring(0, p + linker), dictionary)
          && !isNoun(lemma.substring(p), dictionary) && !right.equals("schap") && !right.equals("heid")) {
        return left + "_" + withoutLinker(right, dictionary, depth + 1);
      }
    }
    return lemma;
  }

  private static boolean isNoun(String lemma, java.util.function.Function<String, List<Reading>> dictionary) {
    for (Reading r : dictionary.apply(lemma)) {
      if (r.tag().startsWith("ZNW") && r.lemma().equals(lemma)) {
        return true;
      }
    }
    return false;
  }

  private String lemma(String form, List<Reading> readings, UPos pos, String feats) {
    String lower = form.toLowerCase(Locale.ROOT);
    if (pos == UPos.PROPN) {
      return form;
    }
    if (pos == UPos.PUNCT || pos == UPos.SYM || pos == UPos.NUM && !hasLetter(form)) {
      return form;
    }
    String paradigm = paradigmLemma(lower, pos);
    if (paradigm != null) {
      return paradigm;
    }
    String ordinal = ordinalNumber(lower, pos);
    if (ordinal != null) {
      return ordinal;
    }
    if (keepsForm[pos.ordinal()]) {
      return lower;
    }
    if (pos == UPos.ADJ) {
      String cardinal = ordinalLemma(readings);
      if (cardinal != null) {
        return cardinal;
      }
    }
    Reading fit = bestReading(readings, pos, feats);
    // "Amersfoortse", "Tartaarse": an inflected adjective of a name keeps its capital and drops the
    // -e; the dictionary's own lemma where it has one (Europese → Europees, not Europes).
    if (pos == UPos.ADJ && lower.endsWith("se") && lower.length() > 4 && Character.isUpperCase(form.charAt(0))
        && (fit == null || Character.isUpperCase(fit.lemma().charAt(0)))) {
      return fit != null && !fit.lemma().endsWith("e") ? fit.lemma() : withoutInflection(form);
    }
    if (fit != null && (pos == UPos.VERB || pos == UPos.AUX || pos == UPos.ADJ)) {
      Reading plain = withoutParticiplePrefix(readings, fit, pos);
      if (plain != null) {
        return plain.lemma().toLowerCase(Locale.ROOT);
      }
    }
    String favourite = preferred.get(lower);
    if (fit != null && favourite != null && !fit.lemma().equals(favourite)) {
      for (Reading r : readings) {
        if (r.lemma().equals(favourite) && fits(r.tag(), pos)) {
          return favourite;
        }
      }
    }
    if (fit != null) {
      return fit.lemma().toLowerCase(Locale.ROOT);
    }
    return bySuffix(lower, pos);
  }

  /**
   * Closed paradigms whose UD lemma is another form (Dutch grammar, not a list of corpus words):
   * the suppletive degrees of {@code veel} and {@code weinig} ({@code meer}, {@code meest(e)};
   * {@code minder}, {@code minst(e)}), the contracted {@code ten}/{@code ter} ({@code te} + old
   * dative article), {@code mee}/{@code toe} as the stranded forms of {@code met}/{@code tot}
   * ({@code ermee}, {@code waartoe}), the clitic {@code -ie} ({@code hij}), and {@code een} as
   * the numeral {@code één}.
   */
  static String paradigmLemma(String lower, UPos pos) {
    switch (pos) {
      case ADV, ADJ, PRON, DET -> {
        return switch (lower) {
          case "meer", "meest", "meeste" -> "veel";
          case "minder", "minst", "minste" -> "weinig";
          case "-ie" -> pos == UPos.PRON ? "hij" : null;
          default -> null;
        };
      }
      case ADP -> {
        return switch (lower) {
          case "ten", "ter" -> "te";
          case "mee" -> "met";
          case "toe" -> "tot";
          default -> null;
        };
      }
      case NUM -> {
        return lower.equals("een") || lower.equals("eén") || lower.equals("één") ? "één" : null;
      }
      default -> {
        return null;
      }
    }
  }

  /**
   * An ordinal adjective has its cardinal as its UD lemma ({@code derde} → {@code drie},
   * {@code eerste} → {@code één}): the lemma of the dictionary's ordinal reading ({@code GET:RNG}).
   */
  private static String ordinalLemma(List<Reading> readings) {
    for (Reading r : readings) {
      if (r.tag().startsWith("GET:RNG") && !r.lemma().isEmpty()) {
        String lemma = r.lemma().toLowerCase(Locale.ROOT);
        return lemma.equals("een") ? "één" : lemma;
      }
    }
    return null;
  }

  /**
   * An inflected adjective without its -e, in Dutch spelling: the long vowel an open syllable
   * wrote single is written double once the syllable closes ({@code Vietnamese} →
   * {@code Vietnamees}, {@code Balinese} → {@code Balinees}); after two consonants nothing changes
   * ({@code Amersfoortse} → {@code Amersfoorts}).
   */
  static String withoutInflection(String form) {
    String stem = form.substring(0, form.length() - 1);
    int n = stem.length();
    if (n >= 3) {
      char vowel = stem.charAt(n - 2);
      char before = Character.toLowerCase(stem.charAt(n - 3));
      if ((vowel == 'a' || vowel == 'e' || vowel == 'o' || vowel == 'u') && "aeiouy".indexOf(before) < 0) {
        return stem.substring(0, n - 1) + vowel + stem.charAt(n - 1);
      }
    }
    return stem;
  }

  /**
   * A participle in {@code ge-} is also the participle (and often a present form) of a verb that
   * begins with {@code ge-}: {@code geleid} of {@code leiden} and {@code geleiden}, {@code gewonnen}
   * of {@code winnen} and {@code gewinnen}, {@code geworden} of {@code worden} and {@code geworden}.
   * The {@code ge-} is the participle's own far more often: the reading of the verb without it,
   * where the chosen one is the verb with it, unless that verb is one of the common verbs in
   * {@code ge-} (word class {@code ge-verb}: {@code gebeuren}, {@code geloven}), whose participle
   * {@code gebeurd} would otherwise go to the rare {@code beuren}. {@code null}: nothing to change.
   */
  private static Reading withoutParticiplePrefix(List<Reading> readings, Reading fit, UPos pos) {
    String lemma = fit.lemma();
    if (!fit.tag().startsWith("WKW:VTD") || !lemma.startsWith("ge") || GE_VERBS.contains(lemma)) {
      return null;
    }
    String without = lemma.substring(2);
    for (Reading r : readings) {
      if (r.tag().startsWith("WKW:VTD") && r.lemma().equals(without) && fits(r.tag(), pos)) {
        return r;
      }
    }
    return null;
  }

  private static final java.util.Set<String> GE_VERBS =
      io.nlbrief.parser.DutchWords.of(io.nlbrief.parser.DutchWords.WordClass.GE_VERB);

  /** {@code 26ste}, {@code 20e}, {@code 3de}: an ordinal in digits has the number as its lemma. */
  static String ordinalNumber(String lower, UPos pos) {
    if (pos != UPos.ADJ && pos != UPos.NUM) {
      return null;
    }
    int d = 0;
    while (d < lower.length() && Character.isDigit(lower.charAt(d))) {
      d++;
    }
    if (d == 0 || d == lower.length()) {
      return null;
    }
    String rest = lower.substring(d);
    return rest.equals("e") || rest.equals("ste") || rest.equals("de") || rest.equals("st")
        ? lower.substring(0, d) : null;
  }

  /** The lemma by the suffix rules alone (also used when training to see what they give). */
  String bySuffix(String lower, UPos pos) {
    String rule = suffixRules.get(pos.ordinal() + ":" + tail(lower));
    if (rule == null) {
      return lower;
    }
    int strip = rule.charAt(0) - '0';
    return strip > lower.length() ? lower : lower.substring(0, lower.length() - strip) + rule.substring(1);
  }

  static String tail(String lower) {
    return lower.length() <= 3 ? lower : lower.substring(lower.length() - 3);
  }

  /** The first reading whose tag fits, preferring one that fits the verb form or number too. */
  static Reading bestReading(List<Reading> readings, UPos pos, String feats) {
    Reading coarse = null;
    for (Reading r : readings) {
      String tag = r.tag();
      if (!fits(tag, pos)) {
        continue;
      }
      if (finer(tag, pos, feats)) {
        return r;
      }
      if (coarse == null) {
        coarse = r;
      }
    }
    return coarse;
  }

  static boolean fits(String tag, UPos pos) {
    return switch (pos) {
      case NOUN -> tag.startsWith("ZNW");
      case PROPN -> tag.startsWith("ENM") || tag.startsWith("ZNW");
      case VERB, AUX -> tag.startsWith("WKW");
      case ADJ -> tag.startsWith("BNW") || tag.startsWith("WKW:VTD") || tag.startsWith("WKW:OTD");
      case ADV -> tag.startsWith("BYW") || tag.startsWith("BNW");
      case ADP -> tag.startsWith("VRZ");
      case CCONJ, SCONJ -> tag.startsWith("VGW");
      case PRON, DET -> tag.startsWith("VNW") || tag.startsWith("GET");
      case NUM -> tag.startsWith("GET");
      case INTJ -> tag.startsWith("TSW");
      default -> false;
    };
  }

  private static boolean finer(String tag, UPos pos, String feats) {
    if (pos == UPos.VERB || pos == UPos.AUX) {
      if (feats.contains("VerbForm=Part")) {
        // gesloten: the participle of sluiten, not the noun-like reading of a verb sloten
        return tag.startsWith("WKW:VTD") && !tag.startsWith("WKW:VTD:ZNW");
      }
      if (feats.contains("VerbForm=Inf")) {
        return tag.contains("INF");
      }
      if (feats.contains("VerbForm=Fin")) {
        // a strong verb's past is often a rarer verb's present (koos, kozen: kiezen and kozen;
        // sloot: sluiten and sloten): the reading of the label's tense
        boolean tense = feats.contains("Tense=Past") ? tag.startsWith("WKW:VLT")
            : !feats.contains("Tense=Pres") || tag.startsWith("WKW:TGW");
        return tense && !tag.startsWith("WKW:VTD") && (!tag.contains("INF") || feats.contains("Plur"));
      }
    }
    if (pos == UPos.NOUN) {
      return feats.contains("Plur") ? tag.contains("MRV") : !tag.contains("MRV");
    }
    return true;
  }

  private static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  void write(DataOutputStream out) throws IOException {
    for (boolean b : keepsForm) {
      out.writeBoolean(b);
    }
    out.writeInt(suffixRules.size());
    for (Map.Entry<String, String> e : new java.util.TreeMap<>(suffixRules).entrySet()) {
      out.writeUTF(e.getKey());
      out.writeUTF(e.getValue());
    }
  }

  static UdLemmatizer read(DataInputStream in) throws IOException {
    boolean[] keeps = new boolean[UPos.values().length];
    for (int i = 0; i < keeps.length; i++) {
      keeps[i] = in.readBoolean();
    }
    int n = in.readInt();
    Map<String, String> rules = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      rules.put(in.readUTF(), in.readUTF());
    }
    return new UdLemmatizer(keeps, rules);
  }
}
