package io.nlbrief.cli.serve;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * LanguageTool's HTTP API as its clients use it: the parameters of {@code /v2/check} and the
 * answer of {@code /v2/languages}. Parameters this server ignores ({@code motherTongue}, {@code
 * preferredVariants}, {@code username}, {@code apiKey} when no token is set, ...) are accepted.
 */
final class LanguageToolApi {
  /** Rule and category ids a request may name in each list: enough for any client's settings. */
  private static final int MAX_IDS = 500;

  /** LanguageTool's own answer lists the variants by long code; {@code code} is the language. */
  static final String LANGUAGES = "[{\"name\":\"Dutch\",\"code\":\"nl\",\"longCode\":\"nl\"},"
      + "{\"name\":\"Dutch (Netherlands)\",\"code\":\"nl\",\"longCode\":\"nl-NL\"},"
      + "{\"name\":\"Dutch (Belgium)\",\"code\":\"nl\",\"longCode\":\"nl-BE\"}]";

  private LanguageToolApi() {}

  /**
   * Reads a {@code /v2/check} request from its parameters ({@code parameter} gives a parameter's
   * value, or null).
   *
   * @param maxChars the longest text accepted, in UTF-16 code units
   * @throws Refusal 400 for missing or broken parameters, 413 for a text that is too long
   */
  static CheckRequest checkRequest(Function<String, String> parameter, int maxChars) throws Refusal {
    String text = parameter.apply("text");
    String data = parameter.apply("data");
    if (text == null && data == null) {
      throw new Refusal(400, "missing 'text' or 'data' parameter");
    }
    if (text != null && data != null) {
      throw new Refusal(400, "give 'text' or 'data', not both");
    }
    String language = parameter.apply("language");
    if (language == null || language.isBlank()) {
      throw new Refusal(400, "missing 'language' parameter (nl, nl-NL, nl-BE or auto)");
    }
    MarkedText marked;
    if (text != null) {
      marked = MarkedText.plain(text);
    } else {
      try {
        marked = MarkedText.parse(data);
      } catch (IllegalArgumentException e) {
        throw new Refusal(400, e.getMessage());
      }
    }
    if (marked.plain().length() > maxChars) {
      throw new Refusal(413, "the text is " + marked.plain().length() + " characters long; this server checks at most "
          + maxChars);
    }
    String level = parameter.apply("level");
    if (level != null && !level.isBlank() && !level.equals("default") && !level.equals("picky")) {
      throw new Refusal(400, "'level' is default or picky, not '" + level + "'");
    }
    return new CheckRequest(marked, language, ids(parameter, "enabledRules"), ids(parameter, "disabledRules"),
        ids(parameter, "enabledCategories"), ids(parameter, "disabledCategories"),
        isYes(parameter.apply("enabledOnly")), "picky".equals(level));
  }

  /** LanguageTool's clients send {@code enabledOnly=yes}; {@code true} is accepted too. */
  private static boolean isYes(String value) {
    return "yes".equalsIgnoreCase(value) || "true".equalsIgnoreCase(value);
  }

  private static Set<String> ids(Function<String, String> parameter, String name) throws Refusal {
    String value = parameter.apply(name);
    if (value == null || value.isBlank()) {
      return Set.of();
    }
    Set<String> ids = Arrays.stream(value.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .map(s -> s.toUpperCase(Locale.ROOT))
        .collect(Collectors.toUnmodifiableSet());
    if (ids.size() > MAX_IDS) {
      throw new Refusal(400, "'" + name + "' names more than " + MAX_IDS + " ids");
    }
    return ids;
  }
}
