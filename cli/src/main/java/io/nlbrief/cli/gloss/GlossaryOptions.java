package io.nlbrief.cli.gloss;

import io.nlbrief.cli.common.Environment;
import io.nlbrief.cli.common.Reporter;
import io.nlbrief.parser.ParseException;
import io.nlbrief.summarizer.gloss.Glossary;
import io.nlbrief.summarizer.gloss.GlossaryProblem;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --glossary FILE}: the user's glossaries over the default one, shared by every command that
 * glosses. {@code glossary.tsv} in the config folder comes first, then each {@code --glossary} in
 * order; a later file wins over an earlier one, and every user entry over the default one.
 */
public final class GlossaryOptions {
  /** The user glossary in the config folder, which {@code glossary import} writes. */
  public static final String USER_GLOSSARY = "glossary.tsv";

  @Option(
      names = "--glossary",
      paramLabel = "FILE",
      description = "A glossary of your own (TSV or CSV: dutch, english, part of speech, note) over the default "
          + "one and over glossary.tsv in the config folder. Repeatable; a later file wins.")
  private List<Path> files = new ArrayList<>();

  /** The files to load over the default glossary, in order. */
  public List<Path> userFiles(Environment environment) {
    List<Path> all = new ArrayList<>();
    Path own = environment.configDir().resolve(USER_GLOSSARY);
    if (Files.isRegularFile(own)) {
      all.add(own);
    }
    all.addAll(files);
    return all;
  }

  /**
   * The glossary: default plus user files. A malformed line is one warning on stderr
   * ({@code nlbrief: FILE:LINE: warning: ...}) and is skipped; a byte that is not UTF-8 is no
   * such line but a file that is not what it should be, so it is an error naming the file and line.
   *
   * @throws ParseException when a user file cannot be read at all, or holds bytes that are not UTF-8
   */
  public Glossary load(Environment environment, Reporter reporter) throws ParseException {
    List<Path> user = userFiles(environment);
    GlossaryProblem[] badBytes = new GlossaryProblem[1];
    Glossary glossary;
    try {
      glossary = Glossary.load(user, p -> {
        if (p.badBytes()) {
          badBytes[0] = badBytes[0] == null ? p : badBytes[0];
        } else {
          reporter.warn(p.line() > 0 ? p.file() + ":" + p.line() : p.file(), p.message());
        }
      });
    } catch (UncheckedIOException e) {
      throw unreadable(user, e);
    }
    if (badBytes[0] != null) {
      throw new ParseException(badBytes[0].file() + ":" + badBytes[0].line(), ParseException.Reason.BAD_ENCODING, "UTF-8");
    }
    return glossary;
  }

  static ParseException unreadable(List<Path> user, UncheckedIOException e) {
    String file = e.getCause() instanceof java.nio.file.FileSystemException fs && fs.getFile() != null
        ? fs.getFile() : String.valueOf(user);
    ParseException.Reason reason = e.getCause() instanceof NoSuchFileException ? ParseException.Reason.NOT_FOUND
        : ParseException.Reason.UNREADABLE;
    String why = e.getCause() instanceof AccessDeniedException ? "permission denied"
        : e.getCause() instanceof NoSuchFileException ? null : e.getCause().getMessage();
    return new ParseException(file, reason, why, e.getCause());
  }
}
