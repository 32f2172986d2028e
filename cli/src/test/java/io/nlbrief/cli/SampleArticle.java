package io.nlbrief.cli;

import io.nlbrief.parser.Article;
import io.nlbrief.parser.EntityType;
import io.nlbrief.parser.LanguageGuess;
import io.nlbrief.parser.Metadata;
import io.nlbrief.parser.Paragraph;
import io.nlbrief.parser.PartOfSpeech;
import io.nlbrief.parser.Quote;
import io.nlbrief.parser.Sentence;
import io.nlbrief.parser.Span;
import io.nlbrief.parser.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * A small article built by hand, so output formats are tested without the parser. Every span is
 * computed from the text, so {@code span.of(text)} gives back each part.
 */
public final class SampleArticle {
  static final String HEADLINE = "NAVO stuurt diplomaten weg";
  static final String DATELINE = "27 maart 2018";
  static final String SOURCE = "Bron: ANP";
  static final String BODY = "De NAVO stuurt zeven diplomaten weg. ,,Een roekeloze schending'', aldus de Noor.";
  static final String HEADING = "Reactie";
  static final String TEXT = String.join("\n\n", HEADLINE, DATELINE, SOURCE, BODY, HEADING);

  private SampleArticle() {}

  public static Article create(String file) {
    List<Paragraph> paragraphs = new ArrayList<>();
    paragraphs.add(paragraph(0, Paragraph.Role.HEADLINE, HEADLINE, List.of()));
    paragraphs.add(paragraph(1, Paragraph.Role.DATELINE, DATELINE, List.of()));
    paragraphs.add(paragraph(2, Paragraph.Role.SOURCE, SOURCE, List.of()));
    String first = "De NAVO stuurt zeven diplomaten weg.";
    String second = ",,Een roekeloze schending'', aldus de Noor.";
    Sentence s0 = new Sentence(0, 3, first, span(first), tokens(first));
    Sentence s1 = new Sentence(1, 3, second, span(second), List.of());
    paragraphs.add(paragraph(3, Paragraph.Role.BODY, BODY, List.of(s0, s1)));
    paragraphs.add(paragraph(4, Paragraph.Role.HEADING, HEADING, List.of()));
    String quoted = ",,Een roekeloze schending''";
    Span quote = span(quoted);
    Quote withSpeaker = new Quote("Een roekeloze schending", quote,
        new Span(quote.start() + 2, quote.end() - 2), "de Noor", span("de Noor"), 1);
    Quote anonymous = new Quote("Een roekeloze schending", quote, new Span(quote.start() + 2, quote.end() - 2), null, null, 1);
    return new Article(file, TEXT,
        new Metadata(HEADLINE, "2018-03-27", "2018-03-27T15:38", "ANP", null, null, "text/plain", "UTF-8"),
        paragraphs, List.of(withSpeaker, anonymous), new LanguageGuess("nl", 0.75), List.of());
  }

  private static Paragraph paragraph(int index, Paragraph.Role role, String text, List<Sentence> sentences) {
    return new Paragraph(index, role, text, span(text), sentences);
  }

  private static List<Token> tokens(String sentence) {
    int start = TEXT.indexOf(sentence);
    Token de = new Token("De", new Span(start, start + 2), "de", "DET:BEP", PartOfSpeech.DETERMINER, null,
        List.of(new Token.Reading("de", "DET:BEP")));
    Token navo = new Token("NAVO", new Span(start + 3, start + 7), "NAVO", null, PartOfSpeech.PROPER_NOUN,
        EntityType.ORGANISATION, List.of());
    int dot = start + sentence.length() - 1;
    Token stop = new Token(".", new Span(dot, dot + 1), ".", null, PartOfSpeech.PUNCTUATION, null, List.of());
    return List.of(de, navo, stop);
  }

  private static Span span(String part) {
    int start = TEXT.indexOf(part);
    return new Span(start, start + part.length());
  }
}
