package io.nlbrief.cli.pipeline;

import io.nlbrief.parser.ParseException;
import java.io.IOException;
import java.util.Map;

/**
 * Makes the brief of one document: what {@code brief --format json} prints for it, and optionally
 * its sheet in another format. The pipeline's only way to the briefing code, so that it moves to
 * the briefing library in one place. Thread-safe: one instance serves every thread of a worker
 * ({@link WorkerBriefers}); its checker keeps a LanguageTool pipeline per thread.
 */
interface Briefer {

  /** @throws ParseException when the document is refused (empty, corrupt, too large, ...) */
  Brief brief(Document document) throws ParseException, IOException;

  /**
   * One article's brief.
   *
   * @param json the record, one line of JSON ending in a newline, as {@code brief --format json -o DIR} writes it
   * @param sheet the sheet in the settings' sheet format, or {@code null}
   * @param words the article's words
   * @param findings proofreading findings by category, in the record's order
   */
  record Brief(byte[] json, byte[] sheet, long words, Map<String, Integer> findings) {}

  /** Builds the parser, summariser, glossary and (unless switched off) checker of {@code settings}. */
  static Briefer create(BriefSettings settings) throws ParseException {
    return new SheetBriefer(settings);
  }
}
