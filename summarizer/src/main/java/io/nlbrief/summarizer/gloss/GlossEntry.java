package io.nlbrief.summarizer.gloss;

import java.util.List;
import java.util.Objects;

/**
 * One glossary entry: a Dutch lemma (or expression) with a part of speech and its English senses.
 *
 * @param dutch the Dutch lemma as LanguageTool's tagger gives it ({@code diplomaat}, {@code wegsturen}),
 *     or a multi-word expression with single spaces
 * @param english the English senses, the one a news reader needs first; never empty
 * @param pos the part of speech
 * @param note free text, possibly with keywords the engine understands ({@code uncountable},
 *     {@code plural}, {@code modal}, {@code aux}); empty when there is none
 * @param source where the entry comes from: {@code default} for the shipped glossary, else the
 *     user file's name
 * @param definition what the term means, as a term base or a translator's list gives it (TBX's
 *     {@code definition}); empty when there is none. The gloss does not use it: it is kept so that
 *     an import and a later export lose nothing
 * @param subject the subject field ({@code law}, {@code politics}; TBX's {@code subjectField});
 *     empty when there is none, kept for the same reason
 */
public record GlossEntry(String dutch, List<String> english, GlossPos pos, String note, String source,
    String definition, String subject) {
  /** An entry without a definition or subject field, as the shipped glossary's are. */
  public GlossEntry(String dutch, List<String> english, GlossPos pos, String note, String source) {
    this(dutch, english, pos, note, source, "", "");
  }

  public GlossEntry {
    Objects.requireNonNull(dutch);
    Objects.requireNonNull(pos);
    english = List.copyOf(english);
    if (english.isEmpty()) {
      throw new IllegalArgumentException("no English sense for " + dutch);
    }
    note = note == null ? "" : note;
    source = source == null ? "" : source;
    definition = definition == null ? "" : definition;
    subject = subject == null ? "" : subject;
  }

  private static boolean isSeparator(char c) {
    return Character.isWhitespace(c) || c == ',' || c == ';';
  }

  /** The first sense, the one the gloss line uses. */
  public String first() {
    return english.get(0);
  }

  /** Whether the note carries the keyword (a whole word of it). */
  public boolean hasNoteKeyword(String keyword) {
    int from = 0;
    int n = note.length();
    while (from < n) {
      int at = note.regionMatches(true, from, keyword, 0, keyword.length()) ? from : -1;
      int end = from + keyword.length();
      if (at >= 0 && (end == n || isSeparator(note.charAt(end)))) {
        return true;
      }
      while (from < n && !isSeparator(note.charAt(from))) {
        from++;
      }
      while (from < n && isSeparator(note.charAt(from))) {
        from++;
      }
    }
    return false;
  }
}
