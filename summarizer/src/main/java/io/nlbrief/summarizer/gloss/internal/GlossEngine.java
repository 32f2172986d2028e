package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.parser.PartOfSpeech;
import io.nlbrief.parser.Sentence;
import io.nlbrief.parser.Token;
import io.nlbrief.summarizer.gloss.GlossEntry;
import io.nlbrief.summarizer.gloss.GlossLine;
import io.nlbrief.summarizer.gloss.GlossPos;
import io.nlbrief.summarizer.gloss.GlossToken;
import io.nlbrief.summarizer.gloss.Glossary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The glossing rules, applied left to right over a sentence's tokens. */
public final class GlossEngine {
  private final Glossary glossary;

  public GlossEngine(Glossary glossary) {
    this.glossary = glossary;
  }

  public GlossLine gloss(Sentence sentence) {
    List<GlossToken> out = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    int glossed = 0;
    int counted = 0;
    for (Token t : sentence.tokens()) {
      GlossToken g = glossToken(t);
      out.add(g);
      boolean name = g.origin().equals("name") || g.origin().equals("exonym");
      if (t.isWord() && !name) {
        counted++;
        if (g.isUnknown()) {
          unknown.add(t.text());
        } else {
          glossed++;
        }
      }
    }
    return new GlossLine(sentence.text(), LineLayout.join(out), out, unknown, glossed, counted);
  }

  private GlossToken glossToken(Token t) {
    if (t.pos() == PartOfSpeech.PUNCTUATION || t.pos() == PartOfSpeech.SYMBOL) {
      return new GlossToken(t.text(), t.span(), t.text(), "punctuation");
    }
    if (t.pos() == PartOfSpeech.NUMBER) {
      return new GlossToken(t.text(), t.span(), t.text(), "number");
    }
    Optional<GlossEntry> e = glossary.lookup(t.text(), GlossPos.NAME);
    if (e.isPresent()) {
      return new GlossToken(t.text(), t.span(), e.get().first(), "exonym");
    }
    GlossPos pos = PosMapping.of(t.pos());
    if (pos != null) {
      e = glossary.lookup(t.lemma(), pos);
      if (e.isEmpty()) {
        e = glossary.lookup(t.text(), pos);
      }
    }
    if (e.isEmpty()) {
      List<GlossEntry> any = glossary.lookup(t.lemma());
      if (any.isEmpty()) {
        any = glossary.lookup(t.text());
      }
      e = any.stream().filter(x -> x.pos() != GlossPos.PHRASE && x.pos() != GlossPos.PREFIX).findFirst();
    }
    if (e.isPresent()) {
      return new GlossToken(t.text(), t.span(), e.get().first(), "glossary:" + e.get().source());
    }
    if (t.pos() == PartOfSpeech.PROPER_NOUN || t.entity() != null) {
      return new GlossToken(t.text(), t.span(), t.text(), "name");
    }
    return new GlossToken(t.text(), t.span(), "⟨" + t.text() + "?⟩", "unknown");
  }
}
