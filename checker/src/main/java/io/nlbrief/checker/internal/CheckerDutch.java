package io.nlbrief.checker.internal;

import org.languagetool.Language;
import org.languagetool.language.BelgianDutch;
import org.languagetool.language.Dutch;
import org.languagetool.rules.patterns.Unifier;
import org.languagetool.tagging.disambiguation.Disambiguator;
import org.languagetool.tagging.nl.DutchHybridDisambiguator;

/**
 * LanguageTool 6.7's Dutch languages as the checker's pipelines use them: the same rules and
 * answers, without three objects that LanguageTool builds per rule per sentence although they do
 * not depend on the sentence (a JFR profile of a warm check of the news put them at about a tenth
 * of its time). Made by {@link LanguageToolRuntime#newLanguage}.
 *
 * <ul>
 *   <li>{@code Dutch.getDefaultLanguageVariant} asks the registry ({@code
 *       Languages.getLanguageForShortCode("nl")}) on every call; the registry hands out one
 *       instance, so it is looked up once here.
 *   <li>Every match of a pattern rule starts with {@code getUnifier()} of the rule's language, and
 *       every application of a disambiguation rule with {@code getDisambiguationUnifier()} of its
 *       language's default variant: a new {@link Unifier} each time. A rule uses it only if it
 *       unifies ({@code AbstractPatternRulePerformer.testUnification} returns at once for a rule
 *       that does not, and nothing else reads the field), and no Dutch rule of LanguageTool 6.7
 *       does. So once {@link LanguageToolRuntime#noRuleUnifies} has seen every rule a language's
 *       unifiers go to, the language hands out one unifier that nobody touches ({@link
 *       OneUnifier}); before that, or if a rule unifies, a new one each time as LanguageTool does.
 *   <li>The disambiguation rules belong to a language of their own ({@link OfDisambiguation}),
 *       which is its own default variant: LanguageTool gives them the registry's Dutch, whose
 *       methods the checker cannot change. It has the registry's class ({@code Dutch}) and short
 *       code ({@code nl}), from which the rule file is found, and the same synthesizer (a static
 *       instance).
 * </ul>
 */
final class CheckerDutch {
  private CheckerDutch() {}

  /** Netherlands Dutch ({@code nl}). */
  static final class Netherlands extends Dutch implements SharesUnifier {
    private final Language variant = super.getDefaultLanguageVariant();
    private final OneUnifier unifiers = new OneUnifier();

    @Override
    public Language getDefaultLanguageVariant() {
      return variant;
    }

    @Override
    public Unifier getUnifier() {
      Unifier one = unifiers.shared();
      return one != null ? one : super.getUnifier();
    }

    @Override
    public void shareUnifier() {
      unifiers.share(super.getUnifier());
    }

    @Override
    public Disambiguator createDefaultDisambiguator() {
      return OfDisambiguation.disambiguator();
    }
  }

  /** Belgian Dutch ({@code nl-BE}). */
  static final class Belgian extends BelgianDutch implements SharesUnifier {
    private final Language variant = super.getDefaultLanguageVariant();
    private final OneUnifier unifiers = new OneUnifier();

    @Override
    public Language getDefaultLanguageVariant() {
      return variant;
    }

    @Override
    public Unifier getUnifier() {
      Unifier one = unifiers.shared();
      return one != null ? one : super.getUnifier();
    }

    @Override
    public void shareUnifier() {
      unifiers.share(super.getUnifier());
    }

    @Override
    public Disambiguator createDefaultDisambiguator() {
      // Dutch.createDefaultDisambiguator, which BelgianDutch inherits, builds Dutch's too.
      return OfDisambiguation.disambiguator();
    }
  }

  /**
   * The language of one disambiguator's rules, in place of the registry's Dutch that {@code
   * Dutch.createDefaultDisambiguator} gives them: its own default variant, so that the unifier
   * each rule asks for per sentence comes from here.
   */
  static final class OfDisambiguation extends Dutch implements SharesUnifier {
    private final OneUnifier unifiers = new OneUnifier();

    /** LanguageTool's Dutch disambiguator with its rules on a language of this class. */
    static Disambiguator disambiguator() {
      OfDisambiguation rules = new OfDisambiguation();
      Disambiguator disambiguator = new DutchHybridDisambiguator(rules);
      // Before anyone has the disambiguator: no rule can have started with a fresh unifier.
      if (LanguageToolRuntime.noDisambiguationRuleUnifies(disambiguator)) {
        rules.shareUnifier();
      }
      return disambiguator;
    }

    @Override
    public Language getDefaultLanguageVariant() {
      return this;
    }

    @Override
    public Unifier getDisambiguationUnifier() {
      Unifier one = unifiers.shared();
      return one != null ? one : super.getDisambiguationUnifier();
    }

    /** For the antipatterns of the disambiguation rules, matched as pattern rules. */
    @Override
    public Unifier getUnifier() {
      Unifier one = unifiers.shared();
      return one != null ? one : super.getUnifier();
    }

    @Override
    public void shareUnifier() {
      // Never used, so it does not matter which configuration it was made from.
      unifiers.share(super.getDisambiguationUnifier());
    }
  }

  /** A language of ours that can hand out one unifier, once its rules are known not to unify. */
  interface SharesUnifier {
    /** From now on one unifier for every request: only when none of the rules it goes to unifies. */
    void shareUnifier();
  }

  /** The one unifier of a language, once shared; until then a new one for each request. */
  static final class OneUnifier {
    private volatile Unifier shared;

    /** The shared unifier, or null while each request gets a new one. */
    Unifier shared() {
      return shared;
    }

    void share(Unifier one) {
      shared = one;
    }
  }
}
