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
 *     {@code time}, {@code punctuation}, {@code unknown}
 */
public record GlossToken(String dutch, Span span, String english, String origin) {
  public boolean isUnknown() {
    return origin.equals("unknown");
  }
}
