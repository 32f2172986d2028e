package io.nlbrief.parser.internal;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.nlbrief.parser.Paragraph.Role;
import io.nlbrief.parser.ParseException;
import io.nlbrief.parser.ParseException.Reason;
import io.nlbrief.parser.Span;
import io.nlbrief.parser.internal.WordTokenizer.RawToken;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Fuzz targets of the stages that read a plain-text article, one stage each, in the order the
 * parser runs them: the decoder of the file's bytes, the layout reader (blocks, headline, dates,
 * source), the tokenizer and the sentence splitter. They need none of the tagger's models, so a
 * run spends its time on these stages: CI fuzzes each of them with coverage feedback for a fixed
 * number of runs from a fixed seed ({@code FuzzIT}, README "Fuzzing"); as unit tests they run
 * over the committed inputs in {@code ReadingFuzzTestInputs/} (shared by all four) and
 * {@code ReadingFuzzTestInputs/METHOD/}. Each target states what the stage promises on any input.
 */
class ReadingFuzzTest {
  private static final Abbreviations ABBREVIATIONS = Abbreviations.load();
  private static final WordTokenizer TOKENIZER = new WordTokenizer(ABBREVIATIONS);
  private static final SentenceSplitter SPLITTER = new SentenceSplitter(ABBREVIATIONS);
  private static final Layout LAYOUT = new Layout();
  private static final Set<String> CHARSETS =
      Set.of("UTF-8", "UTF-16LE", "UTF-16BE", "ISO-8859-1", "windows-1252");

