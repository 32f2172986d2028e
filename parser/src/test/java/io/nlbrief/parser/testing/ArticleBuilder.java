package io.nlbrief.parser.testing;

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
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds an {@link Article} from marked-up lines, so that tests of the summarizer, the checker and
 * the cli do not start Tika and LanguageTool for a one-line case (sumy's {@code
 * build_document_from_string}). Every span is computed from the text, so {@code span.of(text)}
 * gives back each part, as the real parser guarantees.
 *
 * <p>Markup inside a paragraph, taken out of the text:
 *
 * <ul>
 *   <li>{@code [Jens Stoltenberg|PERSON]}: the tokens inside are a name of that {@link EntityType}
 *       ({@code PERSON}, {@code ORGANISATION}, {@code PLACE}; also {@code PER}, {@code ORG}, {@code LOC})
 *       and proper nouns;
 *   <li>{@code {lidstaten|lidstaat|NOUN}}: one token with its lemma and {@link PartOfSpeech}.
 * </ul>
 *
 * Unmarked tokens: punctuation is {@code PUNCTUATION}, digits {@code NUMBER}, a capitalised word
 * that does not start its sentence {@code NOUN}, anything else {@code OTHER}; the lemma is the
 * word in lower case (as written for nouns and names); no tag. Sentences end after {@code .!?}
 * (and any closing quote marks) followed by a space. Paragraphs are separated by a blank line.
 */
