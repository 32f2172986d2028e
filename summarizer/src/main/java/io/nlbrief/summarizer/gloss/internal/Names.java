package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.parser.PartOfSpeech;
import io.nlbrief.parser.Token;
import io.nlbrief.summarizer.gloss.GlossEntry;
import io.nlbrief.summarizer.gloss.GlossPos;
import io.nlbrief.summarizer.gloss.Glossary;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Which tokens are names, and the name entries of the glossary (matched with their exact capitals). */
final class Names {
  private final Glossary glossary;

  Names(Glossary glossary) {
    this.glossary = glossary;
  }

  /**
   * The name entry for the token, matched with its exact capitals (Kamer the parliament, not kamer
   * the room); a capitalised word at the start of a sentence that the tagger does not take for a
   * name and that is an ordinary entry in lower case is not a name.
   */
  Optional<GlossEntry> nameEntry(Slots s, int i) {
    Token t = s.token(i);
    Optional<GlossEntry> name = exactName(t.text());
    if (name.isEmpty() && t.entity() != null) {
      name = exactName(t.lemma());
    }
    if (name.isPresent() && startsSentence(s, i) && t.entity() == null && t.pos() != PartOfSpeech.PROPER_NOUN
        && glossary.lookup(t.text().toLowerCase(Locale.ROOT)).stream().anyMatch(e -> e.pos() != GlossPos.NAME
            && e.dutch().equals(t.text().toLowerCase(Locale.ROOT)))) {
      return Optional.empty();
    }
    return name;
  }

  Optional<GlossEntry> exactAdjective(String text) {
    for (GlossEntry e : glossary.lookup(text)) {
      if (e.pos() == GlossPos.ADJ && e.dutch().equals(text)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  Optional<GlossEntry> exactName(String text) {
    if (text.length() > 2 && text.endsWith(".") && glossary.lookup(text).isEmpty()) {
      return exactName(text.substring(0, text.length() - 1)).map(e -> new GlossEntry(e.dutch() + ".",
          List.of(e.first() + "."), e.pos(), e.note(), e.source()));
    }
    for (GlossEntry e : glossary.lookup(text)) {
      if (e.pos() == GlossPos.NAME && e.dutch().equals(text)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /**
   * A capitalised word inside a run of capitalised words is part of a name, when it is a function
   * word (Des Moines, Van Gogh) or a word the glossary does not know (Fox News at the start of a
   * sentence).
   */
  boolean partOfAName(Slots s, int i) {
    Token t = s.token(i);
    String x = t.text();
    if (x.isEmpty() || !Character.isUpperCase(x.codePointAt(0)) || x.equals(x.toUpperCase(Locale.ROOT))) {
      return false;
    }
    boolean nextCapital = i + 1 < s.size() && !s.token(i + 1).text().isEmpty()
        && Character.isUpperCase(s.token(i + 1).text().codePointAt(0)) && s.token(i + 1).pos() != PartOfSpeech.PUNCTUATION;
    if (!nextCapital) {
      return false;
    }
    PartOfSpeech p = t.pos();
    boolean functionWord = p == PartOfSpeech.DETERMINER || p == PartOfSpeech.PREPOSITION || p == PartOfSpeech.PRONOUN;
    if (functionWord) {
      return !startsSentence(s, i);
    }
    return glossary.lookup(x).isEmpty() && glossary.lookup(t.lemma()).isEmpty();
  }

  static boolean isName(Slots s, int i) {
    Token t = s.token(i);
    if (t.entity() != null || t.pos() == PartOfSpeech.PROPER_NOUN) {
      return true;
    }
    String text = t.text();
    boolean capital = Character.isUpperCase(text.codePointAt(0));
    return capital && (i > 0 && !startsSentence(s, i) || !t.isKnown());
  }

  static boolean startsSentence(Slots s, int i) {
    for (int k = i - 1; k >= 0; k--) {
      if (s.token(k).pos() != PartOfSpeech.PUNCTUATION) {
        return false;
      }
    }
    return true;
  }

}
