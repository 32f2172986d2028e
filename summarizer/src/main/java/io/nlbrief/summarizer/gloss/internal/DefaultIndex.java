package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.summarizer.gloss.GlossEntry;
import io.nlbrief.summarizer.gloss.GlossPos;
import io.nlbrief.summarizer.gloss.Glossary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The shipped glossary, indexed by its Dutch column at start-up and parsed entry by entry when first
 * looked up. Reading 20,000 lines into records costs a cold JVM several hundred milliseconds;
 * indexing the raw lines costs a fraction of that, and a run glosses only the words it meets.
 * Thread-safe: the index is immutable after construction and the parsed entries live in a
 * concurrent map (two threads parsing the same line make equal lists).
 */
public final class DefaultIndex {
  // Dutch word -> its line, or String[] of its lines (one per part of speech), in files.txt order
  private final Map<String, Object> lines;
  // lower-case form -> the capitalised keys that have it (NAVO -> navo), for case-insensitive lookups
  private final Map<String, List<String>> capitalised;
  private final List<String> phraseKeys;
  private final Map<String, List<GlossEntry>> parsed = new ConcurrentHashMap<>();
  private final int size;

  private DefaultIndex(Map<String, Object> lines, Map<String, List<String>> capitalised, List<String> phraseKeys,
      int size) {
    this.lines = lines;
    this.capitalised = capitalised;
    this.phraseKeys = phraseKeys;
    this.size = size;
  }

  /** Indexes the TSV files of {@code files.txt}. */
  public static DefaultIndex load() {
    Map<String, Object> lines = new LinkedHashMap<>(32_768);
    Map<String, List<String>> capitalised = new HashMap<>();
    List<String> phraseKeys = new ArrayList<>();
    int size = 0;
    for (String name : GlossaryFiles.defaultFileNames()) {
      String text;
      try (InputStream in = DefaultIndex.class.getResourceAsStream(GlossaryFiles.RESOURCE_DIR + name)) {
        if (in == null) {
          throw new IllegalStateException("glossary/files.txt names " + name + ", which is not in the jar");
        }
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      int from = 0;
      int length = text.length();
      while (from < length) {
        int end = text.indexOf('\n', from);
        if (end < 0) {
          end = length;
        }
        int tab = text.indexOf('\t', from);
        if (tab > from && tab < end && text.charAt(from) != '#') {
          String line = text.substring(from, end);
          String key = line.substring(0, tab - from);
          Object had = lines.get(key);
          if (had == null) {
            lines.put(key, line);
            String lower = key.toLowerCase(Locale.ROOT);
            if (!lower.equals(key)) {
              capitalised.computeIfAbsent(lower, k -> new ArrayList<>(1)).add(key);
            }
            if (key.indexOf(' ') > 0 || line.contains("\tphrase")) {
              phraseKeys.add(key);
            }
          } else if (had instanceof String one) {
            lines.put(key, new String[] {one, line});
          } else {
            String[] many = (String[]) had;
            String[] more = java.util.Arrays.copyOf(many, many.length + 1);
            more[many.length] = line;
            lines.put(key, more);
          }
          size++;
        }
        from = end + 1;
      }
    }
    return new DefaultIndex(lines, capitalised, phraseKeys, size);
  }

  /** The entries of exactly this Dutch word. */
  public List<GlossEntry> get(String dutch) {
    List<GlossEntry> done = parsed.get(dutch);
    if (done != null) {
      return done;
    }
    Object raw = lines.get(dutch);
    if (raw == null) {
      return List.of();
    }
    List<GlossEntry> entries = parse(raw);
    parsed.put(dutch, entries);
    return entries;
  }

  /** The entries of every Dutch word with this lower-case form. */
  public List<GlossEntry> getIgnoringCase(String lower) {
    List<String> keys = capitalised.get(lower);
    List<GlossEntry> own = get(lower);
    if (keys == null) {
      return own;
    }
    List<GlossEntry> all = new ArrayList<>(own);
    for (String k : keys) {
      all.addAll(get(k));
    }
    return all;
  }

  /** Entries of more than one word or of part of speech phrase. */
  public List<GlossEntry> phrases() {
    List<GlossEntry> all = new ArrayList<>(phraseKeys.size());
    for (String k : phraseKeys) {
      for (GlossEntry e : get(k)) {
        if (e.pos() == GlossPos.PHRASE || e.dutch().indexOf(' ') > 0) {
          all.add(e);
        }
      }
    }
    return all;
  }

  /** Every entry, in file order. */
  public List<GlossEntry> all() {
    List<GlossEntry> all = new ArrayList<>(size);
    for (String k : lines.keySet()) {
      all.addAll(get(k));
    }
    return all;
  }

  public int size() {
    return size;
  }

  private static List<GlossEntry> parse(Object raw) {
    String[] rows = raw instanceof String one ? new String[] {one} : (String[]) raw;
    List<GlossEntry> entries = new ArrayList<>(rows.length);
    for (String row : rows) {
      // a bad shipped line is skipped here and failed by GlossaryValidationTest
      GlossEntry e = GlossaryParser.parseLine(row, 2, "default", Glossary.DEFAULT_SOURCE, false, p -> { });
      if (e != null && entries.stream().noneMatch(x -> x.pos() == e.pos())) {
        entries.add(e);
      }
    }
    return List.copyOf(entries);
  }
}
