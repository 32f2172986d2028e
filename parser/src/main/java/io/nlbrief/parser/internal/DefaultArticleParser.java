package io.nlbrief.parser.internal;

import io.nlbrief.parser.Article;
import io.nlbrief.parser.ArticleParser;
import io.nlbrief.parser.LanguageGuess;
import io.nlbrief.parser.Metadata;
import io.nlbrief.parser.Paragraph;
import io.nlbrief.parser.Paragraph.Role;
import io.nlbrief.parser.ParseException;
import io.nlbrief.parser.ParseException.Reason;
import io.nlbrief.parser.ParseOptions;
import io.nlbrief.parser.Quote;
import io.nlbrief.parser.Sentence;
import io.nlbrief.parser.Span;
import io.nlbrief.parser.Token;
import io.nlbrief.parser.internal.WordTokenizer.RawToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The parser pipeline: bytes → text (Tika or the plain-text fast path) → layout → sentences →
 * tokens and tags → quotes and language. Thread-safe; LanguageTool's dictionary is loaded on the
 * first article that needs tags.
 */
public final class DefaultArticleParser implements ArticleParser {
  private static final Map<String, String> LANGUAGE_NAMES = Map.of(
      "en", "English", "de", "German", "fr", "French", "es", "Spanish", "af", "Afrikaans", "und", "no known language");
  /** How much body text the language guess reads. */
  private static final int LANGUAGE_SAMPLE_CHARS = 20_000;

  private final ParseOptions options;
  private final TextExtractor extractor;
  private final Layout layout = new Layout();
  private final WordTokenizer tokenizer;
  private final SentenceSplitter splitter;
  private final QuoteFinder quotes = new QuoteFinder();
  private final LanguageGuesser languages = LanguageGuesser.load();
  private volatile DutchLexicon lexicon;

  public DefaultArticleParser(ParseOptions options) {
    this.options = options;
    this.extractor = new TextExtractor(options);
    Abbreviations abbreviations = Abbreviations.load();
    this.tokenizer = new WordTokenizer(abbreviations);
    this.splitter = new SentenceSplitter(abbreviations);
  }

  @Override
  public Article parse(Path path, String name) throws ParseException {
    return parse(read(path, name), name);
  }

  @Override
  public byte[] read(Path path, String name) throws ParseException {
    if (Files.isDirectory(path)) {
      throw new ParseException(name, Reason.UNREADABLE, "is a directory");
    }
    try {
      // A regular file says its size: refused before a byte is read. A device or a pipe says 0
      // whatever it holds, so the limit is applied while reading, below.
      if (Files.isRegularFile(path)) {
        long size = Files.size(path);
        if (size > options.maxBytes()) {
          throw tooLarge(name, size);
        }
      }
      try (InputStream in = Files.newInputStream(path)) {
        return readBounded(in, name);
      }
    } catch (NoSuchFileException e) {
      throw new ParseException(name, Reason.NOT_FOUND, null, e);
    } catch (AccessDeniedException e) {
      throw new ParseException(name, Reason.UNREADABLE, "permission denied", e);
    } catch (IOException e) {
      throw new ParseException(name, Reason.UNREADABLE, e.getMessage(), e);
    }
  }

  @Override
  public Article parse(InputStream in, String name) throws ParseException {
    return parse(read(in, name), name);
  }

  @Override
  public byte[] read(InputStream in, String name) throws ParseException {
    try {
      return readBounded(in, name);
    } catch (IOException e) {
      throw new ParseException(name, Reason.UNREADABLE, e.getMessage(), e);
    }
  }

