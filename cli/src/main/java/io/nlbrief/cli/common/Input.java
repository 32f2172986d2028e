package io.nlbrief.cli.common;

import io.nlbrief.parser.Article;
import io.nlbrief.parser.ArticleParser;
import io.nlbrief.parser.ParseException;
import java.io.InputStream;
import java.nio.file.Path;

/** One article to read: a file, standard input, or an entry that already failed to be listed. */
public sealed interface Input {
  /** How messages and {@code Article.file()} call it: the path as the user typed it, or {@code -}. */
  String name();

  Article parse(ArticleParser parser) throws ParseException;

  /** Its bytes, up to the parser's size limit, for a command that needs them as well (a checksum). */
  byte[] read(ArticleParser parser) throws ParseException;

  record File(Path path, String name) implements Input {
    @Override
    public Article parse(ArticleParser parser) throws ParseException {
      return parser.parse(path, name);
    }

    @Override
    public byte[] read(ArticleParser parser) throws ParseException {
      return parser.read(path, name);
    }
  }

  /** Read to its end, not closed: the stream belongs to the process. */
  record Stdin(InputStream in) implements Input {
    public static final String NAME = "-";

    @Override
    public String name() {
      return NAME;
    }

    @Override
    public Article parse(ArticleParser parser) throws ParseException {
      return parser.parse(in, NAME);
    }

    @Override
    public byte[] read(ArticleParser parser) throws ParseException {
      return parser.read(in, NAME);
    }
  }

  /** A path that could not even be listed, such as an unreadable folder: fails in its turn. */
  record Unavailable(String name, ParseException failure) implements Input {
    @Override
    public Article parse(ArticleParser parser) throws ParseException {
      throw failure;
    }

    @Override
    public byte[] read(ArticleParser parser) throws ParseException {
      throw failure;
    }
  }
}
