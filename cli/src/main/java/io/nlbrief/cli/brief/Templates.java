package io.nlbrief.cli.brief;

import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The Mustache templates of the sheet and the index page, compiled once per format instance. */
final class Templates {
  private Templates() {}

  /** HTML-escaping compiler: every value lands as text, never as markup. */
  static Template html(String name) {
    return compile(Mustache.compiler().withEscaper(Escapers.HTML), name);
  }

  /**
   * Markdown: characters that would start emphasis, code, a table cell or HTML are escaped with a
   * backslash (CommonMark's backslash escapes), so a Dutch text never turns into markup.
   */
  static Template markdown(String name) {
    return compile(Mustache.compiler().withEscaper(Escapers.simple(new String[][] {
      {"\\", "\\\\"}, {"*", "\\*"}, {"_", "\\_"}, {"`", "\\`"}, {"|", "\\|"}, {"[", "\\["}, {"]", "\\]"},
      {"<", "&lt;"}, {">", "&gt;"}, {"#", "\\#"}
    })), name);
  }

  private static Template compile(Mustache.Compiler compiler, String name) {
    try (InputStream in = Templates.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("template " + name + " is missing from the jar");
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        // Missing values are bugs and must fail; nulls and zeros are "not there" and hide sections.
        return compiler.nullValue("").emptyStringIsFalse(true).zeroIsFalse(true).compile(reader);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
