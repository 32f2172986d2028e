package io.nlbrief.checker.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.languagetool.AnalyzedToken;
import org.languagetool.tagging.Tagger;

/**
 * The tags LanguageTool's Dutch tagger gives a word form that is not in the text, such as the
 * {@code t}-form of a verb the text wrote without one. Not thread-safe: one per check pipeline.
 */
public final class WordTags {
  private final Tagger tagger;
  private final Map<String, Set<String>> cache = new HashMap<>();

  public WordTags(Tagger tagger) {
    this.tagger = tagger;
  }

  public Set<String> of(String form) {
    return cache.computeIfAbsent(form, f -> {
      try {
        return tagger.tag(List.of(f)).get(0).getReadings().stream()
            .map(AnalyzedToken::getPOSTag)
            .filter(Objects::nonNull)
            .collect(Collectors.toUnmodifiableSet());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  public boolean has(String form, String tagPrefix) {
    return of(form).stream().anyMatch(t -> t.startsWith(tagPrefix));
  }
}
