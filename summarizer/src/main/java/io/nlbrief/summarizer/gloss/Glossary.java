package io.nlbrief.summarizer.gloss;

import io.nlbrief.summarizer.gloss.internal.DefaultIndex;
import io.nlbrief.summarizer.gloss.internal.GlossaryFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A Dutch-English glossary: the default one shipped in the jar, optionally overridden by the
 * user's files. Lookups try the exact Dutch form first, then its lower-case form.
 *
 * <p>Immutable and thread-safe. The default glossary is loaded once per process, on first use.
 */
public final class Glossary {
  /** The {@code source} of shipped entries. */
  public static final String DEFAULT_SOURCE = "default";

  // dutch -> entries given as records (user files, or all of a Glossary.of), earlier sources first
  private final Map<String, List<GlossEntry>> byDutch;
  private final Map<String, List<GlossEntry>> byLowerDutch;
  // the shipped glossary, parsed on demand; null for a Glossary.of
  private final DefaultIndex defaults;
  private final int size;

  private Glossary(Collection<GlossEntry> entries, DefaultIndex defaults) {
    Map<String, List<GlossEntry>> exact = new LinkedHashMap<>();
    for (GlossEntry e : entries) {
      exact.computeIfAbsent(e.dutch(), k -> new ArrayList<>(2)).add(e);
    }
    Map<String, List<GlossEntry>> lower = new LinkedHashMap<>();
    for (Map.Entry<String, List<GlossEntry>> e : exact.entrySet()) {
      e.setValue(List.copyOf(e.getValue()));
      lower.computeIfAbsent(e.getKey().toLowerCase(Locale.ROOT), k -> new ArrayList<>(2)).addAll(e.getValue());
    }
    lower.replaceAll((k, v) -> List.copyOf(v));
    this.byDutch = Collections.unmodifiableMap(exact);
    this.byLowerDutch = Collections.unmodifiableMap(lower);
    this.defaults = defaults;
    this.size = entries.size() + (defaults == null ? 0 : defaults.size());
  }

  /** A glossary of exactly these entries (earlier entries win over later ones with the same dutch and pos). */
  public static Glossary of(Collection<GlossEntry> entries) {
    return new Glossary(entries, null);
  }

  /** The glossary shipped in the jar (the TSV files listed in {@code glossary/files.txt}). */
  public static Glossary defaultGlossary() {
    return DefaultHolder.DEFAULT;
  }

  /**
   * The default glossary overridden by the user's files (TSV or CSV: dutch, english, pos, note), in
   * order: an entry of a later file wins over an earlier one with the same dutch and pos, and every
   * user entry over the default one. Malformed lines are reported to {@code problems} and skipped.
   *
   * @throws java.io.UncheckedIOException when a file cannot be read at all
   */
  public static Glossary load(List<Path> userFiles, Consumer<GlossaryProblem> problems) {
    if (userFiles.isEmpty()) {
      return defaultGlossary();
    }
    List<List<GlossEntry>> layers = new ArrayList<>();
    for (Path file : userFiles) {
      layers.add(GlossaryFiles.readUserFile(file, problems));
    }
    Collections.reverse(layers);
    List<GlossEntry> all = new ArrayList<>();
    layers.forEach(all::addAll);
    return new Glossary(GlossaryFiles.firstPerSourceAndPos(all), DefaultHolder.DEFAULT.defaults);
  }

  /** Every entry for the Dutch word or expression, of every part of speech and source; user entries first. */
  public List<GlossEntry> lookup(String dutch) {
    List<GlossEntry> own = byDutch.get(dutch);
    List<GlossEntry> shipped = defaults == null ? List.of() : defaults.get(dutch);
    if (own == null && shipped.isEmpty()) {
      String lower = dutch.toLowerCase(Locale.ROOT);
      own = byLowerDutch.get(lower);
      shipped = defaults == null ? List.of() : defaults.getIgnoringCase(lower);
    }
    if (own == null) {
      return shipped;
    }
    if (shipped.isEmpty()) {
      return own;
    }
    List<GlossEntry> both = new ArrayList<>(own);
    both.addAll(shipped);
    return both;
  }

  /** The entry that wins for the word and part of speech: the user's over the default one. */
  public Optional<GlossEntry> lookup(String dutch, GlossPos pos) {
    return first(lookup(dutch), pos);
  }

  /** Whether the exact form (case-sensitive) is an entry of any part of speech. */
  public boolean containsExact(String dutch) {
    return byDutch.containsKey(dutch) || defaults != null && !defaults.get(dutch).isEmpty();
  }

  /** Number of entries (all sources). */
  public int size() {
    return size;
  }

  /** Every entry, user entries first, then the default ones in file order. */
  public List<GlossEntry> entries() {
    List<GlossEntry> all = new ArrayList<>(size);
    byDutch.values().forEach(all::addAll);
    if (defaults != null) {
      all.addAll(defaults.all());
    }
    return all;
  }

  /** The multi-word expressions and names, and entries of part of speech phrase; user entries first. */
  public List<GlossEntry> phrases() {
    List<GlossEntry> all = new ArrayList<>();
    for (List<GlossEntry> l : byDutch.values()) {
      for (GlossEntry e : l) {
        if (e.pos() == GlossPos.PHRASE || e.dutch().indexOf(' ') > 0) {
          all.add(e);
        }
      }
    }
    if (defaults != null) {
      all.addAll(defaults.phrases());
    }
    return all;
  }

  private static Optional<GlossEntry> first(List<GlossEntry> entries, GlossPos pos) {
    for (GlossEntry e : entries) {
      if (e.pos() == pos) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  private static final class DefaultHolder {
    static final Glossary DEFAULT = new Glossary(List.of(), DefaultIndex.load());
  }
}
