package io.nlbrief.cli.brief;

import io.nlbrief.parser.Sentence;
import io.nlbrief.summarizer.gloss.GlossEntry;
import io.nlbrief.summarizer.gloss.GlossLine;
import io.nlbrief.summarizer.gloss.GlossPos;
import io.nlbrief.summarizer.gloss.GlossToken;
import io.nlbrief.summarizer.gloss.Glossary;
import io.nlbrief.summarizer.gloss.Glosser;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** {@link Glossing} by the summarizer's gloss engine and glossary. Thread-safe, as both are. */
public final class GlossaryGlossing implements Glossing {
  /** For key terms, which are nouns, names and noun phrases: that sense first when a word has several. */
  private static final List<GlossPos> TERM_ORDER = List.of(GlossPos.NOUN, GlossPos.NAME, GlossPos.PHRASE, GlossPos.ADJ, GlossPos.VERB);

  private final Glossary glossary;
  private final Glosser glosser;

  public GlossaryGlossing(Glossary glossary) {
    this.glossary = glossary;
    this.glosser = new Glosser(glossary);
  }

  @Override
  public Glossed gloss(Sentence sentence) {
    GlossLine line = glosser.gloss(sentence);
    List<Piece> pieces = line.tokens().stream().map(GlossaryGlossing::piece).toList();
    return new Glossed(line.dutch(), line.english(), line.unknown(), pieces, line.glossedWords(), line.countedWords());
  }

  private static Piece piece(GlossToken token) {
    return new Piece(token.span(), token.english());
  }

  @Override
  public List<String> senses(String lemma) {
    return glossary.lookup(lemma).stream()
        .min(Comparator.comparingInt(e -> rank(e.pos())))
        .map(GlossEntry::english)
        .orElse(List.of());
  }

  private static int rank(GlossPos pos) {
    int i = TERM_ORDER.indexOf(pos);
    return i < 0 ? TERM_ORDER.size() : i;
  }

  @Override
  public Optional<String> englishName(String name) {
    return glossary.lookup(name, GlossPos.NAME).or(() -> glossary.lookup(name, GlossPos.PHRASE)).map(GlossEntry::first);
  }
}
