package io.nlbrief.checker.internal;

import java.util.List;
import org.languagetool.Language;

/**
 * Loads, on a second core, the parts of LanguageTool's Dutch support that every check pipeline
 * of the process shares (LanguageTool keeps them in static caches), while the first pipeline
 * builds its rules: the speller dictionaries, the default speller rule its filters consult, the
 * tagger's dictionary and the compound acceptor. On a cold start they would otherwise load one
 * after another on the checking thread, in the first check. Loading is idempotent and
 * thread-safe in LanguageTool (class initialisation and concurrent caches), so a pipeline that
 * gets there first only waits for, never repeats, the work.
 */
final class SharedWarmup {
  private SharedWarmup() {}

  static void start(Language language) {
    Thread thread = new Thread(() -> warm(language), "nlbrief-check-warmup");
    thread.setDaemon(true);
    thread.start();
  }

  private static void warm(Language language) {
    try {
      SpellerDictionaries.install();
      language.getDefaultSpellingRule().isMisspelled("woordenboek");
      language.getTagger().tag(List.of("woordenboek", "pooierverbod"));
    } catch (Exception | LinkageError e) {
      // Only a head start: whatever failed here loads, or reports its failure, in the check itself.
    }
  }
}
