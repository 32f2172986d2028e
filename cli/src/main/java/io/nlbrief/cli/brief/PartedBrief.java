package io.nlbrief.cli.brief;

import io.nlbrief.cli.briefing.BriefGathering;
import io.nlbrief.cli.briefing.Briefer;
import io.nlbrief.cli.briefing.Briefing;
import io.nlbrief.cli.common.InParts;
import io.nlbrief.parser.Article;
import io.nlbrief.parser.ArticleParser;
import io.nlbrief.parser.ParseException;
import java.util.function.DoubleConsumer;

/**
 * Briefs one input, a big one in parts. Why: the parsed article costs some 300 bytes a word, so
 * the brief of 5 million words did not fit in the launcher's heap. An input of more than {@link
 * InParts#FROM_BYTES} bytes is parsed a stretch of whole paragraphs at a time ({@link
 * ArticleParser#parseInParts}, about {@link InParts#PART_CHARS} characters each, as {@code check}
 * and {@code parse} do), each part given to the briefer's {@link BriefGathering} and proofread
 * there; only one part's tokens are held at once. A smaller input is parsed and briefed whole, as
 * always; both give the same briefing.
 */
final class PartedBrief {
  private final ArticleParser parser;
  private final Briefer briefer;
  private final int partsFromBytes;
  private final int partChars;

  PartedBrief(ArticleParser parser, Briefer briefer) {
    this(parser, briefer, InParts.FROM_BYTES, InParts.PART_CHARS);
  }

  /** With other sizes, for tests. */
  PartedBrief(ArticleParser parser, Briefer briefer, int partsFromBytes, int partChars) {
    this.parser = parser;
    this.briefer = briefer;
    this.partsFromBytes = partsFromBytes;
    this.partChars = partChars;
  }

  /**
   * The briefing of the input's {@code bytes}; its article is without tokens when it was briefed in
   * parts. {@code done} hears the fraction done: of proofreading, and of the parts.
   */
  Briefing brief(byte[] bytes, String name, DoubleConsumer done) throws ParseException {
    if (bytes.length <= partsFromBytes) {
      Article article = parser.parse(bytes, name);
      return briefer.brief(article, (checked, total) -> done.accept(total == 0 ? 1 : (double) checked / total));
    }
    BriefGathering gathering = briefer.gather();
    double size = bytes.length;
    Article whole = parser.parseInParts(bytes, name, partChars, (part, offset) -> {
      // Characters of the text told against bytes of the input: an estimate, as check's.
      gathering.part(part, offset, (at, total) -> done.accept(Math.min(1, (offset + at) / size)));
      done.accept(Math.min(1, (offset + part.text().length()) / size));
    });
    Briefing briefing = gathering.briefing(whole, parts -> parser.parseInParts(bytes, name, partChars, parts));
    done.accept(1);
    return briefing;
  }
}
