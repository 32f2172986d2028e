package io.nlbrief.checker.internal;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.languagetool.Language;
import org.languagetool.UserConfig;
import org.languagetool.language.Contributor;
import org.languagetool.rules.Rule;

/**
 * A language nlbrief does not check, named in an answer's {@code detectedLanguage}: LanguageTool's
 * serializer takes a {@link Language}, and only Dutch is on the class path. Code and English name
 * only; it has no rules.
 */
final class ForeignLanguage extends Language {
  private final String code;

  ForeignLanguage(String code) {
    this.code = code;
  }

  @Override
  public String getShortCode() {
    return code;
  }

  @Override
  public String getName() {
    String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
    return name.isEmpty() || name.equals(code) ? code : name;
  }

  @Override
  public String[] getCountries() {
    return new String[0];
  }

  @Override
  public Contributor[] getMaintainers() {
    return new Contributor[0];
  }

  @Override
  public List<Rule> getRelevantRules(ResourceBundle messages, UserConfig userConfig, Language motherTongue,
      List<Language> altLanguages) {
    return List.of();
  }
}
