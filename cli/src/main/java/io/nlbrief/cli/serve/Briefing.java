package io.nlbrief.cli.serve;

import io.nlbrief.parser.Article;
import io.nlbrief.summarizer.gloss.EnglishVariant;
import java.io.IOException;

/**
 * What the server needs from the briefing: the sheet of an article in one of {@code brief}'s
 * formats. One interface, so that the briefing library (issue 12) replaces the command's sheet
 * building in one place.
 */
interface Briefing {
  /**
   * @param format {@code json}, {@code html}, {@code md}, {@code pdf} or {@code text}
   * @param proofread whether the sheet lists proofreading findings
   * @param english the English of the sheet's renderings, terms and names
   */
  byte[] sheet(Article article, String format, boolean proofread, EnglishVariant english) throws IOException;

  /** The HTTP content type of a format. */
  static String contentType(String format) {
    return switch (format) {
      case "json" -> "application/json; charset=utf-8";
      case "html" -> "text/html; charset=utf-8";
      case "md" -> "text/markdown; charset=utf-8";
      case "pdf" -> "application/pdf";
      default -> "text/plain; charset=utf-8";
    };
  }
}
