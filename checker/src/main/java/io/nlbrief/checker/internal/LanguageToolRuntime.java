package io.nlbrief.checker.internal;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import morfologik.stemming.Dictionary;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.rules.nl.DutchNumberInWordFilter;
import org.languagetool.rules.spelling.SpellingCheckRule;
import org.languagetool.rules.spelling.morfologik.MorfologikMultiSpeller;
import org.languagetool.rules.spelling.morfologik.MorfologikSpeller;
import org.languagetool.rules.spelling.morfologik.MorfologikSpellerRule;
import org.languagetool.synthesis.Synthesizer;

/**
 * Every change the checker makes to LanguageTool's runtime, in one place. Each one reaches into
 * LanguageTool's (or morfologik's) private state, found by reading LanguageTool {@value
 * #WRITTEN_FOR}, and changes how fast it answers, never what: the resource reader with indexed
 * lines ({@link IndexedLinesDataBroker}), the ready-built speller dictionaries ({@link
 * SpellerDictionaries}), one speller shared by three users, the word tokenizer ({@link
 * WordRunTokenizer}), the speller's precomputed character comparison ({@link
 * SpellerCharEquivalence}) and the synthesizer loaded on its first use ({@link DeferredSynthesizer}).
 *
 * <p>With another LanguageTool version none of them is applied (LanguageTool runs as shipped,
 * slower), and {@code LanguageToolRuntimeTest} fails, so that whoever upgrades reviews each one.
 * {@code -D}{@value #UNPATCHED_PROPERTY}{@code =true} leaves LanguageTool as shipped too: the
 * raw-LanguageTool baseline of {@code eval check} runs so.
 */
final class LanguageToolRuntime {
  /** The LanguageTool version these changes were written for and checked against. */
  static final String WRITTEN_FOR = "6.7";
  /** The system property that turns every change off. */
  static final String UNPATCHED_PROPERTY = "nlbrief.languagetool.unpatched";
  /** Guards the wrapping of a language's tokenizer (the registry's language is shared). */
  private static final Object TOKENIZER_LOCK = new Object();

  private LanguageToolRuntime() {}

  /** Whether the changes apply: the LanguageTool they were written for, and not turned off. */
  static boolean applies() {
    return WRITTEN_FOR.equals(JLanguageTool.VERSION) && !Boolean.getBoolean(UNPATCHED_PROPERTY);
  }

  /** The process-wide changes a checker needs before it builds anything. */
  static void prepareProcess() {
    if (applies()) {
      IndexedLinesDataBroker.install();
    }
  }

  /** The ready-built speller dictionaries into LanguageTool's cache; how many went in. */
  static int installSpellerDictionaries() {
    return applies() ? SpellerDictionaries.install() : 0;
  }

  /** Gives {@code language} a synthesizer that loads on its first use ({@link DeferredSynthesizer}), once. */
  static void deferSynthesizer(Language language) {
    if (!applies()) {
      return;
    }
    // Under the language's own monitor, as Language.getSynthesizer() reads and sets the field.
    synchronized (language) {
      Synthesizer current;
      try {
        Field field = Language.class.getDeclaredField("synthesizer");
        field.setAccessible(true);
        current = (Synthesizer) field.get(language);
      } catch (ReflectiveOperationException | RuntimeException e) {
        return; // LanguageTool as shipped: the synthesizer loads when first asked for
      }
      if (current == null) {
        language.setSynthesizer(new DeferredSynthesizer(language::createDefaultSynthesizer));
      }
    }
  }

  /** Puts {@link WordRunTokenizer} in front of {@code language}'s word tokenizer, once. */
  static void useWordRunTokenizer(Language language) {
    if (!applies()) {
      return;
    }
    synchronized (TOKENIZER_LOCK) {
      if (!(language.getWordTokenizer() instanceof WordRunTokenizer)) {
        language.setWordTokenizer(new WordRunTokenizer(language.getWordTokenizer()));
      }
    }
  }

