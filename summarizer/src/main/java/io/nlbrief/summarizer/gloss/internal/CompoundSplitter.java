package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.summarizer.gloss.GlossEntry;
import io.nlbrief.summarizer.gloss.GlossPos;
import io.nlbrief.summarizer.gloss.Glossary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Splits a compound the glossary lacks into known parts, with the linking {@code s}, {@code e} or
 * {@code en} between them: {@code zenuwgas} → zenuw+gas, {@code gedragspatroon} → gedrag+s+patroon,
 * {@code terrorismebestrijding} → terrorisme+bestrijding. The fewest parts win, then the longest
 * head. The head (last part) must be a noun, adjective or verb and decides the compound's kind.
 */
final class CompoundSplitter {
  private static final int MIN_PART = 3;
  private static final String[] LINKS = {"", "s", "en", "e", "er", "-"};

  record Part(String dutch, GlossEntry entry) {}

  private final Glossary glossary;

  CompoundSplitter(Glossary glossary) {
    this.glossary = glossary;
  }

  /** The parts, or empty when the word cannot be split into known parts. */
  Optional<List<Part>> split(String word, GlossPos headPos) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.length() < 2 * MIN_PART) {
      return Optional.empty();
    }
    List<Part> best = null;
    // the head: the longest known word at the end
    for (int h = MIN_PART; h <= w.length() - MIN_PART; h++) {
      String headText = w.substring(h);
      Optional<GlossEntry> head = headEntry(headText, headPos);
      if (head.isEmpty()) {
        continue;
      }
      List<Part> left = splitModifiers(w.substring(0, h), 0);
      if (left != null) {
        List<Part> parts = new ArrayList<>(left);
        parts.add(new Part(headText, head.get()));
        if (best == null || parts.size() < best.size()) {
          best = parts;
        }
        if (best.size() == 2) {
          break; // the longest head with a single modifier: nothing better will come
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** The modifiers before the head, each possibly followed by a linking element; null if impossible. */
  private List<Part> splitModifiers(String s, int depth) {
    if (depth > 3) {
      return null;
    }
    List<Part> best = null;
    for (String link : LINKS) {
      if (!s.endsWith(link) || s.length() - link.length() < MIN_PART - 1) {
        continue;
      }
      String core = s.substring(0, s.length() - link.length());
      Optional<GlossEntry> whole = modifierEntry(core);
      if (whole.isPresent()) {
        return List.of(new Part(core, whole.get()));
      }
      for (int cut = MIN_PART; cut <= core.length() - MIN_PART; cut++) {
        Optional<GlossEntry> last = modifierEntry(core.substring(cut));
        if (last.isEmpty()) {
          continue;
        }
        List<Part> before = splitModifiers(core.substring(0, cut), depth + 1);
        if (before != null && (best == null || before.size() + 1 < best.size())) {
          best = new ArrayList<>(before);
          best.add(new Part(core.substring(cut), last.get()));
        }
      }
    }
    return best;
  }

  private Optional<GlossEntry> headEntry(String s, GlossPos headPos) {
    if (headPos != null) {
      Optional<GlossEntry> e = glossary.lookup(s, headPos);
      if (e.isPresent()) {
        return e;
      }
    }
    for (GlossPos p : new GlossPos[] {GlossPos.NOUN, GlossPos.ADJ, GlossPos.VERB}) {
      Optional<GlossEntry> e = glossary.lookup(s, p);
      if (e.isPresent()) {
        return e;
      }
    }
    return Optional.empty();
  }

  private Optional<GlossEntry> modifierEntry(String s) {
    if (s.length() < MIN_PART - 1) {
      return Optional.empty();
    }
    for (GlossPos p : new GlossPos[] {GlossPos.PREFIX, GlossPos.NOUN, GlossPos.NAME, GlossPos.ADJ, GlossPos.NUM,
        GlossPos.ADV, GlossPos.PREP}) {
      Optional<GlossEntry> e = p == GlossPos.PREFIX ? prefix(s) : glossary.lookup(s, p);
      if (e.isPresent() && (s.length() >= MIN_PART || p == GlossPos.PREFIX)) {
        return e;
      }
    }
    // a verb stem as modifier: zwem+bad, werk+groep
    Optional<GlossEntry> verb = glossary.lookup(s + "en", GlossPos.VERB);
    return s.length() >= 4 ? verb : Optional.empty();
  }

  private Optional<GlossEntry> prefix(String s) {
    Optional<GlossEntry> e = glossary.lookup(s + "-", GlossPos.PREFIX);
    return e.isPresent() ? e : glossary.lookup(s, GlossPos.PREFIX);
  }
}
