package io.nlbrief.cli.pipeline;

import io.nlbrief.checker.CheckOptions;
import io.nlbrief.checker.DutchVariant;
import io.nlbrief.parser.ParseOptions;
import io.nlbrief.summarizer.SummaryLength;
import io.nlbrief.summarizer.gloss.EnglishVariant;
import java.io.Serializable;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything a worker needs to make the brief of an article, as plain values: it travels to every
 * worker of a cluster inside the serialized job, where {@link Briefer#create} builds the parser,
 * summariser, glossary and checker from it.
 *
 * @param check whether to proofread ({@code --no-check} clears it)
 * @param variant the Dutch variant's tag ({@code nl-BE})
 * @param userWords the words of the user's {@code words.txt}, read once where the job is launched
 * @param glossaries the user glossary files, in order (each worker reads them: on a cluster they
 *     must be on a shared file system)
 * @param lengthKind {@code sentences}, {@code ratio} or {@code words}, with its {@code lengthValue}
 * @param maxBytes the largest input accepted
 * @param encoding the forced input encoding's name, or {@code null} to detect it
 * @param sheetFormat the format of the sheets written beside the records ({@code html}, {@code pdf},
 *     {@code md}, {@code text}), or {@code null} for records only
 * @param version nlbrief's version, in each record's footer
 * @param english the English variant of the rendering ({@code american}, {@code british})
 */
public record BriefSettings(
    boolean check,
    String variant,
    Set<String> userWords,
    List<String> glossaries,
    String lengthKind,
    double lengthValue,
    long maxBytes,
    String encoding,
    String sheetFormat,
    String version,
    String english) implements Serializable {
  private static final long serialVersionUID = 2L;

  public BriefSettings {
    // Sorted and copied: the settings are compared and serialized, and must not change underneath.
    userWords = Set.copyOf(new TreeSet<>(userWords));
    glossaries = List.copyOf(glossaries);
    EnglishVariant.of(english); // a name the workers will understand
  }

  /** The settings with the default English (American). */
  public BriefSettings(boolean check, String variant, Set<String> userWords, List<String> glossaries, String lengthKind,
      double lengthValue, long maxBytes, String encoding, String sheetFormat, String version) {
    this(check, variant, userWords, glossaries, lengthKind, lengthValue, maxBytes, encoding, sheetFormat, version,
        EnglishVariant.DEFAULT.toString());
  }

  EnglishVariant englishVariant() {
    return EnglishVariant.of(english);
  }

  ParseOptions parseOptions() {
    return new ParseOptions(true, maxBytes, encoding == null ? null : Charset.forName(encoding));
  }

  CheckOptions checkOptions() {
    return CheckOptions.defaults().withUserWords(userWords).withVariant(DutchVariant.parse(variant));
  }

  SummaryLength length() {
    return switch (lengthKind) {
      case "ratio" -> SummaryLength.ratio(lengthValue);
      case "words" -> SummaryLength.words((int) lengthValue);
      default -> SummaryLength.sentences((int) lengthValue);
    };
  }
}