  /** Reads one byte past the limit at most, so that an oversized stream is refused without reading it all. */
  private byte[] readBounded(InputStream in, String name) throws IOException, ParseException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1));
    if (bytes.length > options.maxBytes()) {
      throw tooLarge(name, -1);
    }
    return bytes;
  }

  @Override
  public Article parse(byte[] bytes, String name) throws ParseException {
    return analyse(extract(bytes, name), name);
  }

  /** The text of bytes in memory, refused when empty or over the size limit. */
  private ExtractedText extract(byte[] bytes, String name) throws ParseException {
    if (bytes.length > options.maxBytes()) {
      throw tooLarge(name, bytes.length);
    }
    if (bytes.length == 0) {
      throw new ParseException(name, Reason.EMPTY, null);
    }
    return extractor.extract(bytes, name);
  }

  private ParseException tooLarge(String name, long size) {
    String limit = String.format(Locale.ROOT, "limit %,d bytes; raise it with --max-size", options.maxBytes());
    return new ParseException(name, Reason.TOO_LARGE,
        size < 0 ? "more than the " + limit : String.format(Locale.ROOT, "%,d bytes, %s", size, limit));
  }

  private Article analyse(ExtractedText extracted, String name) throws ParseException {
    String text = extracted.text();
    Layout.Result result = options.plain() ? layout.readPlain(text) : layout.read(text, extracted.title());
    List<Layout.Block> blocks = result.blocks();
    ArticleTagger tagger = options.tag() ? new ArticleTagger(lexicon(), lexicon().preferredReadings()) : null;
    Built built = build(text, blocks, 0, blocks.size(), 0, 0, tagger, null);
    String sample = sample(text, blocks);
    LanguageGuess language = languages.guess(sample);
    return new Article(name, text, metadata(result, extracted), built.paragraphs, built.quotes, language,
        warnings(sample, language, built.sentences));
  }

  @Override
  public Article parseInParts(byte[] bytes, String name, int partChars, Parts parts) throws ParseException {
    ExtractedText extracted = extract(bytes, name);
    String text = extracted.text();
    Layout.Result result = options.plain() ? layout.readPlain(text) : layout.read(text, extracted.title());
    List<Layout.Block> blocks = result.blocks();
    Metadata metadata = metadata(result, extracted);
    String sample = sample(text, blocks);
    LanguageGuess language = languages.guess(sample);
    // One tagger for every part: its article-wide memory of persons carries forward.
    ArticleTagger tagger = options.tag() ? new ArticleTagger(lexicon(), lexicon().preferredReadings()) : null;
    List<Paragraph> whole = new ArrayList<>(blocks.size());
    List<Quote> wholeQuotes = new ArrayList<>();
    int from = 0;
    int sentences = 0;
    while (from < blocks.size()) {
      // A part is whole blocks, at least one, cut where a block begins once partChars are reached.
      int begin = from == 0 ? 0 : blocks.get(from).span().start();
      int to = from + 1;
      while (to < blocks.size() && blocks.get(to).span().start() - begin < partChars) {
        to++;
      }
      int end = to < blocks.size() ? blocks.get(to).span().start() : text.length();
      String partText = begin == 0 && end == text.length() ? text : text.substring(begin, end);
      Built built = build(partText, blocks, from, to, begin, sentences, tagger, whole);
      for (Quote q : built.quotes) {
        wholeQuotes.add(new Quote(q.text(), shift(q.span(), begin), shift(q.content(), begin), q.speaker(),
            q.speakerSpan() == null ? null : shift(q.speakerSpan(), begin), q.sentence() + sentences));
      }
      parts.part(new Article(name, partText, metadata, built.paragraphs, built.quotes, language, List.of()), begin);
      sentences += built.sentences;
      from = to;
      if (parts.enough()) {
        break;
      }
    }
    return new Article(name, text, metadata, whole, wholeQuotes, language, warnings(sample, language, sentences));
  }

  private static Span shift(Span span, int by) {
    return new Span(span.start() + by, span.end() + by);
  }

  /** Paragraphs, quotes and the number of sentences of some blocks. */
  private record Built(List<Paragraph> paragraphs, List<Quote> quotes, int sentences) {}

  /**
   * Blocks {@code [from, to)} as the paragraphs of an article whose text is {@code text}, which
   * stands at {@code begin} in the whole text (the blocks' spans are the whole's). When {@code whole}
   * is not null, each paragraph is also added to it untagged, in the whole's offsets, its sentences
   * numbered from {@code firstSentence}.
   */
  private Built build(String text, List<Layout.Block> blocks, int from, int to, int begin, int firstSentence,
      ArticleTagger tagger, List<Paragraph> whole) {
    // Sentences per block, as raw tokens first, so that the whole part is tagged in one pass.
    List<List<List<RawToken>>> blockSentences = new ArrayList<>();
    List<List<RawToken>> allSentences = new ArrayList<>();
    for (int b = from; b < to; b++) {
      Layout.Block block = blocks.get(b);
      List<List<RawToken>> sentences = new ArrayList<>();
      if (block.role() == Role.BODY || block.lead()) {
        List<RawToken> tokens = tokenizer.tokenize(text, block.span().start() - begin, block.span().end() - begin);
        for (int[] range : splitter.split(text, tokens)) {
          sentences.add(tokens.subList(range[0], range[1]));
        }
      }
      blockSentences.add(sentences);
      allSentences.addAll(sentences);
    }
    List<List<Token>> tagged = tagger != null ? tagger.tag(text, allSentences) : null;

    List<Paragraph> paragraphs = new ArrayList<>();
    List<Quote> quoteList = new ArrayList<>();
    int sentenceIndex = 0;
    for (int b = from; b < to; b++) {
      Layout.Block block = blocks.get(b);
      Span blockSpan = shift(block.span(), -begin);
      List<Sentence> sentences = new ArrayList<>();
      List<Sentence> untagged = whole == null ? null : new ArrayList<>();
      for (List<RawToken> raw : blockSentences.get(b - from)) {
        Span span = new Span(raw.get(0).start(), raw.get(raw.size() - 1).end());
        List<Token> tokens = tagged == null ? List.of() : tagged.get(sentenceIndex);
        Sentence sentence = new Sentence(sentenceIndex, b - from, span.of(text), span, tokens);
        // Analysed when a consumer first reads the analysis: summarize and gloss never do, and pay nothing.
        sentences.add(tagged == null ? sentence : Sentence.analysedOnDemand(sentence, DefaultDutchAnalyzer.shared()));
        if (untagged != null) {
          untagged.add(new Sentence(firstSentence + sentenceIndex, b, sentence.text(), shift(span, begin), List.of()));
        }
        sentenceIndex++;
      }
      paragraphs.add(new Paragraph(b - from, block.role(), blockSpan.of(text), blockSpan, sentences));
      if (whole != null) {
        whole.add(new Paragraph(b, block.role(), paragraphs.get(paragraphs.size() - 1).text(), block.span(), untagged));
      }
      if (block.role() == Role.BODY) {
        quoteList.addAll(quotes.find(text, blockSpan, sentences));
      }
    }
    return new Built(paragraphs, quoteList, sentenceIndex);
  }

  private static List<String> warnings(String sample, LanguageGuess language, int sentences) {
    List<String> warnings = new ArrayList<>();
    // A line or two has too few function words to tell any language ("Hij word morgen veertig
    // jaar."): that is no reason to warn. A known other language is, however short.
    boolean tooShortToTell = language.code().equals("und") && words(sample, MIN_WORDS_TO_TELL) < MIN_WORDS_TO_TELL;
    if (!language.isDutch() && !tooShortToTell) {
      warnings.add(String.format(Locale.ROOT, "the text does not look Dutch (it looks like %s); processed anyway",
          LANGUAGE_NAMES.getOrDefault(language.code(), language.code())));
    }
    if (sentences == 0) {
      warnings.add("no sentences found in the body");
    }
    return warnings;
  }

  private static Metadata metadata(Layout.Result result, ExtractedText extracted) {
    String published = result.published() != null ? result.published() : toMinute(extracted.published());
    String date = result.date() != null ? result.date()
        : published != null && published.length() >= 10 ? published.substring(0, 10) : null;
    return new Metadata(result.title(), date, published,
        result.source() != null ? result.source() : extracted.source(), extracted.author(), extracted.url(),
        extracted.contentType(), extracted.charset());
  }

  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm", Locale.ROOT);
  private static final DateTimeFormatter MINUTES_WITH_OFFSET =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mmxxx", Locale.ROOT);

  /**
   * ISO-8601 date-time to the minute, as the sender's clock showed it, with the sender's UTC offset
   * when the source states one ({@code 2018-03-27T15:38:00+02:00} → {@code 2018-03-27T15:38+02:00};
   * {@code Z} as {@code +00:00}), so a reader can tell when that was elsewhere; dates and shapes it
   * cannot read pass unchanged.
   */
  static String toMinute(String iso) {
    if (iso == null || iso.length() <= 10) {
      return iso;
    }
    try {
      TemporalAccessor t = DateTimeFormatter.ISO_DATE_TIME.parse(iso);
      return t.isSupported(java.time.temporal.ChronoField.OFFSET_SECONDS)
          ? java.time.OffsetDateTime.from(t).format(MINUTES_WITH_OFFSET)
          : LocalDateTime.from(t).format(MINUTES);
    } catch (DateTimeException e) {
      return iso;
    }
  }

  /** Fewer running words than this and no language found: the text is too short to tell. */
  private static final int MIN_WORDS_TO_TELL = 25;

  /** The whitespace-separated words of {@code text}, counted up to {@code max}. */
  private static int words(String text, int max) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length() && count < max; i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        count++;
      }
      inWord = !space;
    }
    return count;
  }

  private static String sample(String text, List<Layout.Block> blocks) {
    StringBuilder sb = new StringBuilder();
    for (Layout.Block b : blocks) {
      if (b.role() == Role.BODY || b.role() == Role.HEADLINE || b.role() == Role.HEADING) {
        sb.append(text, b.span().start(), b.span().end()).append('\n');
        if (sb.length() > LANGUAGE_SAMPLE_CHARS) {
          break;
        }
      }
    }
    return sb.length() > 0 ? sb.toString() : text;
  }

  private DutchLexicon lexicon() {
    DutchLexicon l = lexicon;
    if (l == null) {
      synchronized (this) {
        l = lexicon;
        if (l == null) {
          l = SharedLanguage.lexicon();
          lexicon = l;
        }
      }
    }
    return l;
  }
}
