package io.nlbrief.parser;

/**
 * A quotation in the body.
 *
 * @param text the quoted words, without the quote marks
 * @param span the quotation including its marks
 * @param content the quoted words only
 * @param speaker who the text says is speaking ({@code Stoltenberg}, {@code de BBC}), or
 *     {@code null} when the text names nobody
 * @param speakerSpan where the speaker is named, or {@code null}
 * @param sentence index of the sentence the quotation starts in
 */
public record Quote(String text, Span span, Span content, String speaker, Span speakerSpan, int sentence) {}
