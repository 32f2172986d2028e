package io.nlbrief.cli.briefing;

import io.nlbrief.checker.Finding;
import io.nlbrief.parser.Article;
import io.nlbrief.parser.Quote;
import io.nlbrief.summarizer.Entity;
import io.nlbrief.summarizer.KeyTerm;
import io.nlbrief.summarizer.Summary;
import io.nlbrief.summarizer.SummarySentence;
import io.nlbrief.summarizer.gloss.EnglishVariant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The brief of one article: everything a reader without Dutch needs, in full (no limits applied;
 * a sheet or a server response decides how much of it to show). Made by a {@link Briefer}.
 * Immutable and safe to share between threads.
 *
 * @param article the parsed article everything here points into; without tokens when it was
 *     briefed in parts ({@link BriefGathering})
 * @param summary the chosen sentences, key terms and entities; when the length's choice repeated the
 *     headline, chosen with as many more sentences as it repeated, so that {@code keyPoints} has the
 *     number the length asked for
 * @param glossedWords words the glossary covered, over all sentences
 * @param countedWords words counted for coverage (names excluded), over all sentences
 * @param words the article's word tokens (its {@code wordCount()} when parsed whole)
 * @param headline the headline in Dutch and English; {@link Line#isEmpty() empty} when the article has none
 * @param keyPoints the summary sentences that do not repeat the headline, each with its English
 * @param keyTerms every key term with its English, best first
 * @param names every person, organisation and place with its English name, most mentioned first
 * @param quotes every quotation with its English and who said it, in text order
 * @param findings the proofreading findings in text order, or empty when the briefer does not proofread
 * @param english the English every line, term and name here is written in (the briefer's)
 */
public record Briefing(
    Article article,
    Summary summary,
    int glossedWords,
    int countedWords,
    long words,
    Line headline,
    List<Line> keyPoints,
    List<Term> keyTerms,
    List<Name> names,
    List<Said> quotes,
    Optional<List<Finding>> findings,
    EnglishVariant english) {

  public Briefing {
    keyPoints = List.copyOf(keyPoints);
    keyTerms = List.copyOf(keyTerms);
    names = List.copyOf(names);
    quotes = List.copyOf(quotes);
    findings = findings.map(List::copyOf);
    Objects.requireNonNull(english);
  }

  /**
   * Dutch text and its English ({@code ⟨word?⟩} marks a word the glossary lacks).
   *
   * @param sentence the summary sentence it renders, or {@code null} for the headline
   * @param uncertain whether the engine was unsure of the rendering (a clause kept in Dutch order,
   *     unknown words: {@link io.nlbrief.summarizer.gloss.GlossLine#uncertain()}), for any part of it
   */
  public record Line(String dutch, String english, List<String> unknown, SummarySentence sentence, boolean uncertain) {
    public Line {
      unknown = List.copyOf(unknown);
    }

    /** A line the engine is sure of. */
    public Line(String dutch, String english, List<String> unknown, SummarySentence sentence) {
      this(dutch, english, unknown, sentence, false);
    }

    static Line empty() {
      return new Line("", "", List.of(), null);
    }

    public boolean isEmpty() {
      return dutch.isEmpty();
    }
  }

  /** A key term and its English: the glossary's first senses, else its words as rendered in the text; {@code ""} when neither. */
  public record Term(KeyTerm term, String english) {}

  /** A name and its English form (the same when English writes it the same). */
  public record Name(Entity entity, String english) {}

  /**
   * A quotation.
   *
   * @param quote where it stands, as the parser found it
   * @param english its words rendered in English
   * @param speaker who said it: the name the text gives, or the person an epithet or a citing
   *     outlet stands for when the article makes that clear; {@code null} when the text names nobody
   * @param reportedBy the outlet the article credits for the quotation ({@code de BBC} in {@code …,
   *     citeert de BBC}), or {@code null}
   */
  public record Said(Quote quote, String dutch, String english, String speaker, String reportedBy) {}
}
