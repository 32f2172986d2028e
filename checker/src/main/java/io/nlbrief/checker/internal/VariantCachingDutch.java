package io.nlbrief.checker.internal;

import org.languagetool.Language;
import org.languagetool.language.BelgianDutch;
import org.languagetool.language.Dutch;

/**
 * LanguageTool's Dutch languages with their default variant looked up once. LanguageTool 6.7's
 * {@code Dutch.getDefaultLanguageVariant} asks the registry ({@code
 * Languages.getLanguageForShortCode("nl")}) on every call, and each disambiguation rule calls it
 * for every sentence it is applied to; the registry hands out one instance, so the answer is the
 * same object every time. Made by {@link LanguageToolRuntime#newLanguage}.
 */
final class VariantCachingDutch {
  private VariantCachingDutch() {}

  /** Netherlands Dutch ({@code nl}). */
  static final class Netherlands extends Dutch {
    private final Language variant = super.getDefaultLanguageVariant();

    @Override
    public Language getDefaultLanguageVariant() {
      return variant;
    }
  }

  /** Belgian Dutch ({@code nl-BE}). */
  static final class Belgian extends BelgianDutch {
    private final Language variant = super.getDefaultLanguageVariant();

    @Override
    public Language getDefaultLanguageVariant() {
      return variant;
    }
  }
}
