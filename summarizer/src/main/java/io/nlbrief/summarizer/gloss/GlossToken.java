package io.nlbrief.summarizer.gloss;

import io.nlbrief.parser.Span;

/**
 * One Dutch token (or a group glossed together: a phrase, a separable verb's particle) with its gloss.
 *
 * @param dutch the Dutch token as in the text
 * @param span where it stands in the article's text
 * @param english its English gloss; empty for a token glossed together with an earlier one (the
 *     particle of a separable verb, the later words of a phrase), {@code ⟨word?⟩} when unknown
 * @param origin the entry or rule that produced the gloss: {@code glossary:default},
 *     {@code glossary:FILE}, {@code phrase:onder druk zetten}, {@code separable:wegsturen},
 *     {@code compound:zenuw+gas}, {@code name}, {@code exonym}, {@code number}, {@code date},
 *     {@code time}, {@code punctuation}, {@code foreign} (an English word inside the Dutch, passed
 *     through as it is), {@code governed:wachten op} (a preposition governed by its head),
 *     {@code unknown}; a rule that changed the entry's English
 *     afterwards is added after a {@code +} ({@code glossary:default+do-support}; the last stages'
 *     {@code +name-capital}, {@code +name-kept} (a person's name passed through, counted as a name),
 *     {@code +quoted-sentence}, {@code +american-spelling}, {@code +american-abbreviation},
 *     {@code punctuation+american-quotes})
 * @param position where its English stands in the rendered line, counting the tokens with English
 *     from 0; {@code -1} for a token without English of its own
 * @param moved the ordering rule that moved it out of Dutch order ({@code order:subject-before-verb},
 *     {@code order:verbs-after-subject}, {@code order:verbs-together}, {@code order:middle-adverb},
 *     {@code order:to-infinitive}, {@code do-support}, {@code order:american-quotes}: a comma or stop
 *     put inside the closing quotation mark), or {@code null} where it kept its place
 */
public record GlossToken(String dutch, Span span, String english, String origin, int position, String moved) {
  /** The origin of a foreign (English) word passed through as it is. */
  public static final String FOREIGN = "foreign";

  /** A token in Dutch order that no rule moved. */
  public GlossToken(String dutch, Span span, String english, String origin) {
    this(dutch, span, english, origin, -1, null);
  }

  /** Punctuation, as the text has it or with a rule's change ({@code punctuation+american-quotes}). */
  public boolean isPunctuation() {
    return origin.equals("punctuation") || origin.startsWith("punctuation+");
  }

  public boolean isUnknown() {
    return origin.equals("unknown");
  }

  /** An English word inside the Dutch, passed through as it is: neither glossed nor unknown. */
  public boolean isForeign() {
    return origin.equals(FOREIGN);
  }
}