public final class ArticleBuilder {
  private static final Pattern MARKUP = Pattern.compile("\\[([^\\]|]+)\\|(\\w+)]|\\{([^}|]+)\\|([^}|]+)\\|(\\w+)}");
  private static final Pattern TOKEN = Pattern.compile(",,|''|\\p{L}[\\p{L}\\p{N}]*(?:[-'’]\\p{L}[\\p{L}\\p{N}]*)*|\\p{N}+(?:[.,]\\p{N}+)*|\\S");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…]+(?:''|[’'”\"»)])*(?=\\s|$)");

  private final String file;
  private final List<Block> blocks = new ArrayList<>();
  private final List<QuoteMark> quotes = new ArrayList<>();
  private String title;
  private String date;
  private String published;
  private String source;
  private String author;
  private String url;
  private LanguageGuess language = new LanguageGuess("nl", 0.9);

  private record Block(Paragraph.Role role, String markup) {}

  private record QuoteMark(String content, String speaker) {}

  private record Mark(int start, int end, EntityType entity, String lemma, PartOfSpeech pos) {}

  private ArticleBuilder(String file) {
    this.file = file;
  }

  /** An article read from {@code file} (only its name: nothing is read). */
  public static ArticleBuilder article(String file) {
    return new ArticleBuilder(file);
  }

  /** The headline as metadata only, as a format records a title. */
  public ArticleBuilder title(String title) {
    this.title = title;
    return this;
  }

  /** The headline as the first paragraph (and, unless {@link #title} says otherwise, as the title). */
  public ArticleBuilder headline(String markup) {
    blocks.add(new Block(Paragraph.Role.HEADLINE, markup));
    if (title == null) {
      title = plain(markup);
    }
    return this;
  }

  /** A paragraph of prose. */
  public ArticleBuilder body(String markup) {
    blocks.add(new Block(Paragraph.Role.BODY, markup));
    return this;
  }

  /**
   * Plain prose, as the parser reads a text without news layout ({@code --plain}): one body
   * paragraph per block between blank lines, each block stripped of the white space around it.
   */
  public ArticleBuilder prose(String markup) {
    for (String block : markup.split("\n[ \t]*\n")) {
      if (!block.isBlank()) {
        body(block.strip());
      }
    }
    return this;
  }

  /** A date or time line ({@code 27 maart 2018}): a paragraph without sentences, as the parser gives datelines. */
  public ArticleBuilder dateline(String text) {
    blocks.add(new Block(Paragraph.Role.DATELINE, text));
    return this;
  }

  /** The language the parser would have guessed (default: Dutch, confidence 0.9). */
  public ArticleBuilder language(String code, double confidence) {
    this.language = new LanguageGuess(code, confidence);
    return this;
  }

  /** An intertitle: a paragraph without sentences, as the parser gives headings. */
  public ArticleBuilder heading(String text) {
    blocks.add(new Block(Paragraph.Role.HEADING, text));
    return this;
  }

  /**
   * A quotation: the first {@code content} after the previous quotation, with the quote marks around
   * it; {@code speaker} (or {@code null}) is the first place it is named after the quotation, else before.
   */
  public ArticleBuilder quote(String content, String speaker) {
    quotes.add(new QuoteMark(content, speaker));
    return this;
  }

  public ArticleBuilder date(String date) {
    this.date = date;
    return this;
  }

  public ArticleBuilder published(String published) {
    this.published = published;
    return this;
  }

  public ArticleBuilder source(String source) {
    this.source = source;
    return this;
  }

  public ArticleBuilder author(String author) {
    this.author = author;
    return this;
  }

  public ArticleBuilder url(String url) {
    this.url = url;
    return this;
  }

  public Article build() {
    StringBuilder text = new StringBuilder();
    List<Paragraph> paragraphs = new ArrayList<>();
    int sentenceIndex = 0;
    for (Block block : blocks) {
      if (text.length() > 0) {
        text.append("\n\n");
      }
      int start = text.length();
      List<Mark> marks = new ArrayList<>();
      text.append(unmark(block.markup(), start, marks));
      String paragraphText = text.substring(start);
      List<Sentence> sentences = new ArrayList<>();
      if (block.role() == Paragraph.Role.BODY || block.role() == Paragraph.Role.HEADLINE) {
        int from = 0;
        Matcher end = SENTENCE_END.matcher(paragraphText);
        while (from < paragraphText.length()) {
          int to = end.find(from) ? end.end() : paragraphText.length();
          String s = paragraphText.substring(from, to);
          int lead = s.length() - s.stripLeading().length();
          Span span = new Span(start + from + lead, start + to);
          sentences.add(new Sentence(sentenceIndex++, paragraphs.size(), s.strip(), span, tokens(text, span, marks)));
          from = to;
          while (from < paragraphText.length() && Character.isWhitespace(paragraphText.charAt(from))) {
            from++;
          }
        }
      }
      paragraphs.add(new Paragraph(paragraphs.size(), block.role(), paragraphText, new Span(start, text.length()), sentences));
    }
    String all = text.toString();
    List<Sentence> sentences = paragraphs.stream().flatMap(p -> p.sentences().stream()).toList();
    return new Article(file, all,
        new Metadata(title, date != null ? date : published != null ? published.substring(0, 10) : null, published, source,
            author, url, "text/plain", "UTF-8"),
        paragraphs, quotes(all, sentences), language, List.of());
  }

  private static String plain(String markup) {
    return unmark(markup, 0, new ArrayList<>());
  }

  private static String unmark(String markup, int offset, List<Mark> marks) {
    StringBuilder out = new StringBuilder();
    Matcher m = MARKUP.matcher(markup);
    int last = 0;
    while (m.find()) {
      out.append(markup, last, m.start());
      int start = offset + out.length();
      if (m.group(1) != null) {
        out.append(m.group(1));
        marks.add(new Mark(start, offset + out.length(), entity(m.group(2)), null, PartOfSpeech.PROPER_NOUN));
      } else {
        out.append(m.group(3));
        marks.add(new Mark(start, offset + out.length(), null, m.group(4), PartOfSpeech.valueOf(m.group(5).toUpperCase(Locale.ROOT))));
      }
      last = m.end();
    }
    return out.append(markup.substring(last)).toString();
  }

  private static EntityType entity(String name) {
    return switch (name.toUpperCase(Locale.ROOT)) {
      case "PER", "PERSON" -> EntityType.PERSON;
      case "ORG", "ORGANISATION" -> EntityType.ORGANISATION;
      case "LOC", "PLACE" -> EntityType.PLACE;
      default -> EntityType.valueOf(name.toUpperCase(Locale.ROOT));
    };
  }

  private static List<Token> tokens(CharSequence text, Span sentence, List<Mark> marks) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text).region(sentence.start(), sentence.end());
    while (m.find()) {
      String word = m.group();
      Span span = new Span(m.start(), m.end());
      Mark mark = marks.stream().filter(k -> k.start() <= span.start() && span.end() <= k.end()).findFirst().orElse(null);
      PartOfSpeech pos;
      String lemma;
      if (mark != null) {
        pos = mark.pos();
        lemma = mark.lemma() != null ? mark.lemma() : word;
      } else if (!Character.isLetterOrDigit(word.codePointAt(0))) {
        pos = PartOfSpeech.PUNCTUATION;
        lemma = word;
      } else if (Character.isDigit(word.codePointAt(0))) {
        pos = PartOfSpeech.NUMBER;
        lemma = word;
      } else if (Character.isUpperCase(word.codePointAt(0)) && !tokens.isEmpty()) {
        pos = PartOfSpeech.NOUN;
        lemma = word;
      } else {
        pos = PartOfSpeech.OTHER;
        lemma = word.toLowerCase(Locale.ROOT);
      }
      tokens.add(new Token(word, span, lemma, null, pos, mark == null ? null : mark.entity(), List.of()));
    }
    return tokens;
  }

  private List<Quote> quotes(String text, List<Sentence> sentences) {
    List<Quote> out = new ArrayList<>();
    int from = 0;
    for (QuoteMark q : quotes) {
      int start = text.indexOf(q.content(), from);
      if (start < 0) {
        throw new IllegalArgumentException("quotation not in the text: " + q.content());
      }
      int end = start + q.content().length();
      int open = start;
      while (open > 0 && "„,“‘'\"«".indexOf(text.charAt(open - 1)) >= 0) {
        open--;
      }
      int close = end;
      while (close < text.length() && "”’'\"»".indexOf(text.charAt(close)) >= 0) {
        close++;
      }
      Span speakerSpan = null;
      if (q.speaker() != null) {
        int at = text.indexOf(q.speaker(), close);
        if (at < 0) {
          at = text.lastIndexOf(q.speaker(), open);
        }
        if (at < 0) {
          throw new IllegalArgumentException("speaker not in the text: " + q.speaker());
        }
        speakerSpan = new Span(at, at + q.speaker().length());
      }
      int sentence = sentences.stream().filter(s -> s.span().contains(start)).mapToInt(Sentence::index).findFirst().orElse(-1);
      out.add(new Quote(q.content(), new Span(open, close), new Span(start, end), q.speaker(), speakerSpan, sentence));
      from = close;
    }
    return out;
  }
}