  /**
   * One speller where LanguageTool builds three besides each pipeline's own: the default speller
   * of the registry's Dutch ({@code Languages.getLanguageForShortCode("nl")}, which its multi-word
   * speller asks for), that of the checker's own language ({@code Language.getDefaultSpellingRule}
   * keeps one per language class, so {@code BelgianDutch} gets a second), and the one
   * {@code DutchNumberInWordFilter} keeps in a private static field for its pattern rules. Each
   * takes 0.4 to 0.8 s to build on a cold start, and they are the same speller: the same class
   * made by the same factory method ({@code Dutch.createDefaultSpellingRule}, no user
   * configuration), whose answers depend on the language only through its short code and locale
   * ({@code nl} for both variants), its tagger (one static instance) and its word tokenizer (the
   * same tokens). The filters that use the last two only ask whether a word is misspelled and for
   * suggestions.
   *
   * <p>Builds (or waits for) the registry's speller, then puts it in the other two places. Both
   * are LanguageTool's private state, reached by reflection; nothing is set where the field is not
   * what LanguageTool 6.7 has, or already holds a speller (a pipeline that got there first built
   * its own, as LanguageTool itself allows when two pipelines load at once).
   *
   * @return how many of the two places it could reach (2 with LanguageTool 6.7), set now or before
   */
  static int shareDefaultSpeller(Language language) throws ReflectiveOperationException {
    if (!applies()) {
      return 0;
    }
    Language registered = language.getDefaultLanguageVariant();
    SpellingCheckRule speller = registered.getDefaultSpellingRule();
    if (speller == null) {
      return 0;
    }
    int reached = 0;
    Field filterSpeller = DutchNumberInWordFilter.class.getDeclaredField("dutchSpellerRule");
    if (Modifier.isStatic(filterSpeller.getModifiers()) && filterSpeller.getType().isInstance(speller)) {
      filterSpeller.setAccessible(true);
      synchronized (DutchNumberInWordFilter.class) {
        if (filterSpeller.get(null) == null) {
          filterSpeller.set(null, speller);
        }
      }
      reached++;
    }
    Method ours = language.getClass().getMethod("createDefaultSpellingRule", ResourceBundle.class);
    Method theirs = registered.getClass().getMethod("createDefaultSpellingRule", ResourceBundle.class);
    Field perClass = Language.class.getDeclaredField("spellingRules");
    if (ours.equals(theirs) && Modifier.isStatic(perClass.getModifiers()) && Map.class.isAssignableFrom(perClass.getType())) {
      perClass.setAccessible(true);
      @SuppressWarnings("unchecked")
      Map<Class<?>, SpellingCheckRule> spellers = (Map<Class<?>, SpellingCheckRule>) perClass.get(null);
      spellers.putIfAbsent(language.getClass(), speller);
      reached++;
    }
    return reached;
  }

  /**
   * The precomputed character comparison ({@link SpellerCharEquivalence}) for every dictionary of
   * {@code speller}. Called while its pipeline is being built, before any check can use it; the
   * dictionaries are LanguageTool's per-process ones, so later pipelines find them done.
   *
   * @return how many dictionaries the speller has that compare this way now (0 if unreachable)
   */
  static int precomputeCharComparison(SpellingCheckRule speller) {
    if (!applies() || !(speller instanceof MorfologikSpellerRule rule)) {
      return 0;
    }
    try {
      // Its spellers load on first use.
      rule.isMisspelled("woordenboek");
      int done = 0;
      Field spellersField = MorfologikMultiSpeller.class.getDeclaredField("spellers");
      Field dictionaryField = MorfologikSpeller.class.getDeclaredField("dictionary");
      spellersField.setAccessible(true);
      dictionaryField.setAccessible(true);
      for (String name : new String[] {"speller1", "speller2", "speller3"}) {
        Field f = MorfologikSpellerRule.class.getDeclaredField(name);
        f.setAccessible(true);
        if (!(f.get(rule) instanceof MorfologikMultiSpeller multi)) {
          continue;
        }
        for (Object one : (List<?>) spellersField.get(multi)) {
          Dictionary dictionary = (Dictionary) dictionaryField.get(one);
          SpellerCharEquivalence.apply(dictionary.metadata);
          if (!dictionary.metadata.isIgnoringDiacritics()) {
            done++;
          }
        }
      }
      return done;
    } catch (ReflectiveOperationException | RuntimeException | java.io.IOException e) {
      // Not reached: the speller compares as it always did, slower.
      return 0;
    }
  }
}
