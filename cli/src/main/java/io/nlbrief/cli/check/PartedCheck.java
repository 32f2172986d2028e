package io.nlbrief.cli.check;

import io.nlbrief.checker.CheckResult;
import io.nlbrief.checker.Checker;
import io.nlbrief.cli.common.InParts;
import io.nlbrief.cli.common.Input;
import io.nlbrief.parser.Article;
import io.nlbrief.parser.ArticleParser;
import io.nlbrief.parser.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;

/**
 * Checks one input, a big one in parts. Why: the parsed article (every token with its tag, lemma
 * and readings) costs some 300 bytes a word, so the article of 5 million words did not fit in the
 * launcher's heap even before LanguageTool saw a word of it. An input of more than {@link
 * #PARTS_FROM_BYTES} bytes is parsed and checked a stretch of whole paragraphs at a time
 * ({@link ArticleParser#parseInParts}, about {@link #PART_CHARS} characters each), the findings
 * moved back into the whole text; only one part's tokens are held at once. A smaller input is
 * parsed and checked whole, as always.
 */
final class PartedCheck {
  /** Inputs larger than this are checked in parts (the same threshold as parse): 4 MB is some 600,000 words of news. */
  static final int PARTS_FROM_BYTES = InParts.FROM_BYTES;
  /** About 150,000 words of news: a part's tokens take some 50 MB. */
  static final int PART_CHARS = InParts.PART_CHARS;

  private final ArticleParser parser;
  private final Checker checker;
  private final int partsFromBytes;
  private final int partChars;

  PartedCheck(ArticleParser parser, Checker checker) {
    this(parser, checker, PARTS_FROM_BYTES, PART_CHARS);
  }

  /** With other sizes, for tests. */
  PartedCheck(ArticleParser parser, Checker checker, int partsFromBytes, int partChars) {
    this.parser = parser;
    this.checker = checker;
    this.partsFromBytes = partsFromBytes;
    this.partChars = partChars;
  }

  /** The article (without tokens when checked in parts) and its findings; {@code done} hears the fraction checked. */
  Checked check(Input in, String languageCode, DoubleConsumer done) throws ParseException {
    byte[] bytes = in.read(parser);
    if (bytes.length <= partsFromBytes) {
      Article article = parser.parse(bytes, in.name());
      CheckResult result = checker.checkResult(article, (at, total) -> done.accept(total == 0 ? 1 : (double) at / total));
      return new Checked(article, result, languageCode);
    }
    List<CheckResult> moved = new ArrayList<>();
    double size = bytes.length;
    Article whole = parser.parseInParts(bytes, in.name(), partChars, (part, offset) -> {
      // The progress is told in bytes of the input as an estimate of characters of the text.
      CheckResult result = checker.checkResult(part, (at, total) -> done.accept(Math.min(1, (offset + at) / size)));
      moved.add(CheckResult.moved(result, offset));
    });
    done.accept(1);
    return new Checked(whole, CheckResult.joined(whole, moved), languageCode);
  }
}
