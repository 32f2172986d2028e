package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.summarizer.gloss.GlossPos;
import java.util.Locale;

/**
 * A part of speech for an imported entry whose source has none or uses another tag set (FreeDict's
 * dictd text has none; TEI says {@code n}, {@code v}, {@code adj}; TBX says {@code noun},
 * {@code adjective}, {@code properNoun}).
 */
public final class PosGuess {
  private PosGuess() {}

  /** The part of speech a source tag names, or {@code null} when it names none we know. */
  public static GlossPos ofTag(String tag) {
    if (tag == null || tag.isBlank()) {
      return null;
    }
    String t = tag.strip().toLowerCase(Locale.ROOT);
    int cut = t.indexOf(',');
    if (cut > 0) {
      t = t.substring(0, cut).strip();
    }
    return switch (t) {
      case "n", "noun", "nn", "s", "subst", "substantive" -> GlossPos.NOUN;
      case "v", "verb", "vi", "vt", "vb" -> GlossPos.VERB;
      case "adj", "adjective", "a" -> GlossPos.ADJ;
      case "adv", "adverb" -> GlossPos.ADV;
      case "prep", "preposition", "adposition" -> GlossPos.PREP;
      case "conj", "conjunction", "coordinatingconjunction", "subordinatingconjunction" -> GlossPos.CONJ;
      case "pron", "pronoun" -> GlossPos.PRON;
      case "det", "art", "article", "determiner" -> GlossPos.DET;
      case "num", "numeral", "number" -> GlossPos.NUM;
      case "int", "interj", "interjection" -> GlossPos.INT;
      case "pn", "propn", "propernoun", "proper noun", "name" -> GlossPos.NAME;
      case "phrase", "phr", "idiom" -> GlossPos.PHRASE;
      case "prefix", "pref" -> GlossPos.PREFIX;
      default -> GlossPos.ofCode(t).orElse(null);
    };
  }

  /** A guess from the Dutch word's shape: capitalised names, multi-word phrases, -en verbs, adjective suffixes. */
  public static GlossPos fromShape(String dutch) {
    String d = dutch.strip();
    if (d.indexOf(' ') > 0) {
      return GlossPos.PHRASE;
    }
    if (!d.isEmpty() && Character.isUpperCase(d.codePointAt(0))) {
      return GlossPos.NAME;
    }
    String l = d.toLowerCase(Locale.ROOT);
    if (l.endsWith("lijk") || l.endsWith("ig") || l.endsWith("isch") || l.endsWith("baar") || l.endsWith("loos")
        || l.endsWith("zaam") || l.endsWith("achtig") || l.endsWith("eel")) {
      return GlossPos.ADJ;
    }
    if (l.length() > 4 && (l.endsWith("en") || l.endsWith("ën")) && !l.endsWith("teken") && !l.endsWith("men")) {
      return GlossPos.VERB;
    }
    return GlossPos.NOUN;
  }
}
