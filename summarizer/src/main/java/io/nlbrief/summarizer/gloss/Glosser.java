package io.nlbrief.summarizer.gloss;

import io.nlbrief.parser.Article;
import io.nlbrief.parser.Sentence;
import io.nlbrief.summarizer.Fragment;
import java.util.ArrayList;
import java.util.List;
import io.nlbrief.summarizer.gloss.internal.GlossEngine;
import java.util.Objects;

/**
 * Builds the English rendering of a parsed, tagged, analysed Dutch sentence from the glossary,
 * token by token from the parser's lemmas and tags: phrases before single words, separable verbs
 * rejoined, English inflection from the Dutch tag, compounds split into known parts, names passed
 * through (exonyms translated), numbers, dates and times rewritten, and unknown words marked
 * {@code ⟨word?⟩}; then each clause put into English order from the parser's clause analysis
 * (subject before verb, verb clusters together, to-infinitives, do-support). Every English word
 * keeps the Dutch token it comes from and the entry or rule behind it ({@link GlossToken}); the
 * word-by-word line in Dutch order stays available ({@link GlossLine#literal()}).
 *
 * <p>The English is American by default ({@link EnglishVariant#DEFAULT}): double quotation marks,
 * Mr., U.S., organize, center; {@link EnglishVariant#BRITISH} keeps the glossary's British English
 * ('…' for Dutch single quotes, Mr, US, organise, centre). Only the rendering changes with it: the
 * literal line keeps the glossary's words.
 *
 * <pre>{@code
 * Glosser american = new Glosser(glossary);
 * Glosser british = new Glosser(glossary, EnglishVariant.BRITISH);
 * }</pre>
 *
 * <p>Immutable and thread-safe: one instance serves every thread. The same sentence always gives
 * the same line.
 */
public final class Glosser {
  private final GlossEngine engine;
  private final Glossary glossary;
  private final EnglishVariant english;

  /** A glosser writing American English ({@link EnglishVariant#DEFAULT}). */
  public Glosser(Glossary glossary) {
    this(glossary, EnglishVariant.DEFAULT);
  }

  /** A glosser writing {@code english}: American or British spelling, quotation marks and abbreviations. */
  public Glosser(Glossary glossary, EnglishVariant english) {
    this.glossary = Objects.requireNonNull(glossary);
    this.english = Objects.requireNonNull(english);
    this.engine = new GlossEngine(glossary, english);
  }

  /** The English variant this glosser writes. */
  public EnglishVariant english() {
    return english;
  }

  /** A glosser over the same glossary writing {@code variant}; this one when it already does. */
  public Glosser withEnglish(EnglishVariant variant) {
    return variant == english ? this : new Glosser(glossary, variant);
  }

  /**
   * A sense from the glossary, shown outside a sentence (a key term's English, a name's), written
   * in this glosser's English: organisation → organization, US → U.S. in American, as it is in British.
   */
  public String english(String glossaryEnglish) {
    return engine.inVariant(glossaryEnglish);
  }

  /** The gloss of one sentence; a sentence parsed without tagging has no tokens and an empty gloss. */
  public GlossLine gloss(Sentence sentence) {
    return engine.gloss(sentence);
  }

  /** Every sentence of {@code article} glossed, in order. */
  public Rendering render(Article article) {
    List<Sentence> sentences = article.sentences();
    List<GlossLine> lines = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      lines.add(engine.gloss(s));
    }
    return new Rendering(lines);
  }

  /** The sentences of a fragment glossed, without the full stop added to parse it. */
  public List<GlossLine> render(Fragment fragment) {
    List<GlossLine> lines = new ArrayList<>(render(fragment.article()).lines());
    if (!lines.isEmpty()) {
      GlossLine l = lines.get(lines.size() - 1);
      List<GlossToken> tokens = l.tokens();
      GlossToken last = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
      // the added stop already left out after an abbreviation's (de VS → the U.S.): that stop stays
      boolean stopInAbbreviation = last != null && (last.dutch().equals(".") && last.english().isEmpty()
          || last.dutch().endsWith(".") && last.origin().endsWith("+american-abbreviation"));
      lines.set(lines.size() - 1,
          l.withTexts(fragment.withoutAddedStop(l.dutch()), stopInAbbreviation ? l.english() : fragment.withoutAddedStop(l.english()),
              fragment.withoutAddedStop(l.literal())));
    }
    return lines;
  }
}
