package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.parser.EnglishWords;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import morfologik.speller.Speller;
import morfologik.stemming.Dictionary;

/**
 * The American spelling of a British English word, by the general rules that tell the two apart:
 * -ise/-isation → -ize/-ization (organise → organize), -yse → -yze (analyse → analyze), -our → -or
 * (colour, labour, behavioural), -re → -er (centre, metres, centred), -ence → -ense (defence,
 * licence), -mme → -m (programme), ae/oe → e (paediatric, manoeuvre), a doubled l before an ending
 * single (travelled → traveled), and a short list of words of their own (grey → gray, tyre → tire,
 * judgement → judgment, towards → toward, catalogue → catalog).
 *
 * <p>A rule alone would respell words both Englishes share (advise, surprise, four, genre, acre,
 * controlled), so every change is checked against LanguageTool's American English speller
 * dictionary (hunspell en_US from {@code english-pos-dict}, the package whose British list
 * {@link EnglishWords} uses): a word is respelled only where that dictionary rejects it and accepts
 * the new form; a doubled l, which it accepts both ways (travelled, traveled), only where the
 * single l is the form British English does not write. The words that are always -ise
 * ({@link #ALWAYS_ISE}) are also kept by name, whatever the dictionary says. The case of the word
 * is kept (Centre → Center, CENTRE → CENTER). Thread-safe.
 */
final class AmericanSpelling {
  private static final String US_DICTIONARY = "/org/languagetool/resource/en/hunspell/en_US.dict";
  private static final ThreadLocal<Speller> SPELLERS = ThreadLocal.withInitial(() -> new Speller(Holder.DICTIONARY));
  /** Answers per word, so that a word is looked up once; bounded, as the glossary's English is. */
  private static final Map<String, String> CACHE = new ConcurrentHashMap<>();
  private static final int CACHE_LIMIT = 50_000;

  /**
   * Words spelled -ise in American English as in British: the -ise is not the Greek -ize suffix
   * but part of the stem (advise, surprise, rise, wise, …).
   */
  static final Set<String> ALWAYS_ISE = Set.of(
      "advise", "exercise", "surprise", "compromise", "rise", "wise", "promise", "televise", "supervise", "revise",
      "devise", "despise", "disguise", "precise", "concise", "praise", "raise", "arise", "enterprise", "expertise",
      "franchise", "merchandise", "otherwise", "likewise", "clockwise", "noise", "cruise", "poise", "chastise",
      "circumcise", "comprise", "demise", "excise", "improvise", "incise", "premise", "reprise", "surmise", "treatise",
      "guise", "vise", "apprise", "baptise", "paradise", "anise", "mortise", "tortoise", "porpoise", "turquoise",
      "valise", "chemise", "sunrise", "highrise", "bruise", "braise");

  /**
   * Words whose American form no general rule gives, or which both dictionaries accept but American
   * news writes one way (towards → toward, catalogue → catalog); with their plural or -s form.
   */
  private static final Map<String, String> OWN_WORDS = Map.ofEntries(
      Map.entry("grey", "gray"), Map.entry("greyish", "grayish"), Map.entry("tyre", "tire"),
      Map.entry("aluminium", "aluminum"), Map.entry("sceptic", "skeptic"), Map.entry("sceptical", "skeptical"),
      Map.entry("scepticism", "skepticism"), Map.entry("mould", "mold"), Map.entry("smoulder", "smolder"),
      Map.entry("plough", "plow"), Map.entry("jewellery", "jewelry"), Map.entry("pyjamas", "pajamas"),
      Map.entry("judgement", "judgment"), Map.entry("acknowledgement", "acknowledgment"), Map.entry("ageing", "aging"),
      Map.entry("fulfil", "fulfill"), Map.entry("fulfilment", "fulfillment"), Map.entry("enrol", "enroll"),
      Map.entry("enrolment", "enrollment"), Map.entry("instalment", "installment"), Map.entry("skilful", "skillful"),
      Map.entry("wilful", "willful"), Map.entry("distil", "distill"), Map.entry("kerb", "curb"), Map.entry("cosy", "cozy"),
      Map.entry("moustache", "mustache"), Map.entry("sulphur", "sulfur"), Map.entry("storey", "story"),
      Map.entry("towards", "toward"), Map.entry("learnt", "learned"), Map.entry("gaol", "jail"),
      Map.entry("cheque", "check"), Map.entry("practise", "practice"), Map.entry("practised", "practiced"),
      Map.entry("practising", "practicing"), Map.entry("catalogue", "catalog"), Map.entry("analogue", "analog"),
      Map.entry("aeroplane", "airplane"), Map.entry("maths", "math"), Map.entry("draught", "draft"),
      Map.entry("manoeuvre", "maneuver"), Map.entry("manoeuvred", "maneuvered"), Map.entry("manoeuvring", "maneuvering"));