  /**
   * Any bytes either decode to a text that is not blank or are refused as having no text or (only
   * under a byte-order mark, which makes the encoding strict) bad bytes; the text is the file's
   * characters exactly: strict decodings give the bytes back when encoded again, a single-byte
   * encoding gives one character per byte, UTF-16 found without a mark at most one per two bytes.
   */
  @FuzzTest(maxDuration = "30s")
  void decode(byte[] input) {
    ExtractedText extracted;
    ByteOrderMark bom = ByteOrderMark.of(input);
    try {
      extracted = new PlainTextDecoder(null).extract(input, "fuzz");
    } catch (ParseException refused) {
      assertTrue(refused.reason() == Reason.NO_TEXT || refused.reason() == Reason.BAD_ENCODING && bom != null,
          () -> "refused as " + refused.reason());
      return;
    }
    String text = extracted.text();
    assertEquals("text/plain", extracted.contentType());
    assertTrue(CHARSETS.contains(extracted.charset()), extracted.charset());
    assertTrue(text.chars().anyMatch(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)
        && !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT), "a blank text accepted");
    Charset charset = Charset.forName(extracted.charset());
    byte[] body = bom == null ? input : Arrays.copyOfRange(input, bom.length(), input.length);
    if (bom != null) {
      assertEquals(bom.charset(), charset, "the mark decides the encoding");
      assertArrayEquals(body, text.getBytes(charset), "strict decoding under a mark loses nothing");
    } else if (charset.equals(UTF_8)) {
      assertArrayEquals(body, text.getBytes(UTF_8), "valid UTF-8 is read as it is");
    } else if (charset.equals(UTF_16LE) || charset.equals(UTF_16BE)) {
      // Decoded leniently: a broken surrogate pair or an odd last byte becomes U+FFFD, never more.
      assertTrue(text.length() <= (body.length + 1) / 2, "at most one character per two bytes");
    } else {
      assertEquals(body.length, text.length(), "one character per byte");
      assertTrue(Charsets.decodesCleanly(body, UTF_8) == null, "valid UTF-8 read as " + charset);
      if (charset.equals(ISO_8859_1)) {
        assertEquals(new String(body, ISO_8859_1), text);
      }
    }
  }

  /**
   * The layout of any text: blocks that are spans of the text in order, apart, never empty and
   * trimmed; a title that is not blank; dates that are real dates (a dateline of 31 februari is
   * no date). Read as plain prose, every character that is not blank lies in a body block: no text
   * is dropped.
   */
  @FuzzTest(maxDuration = "30s")
  void readLayout(byte[] input) {
    String text = new String(input, UTF_8);
    Layout.Result plain = LAYOUT.readPlain(text);
    assertBlocks(text, plain.blocks());
    boolean[] covered = new boolean[text.length()];
    for (Layout.Block block : plain.blocks()) {
      assertEquals(Role.BODY, block.role());
      Arrays.fill(covered, block.span().start(), block.span().end(), true);
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int at = i;
      assertTrue(covered[i] || Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF',
          () -> "character " + Integer.toHexString(c) + " at " + at + " left out of every block");
    }

    Layout.Result article = LAYOUT.read(text, null);
    assertBlocks(text, article.blocks());
    assertTrue(article.title() == null || !article.title().isBlank(), "blank title");
    if (article.date() != null) {
      String date = article.date();
      if (date.length() == 7) {
        YearMonth.parse(date);
      } else {
        LocalDate.parse(date);
      }
    }
    if (article.published() != null) {
      if (article.published().length() == 10) {
        LocalDate.parse(article.published());
      } else {
        LocalDateTime.parse(article.published());
      }
    }
    assertTrue(article.source() == null || !article.source().isBlank(), "blank source");
  }

  /**
   * Tokens of any text: in order, apart, never empty, inside the range asked for, with nothing but
   * blanks and control characters between them; and a paragraph gets the same tokens whether it
   * stands alone or between blank lines in a longer text, as the parser tokenizes it.
   */
  @FuzzTest(maxDuration = "30s")
  void tokenize(byte[] input) {
    String text = new String(input, UTF_8);
    List<RawToken> tokens = TOKENIZER.tokenize(text, 0, text.length());
    assertTokens(text, 0, text.length(), tokens);

    String framed = "Vooraf.\n\n" + text + "\n\nAchteraf.";
    int from = "Vooraf.\n\n".length();
    List<RawToken> inFrame = TOKENIZER.tokenize(framed, from, from + text.length());
    assertTokens(framed, from, from + text.length(), inFrame);
    assertEquals(tokens.size(), inFrame.size(), "tokens alone and in a longer text");
    for (int i = 0; i < tokens.size(); i++) {
      RawToken t = tokens.get(i);
      assertEquals(new RawToken(t.start() + from, t.end() + from, t.kind()), inFrame.get(i));
    }
  }

  /**
   * Sentences of any paragraph: consecutive ranges of its tokens that cover every token once, in
   * order, none empty; no text at all gives no sentence.
   */
  @FuzzTest(maxDuration = "30s")
  void splitSentences(byte[] input) {
    String text = new String(input, UTF_8);
    List<RawToken> tokens = TOKENIZER.tokenize(text, 0, text.length());
    List<int[]> sentences = SPLITTER.split(text, tokens);
    int next = 0;
    for (int[] range : sentences) {
      assertEquals(next, range[0], "sentences follow each other");
      assertTrue(range[1] > range[0], () -> "empty sentence at token " + range[0]);
      next = range[1];
    }
    assertEquals(tokens.size(), next, "every token in a sentence");
  }

  private static void assertBlocks(String text, List<Layout.Block> blocks) {
    int previous = 0;
    for (Layout.Block block : blocks) {
      assertNotNull(block.role());
      Span span = block.span();
      int after = previous;
      assertTrue(span.start() >= after && span.end() <= text.length() && span.length() > 0,
          () -> "block " + span + " after " + after + " in " + text.length());
      assertFalse(isBlank(text.charAt(span.start())) || isBlank(text.charAt(span.end() - 1)),
          () -> "block " + span + " not trimmed");
      previous = span.end();
    }
  }

  private static void assertTokens(String text, int from, int to, List<RawToken> tokens) {
    int previous = from;
    for (RawToken token : tokens) {
      int after = previous;
      assertTrue(token.start() >= after && token.end() <= to && token.start() < token.end(),
          () -> "token [" + token.start() + ", " + token.end() + ") after " + after + " up to " + to);
      assertNotNull(token.kind());
      String gap = text.substring(after, token.start());
      assertTrue(gap.codePoints().allMatch(ReadingFuzzTest::skippable),
          () -> "text between tokens left out before " + token.start() + ": " + escape(gap));
      previous = token.end();
    }
    String tail = text.substring(previous, to);
    assertTrue(tail.codePoints().allMatch(ReadingFuzzTest::skippable), () -> "text left out at the end: " + escape(tail));
  }

  private static boolean skippable(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT
        || Character.getType(c) == Character.CONTROL;
  }

  private static boolean isBlank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }

  private static String escape(String s) {
    StringBuilder out = new StringBuilder();
    s.codePoints().forEach(c -> out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : String.valueOf((char) c)));
    return out.toString();
  }
}
