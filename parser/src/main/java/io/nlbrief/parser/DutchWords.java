package io.nlbrief.parser;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Closed classes of Dutch words that several modules read, from one resource
 * ({@code io/nlbrief/parser/word-classes.txt}): the checker, the gloss engine and the tagger ask
 * the same question of the same list instead of keeping copies that drift apart. Every word is in
 * lower case.
 */
public final class DutchWords {
  private static final Locale DUTCH = Locale.forLanguageTag("nl");
  private static final String RESOURCE = "/io/nlbrief/parser/word-classes.txt";

  /** The classes the resource holds. */
  public enum WordClass {
    /** Articles, demonstratives, possessives, quantifiers: {@code de}, {@code deze}, {@code hun}, {@code geen}. */
    DETERMINER("determiner"),
    /** Personal pronouns in the nominative: {@code ik}, {@code jij}, {@code hij}, {@code we}, {@code men}. */
    SUBJECT_PRONOUN("subject-pronoun"),
    /** Prepositions before a place name: {@code in}, {@code naar}, {@code te}. */
    PLACE_PREPOSITION("place-preposition"),
    /** Verbs of saying (and {@code volgens}, {@code aldus}): {@code zei}, {@code verklaarde}. */
    SPEECH_VERB("speech-verb"),
    /** The determiners a noun or adjective follows, not also a noun phrase of their own: {@code de}, {@code geen}. */
    PRENOMINAL_DETERMINER("prenominal-determiner"),
    /** Subjects besides the personal pronouns, before the finite verb: {@code het}, {@code dat}, {@code er}. */
    IMPERSONAL_SUBJECT("impersonal-subject"),
    /** Lemmas of the auxiliaries of the perfect and the passive: {@code zijn}, {@code worden}, {@code hebben}. */
    AUXILIARY("auxiliary"),
    /** Countries written as capitals, in lower case here: {@code vs}, {@code vk}. */
    PLACE_ACRONYM("place-acronym"),
    /** Function words no compound ends in, having no word class to give it: {@code ten}, {@code het}, {@code want}. */
    NO_COMPOUND_HEAD("no-compound-head"),
    /** Adverbs of degree, which modify an adjective or adverb: {@code zeer}, {@code heel}, {@code te}. */
    DEGREE_ADVERB("degree-adverb"),
    /** Lemmas UD Dutch tags AUX beside their verb: {@code zijn}, {@code hebben}, {@code kunnen}, {@code zullen}. */
    UD_AUXILIARY("ud-auxiliary"),
    /** Verbs whose infinitive stands without te: {@code zullen}, {@code willen}, {@code laten}, {@code gaan}. */
    BARE_INFINITIVE_VERB("bare-infinitive-verb"),
    /** er, daar and hier joined with a preposition: {@code ervan}, {@code daarover}, {@code hiermee}. */
    POINTER_WORD("pointer-word"),
    /** The days of the week: {@code maandag}, {@code zondag}. */
    WEEKDAY("weekday"),
    /** Nouns of a stretch of time: {@code jaar}, {@code week}, {@code avond}. */
    TIME_NOUN("time-noun"),
    /** What makes a time noun a time when something happened: {@code vorig}, {@code elke}, {@code deze}. */
    TIME_MODIFIER("time-modifier"),
    /** Common verbs that begin with ge-, whose participle is not another verb's: {@code gebeuren}, {@code geloven}. */
    GE_VERB("ge-verb"),
    /** Adverbs of approximation before a number: {@code ongeveer}, {@code bijna}, {@code zo'n}. */
    NUMBER_ADVERB("number-adverb"),
    /** Adjectives of approximation before a number: {@code ruim}, {@code krap}. */
    NUMBER_ADJECTIVE("number-adjective");

    private final String key;

    WordClass(String key) {
      this.key = key;
    }
  }

  private static final class Holder {
    static final Map<WordClass, Set<String>> CLASSES = load();
  }

  private DutchWords() {}

  /** The words of {@code wordClass}, lower case. */
  public static Set<String> of(WordClass wordClass) {
    return Holder.CLASSES.get(wordClass);
  }

  /**
   * Whether {@code lemma} (lower case) is a day of the week or a compound that opens with one
   * ({@code maandag}, {@code dinsdagavond}, {@code zondagochtend}).
   */
  public static boolean isDayOfWeek(String lemma) {
    for (String day : of(WordClass.WEEKDAY)) {
      if (lemma.startsWith(day)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code word} (any case; {@code null} is in no class) belongs to {@code wordClass}. */
  public static boolean is(WordClass wordClass, String word) {
    return word != null && of(wordClass).contains(word.toLowerCase(DUTCH));
  }

  private static Map<WordClass, Set<String>> load() {
    Map<WordClass, Set<String>> out = new EnumMap<>(WordClass.class);
    // a word list of "class: words" lines, so comments follow the one rule of every list
    for (String line : WordLists.resource(DutchWords.class, RESOURCE)) {
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String key = line.substring(0, colon).strip();
      for (WordClass c : WordClass.values()) {
        if (c.key.equals(key)) {
          out.put(c, Set.copyOf(Arrays.asList(line.substring(colon + 1).strip().split("\\s+"))));
        }
      }
    }
    for (WordClass c : WordClass.values()) {
      if (!out.containsKey(c)) {
        throw new IllegalStateException(RESOURCE + " has no line for " + c.key);
      }
    }
    return out;
  }
}