  private static final String[] POSSESSIVES = {"'s", "’s", "'", "’"};

  private AmericanSpelling() {}

  /**
   * The American spelling of {@code word} (letters only; a hyphenated word part by part, a
   * possessive without its 's), or the word itself.
   */
  static String american(String word) {
    for (String possessive : POSSESSIVES) {
      if (word.endsWith(possessive) && word.length() > possessive.length() + 3) {
        return american(word.substring(0, word.length() - possessive.length())) + possessive; // the neighbour's
      }
    }
    if (word.indexOf('-') > 0) {
      String[] parts = word.split("-", -1);
      StringBuilder b = new StringBuilder();
      for (int k = 0; k < parts.length; k++) {
        b.append(k == 0 ? "" : "-").append(american(parts[k]));
      }
      return b.toString();
    }
    if (word.length() < 4 || !word.chars().allMatch(Character::isLetter)) {
      return word;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    String cached = CACHE.get(lower);
    if (cached == null) {
      cached = respell(lower);
      if (CACHE.size() < CACHE_LIMIT) {
        CACHE.put(lower, cached);
      }
    }
    return cached.equals(lower) ? word : inCaseOf(word, cached);
  }

  /** The lower-case word's American form, or the word. */
  private static String respell(String w) {
    String own = ownWord(w);
    if (own != null) {
      return own;
    }
    if (!mayDiffer(w) || isAlwaysIse(w)) {
      return w;
    }
    boolean american = isAmerican(w);
    if (american) {
      String single = singleL(w);
      // travelled, cancelled: the American dictionary takes both; the single l is American only
      return single != null && isAmerican(single) && !EnglishWords.isEnglish(single) ? single : w;
    }
    if (!EnglishWords.isEnglish(w)) {
      return w; // not a British word either (a name, a word of another language): nothing to respell
    }
    List<String> candidates = candidates(w);
    for (String c : candidates) {
      if (!c.equals(w) && isAmerican(c)) {
        return c;
      }
    }
    return w;
  }

  /** The word or its -s form in {@link #OWN_WORDS}. */
  private static String ownWord(String w) {
    String own = OWN_WORDS.get(w);
    if (own == null && w.endsWith("s")) {
      String base = OWN_WORDS.get(w.substring(0, w.length() - 1));
      own = base == null ? null : base + "s";
    }
    return own;
  }

  /** Whether a rule could apply: a cheap test before the dictionary is asked. */
  private static boolean mayDiffer(String w) {
    return w.contains("is") || w.contains("ys") || w.contains("our") || w.contains("re") || w.contains("ence")
        || w.contains("mme") || w.contains("ae") || w.contains("oe") || w.contains("ll");
  }

  /** Prefixes before an always -ise word (unwise, sunrise, reappraise, self-supervise). */
  private static final String[] PREFIXES = {"", "un", "re", "pre", "dis", "mis", "over", "under", "sun", "up", "moon", "high", "self", "ap"};

  /**
   * advised, surprises, unwise, sunrise: a word whose -ise belongs to its stem. The stem must be
   * such a word or one with a prefix, not merely end in one: theorise and summarise end in rise and
   * arise but are -ize in American English.
   */
  private static boolean isAlwaysIse(String w) {
    for (String ending : new String[] {"", "s", "d", "ed", "ing", "ly", "r", "rs", "ment", "ments"}) {
      if (w.endsWith(ending)) {
        String stem = w.substring(0, w.length() - ending.length());
        if (ending.equals("ing") || ending.equals("ed")) {
          stem = stem + "e";
        }
        for (String prefix : PREFIXES) {
          if (stem.startsWith(prefix) && ALWAYS_ISE.contains(stem.substring(prefix.length()))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The word with every rule that applies, then each rule alone: the first the dictionary takes wins. */
  private static List<String> candidates(String w) {
    List<java.util.function.UnaryOperator<String>> rules = List.of(
        AmericanSpelling::ize, AmericanSpelling::yze, AmericanSpelling::or, AmericanSpelling::er,
        AmericanSpelling::ense, AmericanSpelling::m, AmericanSpelling::e);
    List<String> out = new ArrayList<>();
    String all = w;
    for (var r : rules) {
      all = r.apply(all);
    }
    out.add(all);
    for (var r : rules) {
      out.add(r.apply(w));
    }
    return out;
  }

  private static final String[] ISE_ENDINGS = {
    "isations", "isation", "isers", "iser", "ising", "ised", "ises", "ise", "isable", "isational"};

  /** -ise, -ised, -ising, -isation → -ize, …: organise, realisation. */
  private static String ize(String w) {
    for (String e : ISE_ENDINGS) {
      if (w.endsWith(e) && w.length() > e.length() + 1) {
        return w.substring(0, w.length() - e.length()) + "iz" + e.substring(2);
      }
    }
    return w;
  }

  /** analyse, paralysed, catalysing → analyze, …. */
  private static String yze(String w) {
    for (String e : new String[] {"ysed", "yses", "ysing", "yse", "yser", "ysers"}) {
      if (w.endsWith(e) && w.length() > e.length() + 1) {
        return w.substring(0, w.length() - e.length()) + "yz" + e.substring(2);
      }
    }
    return w;
  }

  /** colour, labourer, behavioural, neighbourhood → -or-: the last -our- after a consonant or vowel inside the word. */
  private static String or(String w) {
    int at = w.lastIndexOf("our");
    return at > 0 ? w.substring(0, at) + "or" + w.substring(at + 3) : w;
  }

  /** centre, fibres, centred, theatregoer → -er-: the re after t, b, g, v or h, at the end or before s, d or a compound's next part. */
  private static String er(String w) {
    for (int at = w.lastIndexOf("re"); at > 1; at = w.lastIndexOf("re", at - 1)) {
      if ("tbgvh".indexOf(w.charAt(at - 1)) < 0) {
        continue; // centre, fibre, meagre, manoeuvre, ochre; not are, here, more
      }
      String rest = w.substring(at + 2);
      return w.substring(0, at) + (rest.equals("d") ? "ered" : "er" + rest);
    }
    return w;
  }

  /** defence, offences, licence, pretence → -ense. */
  private static String ense(String w) {
    if (w.endsWith("ence")) {
      return w.substring(0, w.length() - 4) + "ense";
    }
    if (w.endsWith("ences")) {
      return w.substring(0, w.length() - 5) + "enses";
    }
    return w;
  }

  /** programme, programmes → program, programs (programmed and programming are the same in both). */
  private static String m(String w) {
    if (w.endsWith("mme")) {
      return w.substring(0, w.length() - 2);
    }
    if (w.endsWith("mmes")) {
      return w.substring(0, w.length() - 3) + "s";
    }
    return w;
  }

  /** paediatric, anaemia, oestrogen, diarrhoea → e: the Greek and Latin digraphs. */
  private static String e(String w) {
    return w.replace("ae", "e").replace("oe", "e");
  }

  /** travelled, travelling, traveller, cancelled → one l; null where the word has no doubled l before an ending. */
  private static String singleL(String w) {
    for (String e : new String[] {"lled", "lling", "ller", "llers"}) {
      if (w.endsWith(e) && w.length() > e.length() + 2) {
        return w.substring(0, w.length() - e.length()) + e.substring(1);
      }
    }
    return null;
  }

  /** {@code american} written in the case of {@code word}: all capitals, a capital first, or as it is. */
  private static String inCaseOf(String word, String american) {
    if (word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT))) {
      return american.toUpperCase(Locale.ROOT);
    }
    if (Character.isUpperCase(word.charAt(0))) {
      return Character.toUpperCase(american.charAt(0)) + american.substring(1);
    }
    return american;
  }

  /** Whether the American English dictionary accepts the lower-case word. */
  static boolean isAmerican(String lower) {
    return lower.length() <= 64 && !SPELLERS.get().isMisspelled(lower);
  }

  private static final class Holder {
    static final Dictionary DICTIONARY = load();

    private static Dictionary load() {
      URL url = AmericanSpelling.class.getResource(US_DICTIONARY);
      if (url == null) {
        throw new IllegalStateException("American English dictionary missing from the class path: " + US_DICTIONARY);
      }
      try {
        return Dictionary.read(url);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
