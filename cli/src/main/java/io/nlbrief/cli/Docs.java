package io.nlbrief.cli;

import io.nlbrief.cli.common.Environment;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Build step, not a command: writes the bash (and zsh) completion script and the man pages'
 * AsciiDoc from the same command tree the jar runs, so they never drift from the options. Maven
 * runs it at {@code package}; Asciidoctor turns the AsciiDoc into man pages. picocli-codegen is a
 * build-time dependency only, so this class cannot run from the shaded jar.
 *
 * <p>picocli writes descriptions into the AsciiDoc as they are, so Asciidoctor would read the
 * asterisks of a glob ({@code news/**}{@code /*.html}) as bold; each page is therefore finished
 * here: globs outside literal blocks passed through as written, and the sections a man page has
 * that picocli does not write (GLOBS where a command takes one, ENVIRONMENT, FILES).
 *
 * <p>Arguments: the folder for the completion script, the folder for the AsciiDoc.
 */
public final class Docs {
  private Docs() {}

  public static void main(String[] args) throws IOException {
    Path completion = Files.createDirectories(Path.of(args[0]));
    Path adoc = Files.createDirectories(Path.of(args[1]));
    // An environment without a home config folder, so no developer's config.properties leaks
    // its defaults into the documentation.
    Environment environment = new Environment(System.in, System.out, System.err,
        Map.of("NLBRIEF_CONFIG_DIR", adoc.resolve("no-config").toString()), adoc);
    StringWriter ignored = new StringWriter();
    CommandLine commandLine = new Main(environment).commandLine(new PrintWriter(ignored), new PrintWriter(ignored));
    Files.writeString(completion.resolve("nlbrief_completion.bash"), AutoComplete.bash("nlbrief", commandLine), StandardCharsets.UTF_8);
    int status = ManPageGenerator.generateManPage(adoc.toFile(), (File) null, new boolean[0], true, commandLine.getCommandSpec());
    if (status != 0) {
      throw new IOException("man page generation failed with status " + status);
    }
    finish(commandLine.getCommandSpec(), adoc);
  }

  /** Each command's page, made a man page (see the class comment). */
  static void finish(CommandSpec spec, Path adoc) throws IOException {
    Path page = adoc.resolve(spec.qualifiedName("-") + ".adoc");
    if (Files.isRegularFile(page)) {
      Files.writeString(page, finishPage(Files.readString(page, StandardCharsets.UTF_8), takesGlobs(spec)),
          StandardCharsets.UTF_8);
    }
    for (CommandLine sub : spec.subcommands().values()) {
      if (sub.getCommandSpec().parent() == spec) {
        finish(sub.getCommandSpec(), adoc);
      }
    }
  }

  private static boolean takesGlobs(CommandSpec spec) {
    return spec.options().stream().anyMatch(o -> "GLOB".equals(o.paramLabel()));
  }

  private static final String FOOTER = "// tag::picocli-generated-man-section-footer[]";
  private static final String END = "// end::picocli-generated-full-manpage[]";

  static String finishPage(String page, boolean globs) {
    String sections = (globs ? GLOBS : "") + ENVIRONMENT + FILES;
    String escaped = passGlobsThrough(page);
    int at = escaped.indexOf(FOOTER);
    if (at < 0) {
      at = escaped.indexOf(END);
    }
    if (at < 0) {
      return escaped + "\n" + passGlobsThrough(sections);
    }
    return escaped.substring(0, at) + passGlobsThrough(sections) + "\n" + escaped.substring(at);
  }

  // A glob: a word with an asterisk beside a dot, a slash, a quote or another asterisk. picocli's
  // own bold (*--include*, [*-hV*]) never has one of those beside its asterisks.
  private static final Pattern GLOB = Pattern.compile("(?<![^\\s(])([^\\s+]*(?:\\*[./'*]|[./'*]\\*)[^\\s+]*)");

  /**
   * Globs wrapped in AsciiDoc's passthrough ({@code +*.txt+}) so that they reach the page as
   * written, except in literal paragraphs (an indented paragraph: picocli's examples), which
   * Asciidoctor already shows as they are and where a {@code +} would be printed.
   */
  static String passGlobsThrough(String adoc) {
    List<String> out = new ArrayList<>();
    boolean literal = false;
    boolean paragraphStart = true;
    String previous = "";
    for (String line : adoc.split("\n", -1)) {
      if (line.isBlank()) {
        literal = false;
        paragraphStart = true;
      } else if (line.startsWith("[") && line.endsWith("]") || line.startsWith("//")) {
        // an attribute line or a comment: the paragraph has not started yet
      } else {
        if (paragraphStart && Character.isWhitespace(line.charAt(0)) && !previous.endsWith("::")) {
          literal = true;
        }
        paragraphStart = false;
        if (!literal) {
          Matcher m = GLOB.matcher(line);
          line = m.replaceAll(r -> Matcher.quoteReplacement("+" + r.group(1) + "+"));
        }
      }
      if (!line.isBlank()) {
        previous = line;
      }
      out.add(line);
    }
    return String.join("\n", out);
  }

  private static final String GLOBS = """
      == Globs

      *--include* and *--exclude* take a glob, in the syntax of Java's file-system globs: * matches any \
      characters within one name, ** any characters across folders, ? one character, [abc] one of those \
      characters, {txt,md} one of those words. A glob without / is matched against the file name (*.txt), \
      one with / against the path as listed on the command line or found in a folder (news/**/*.html). \
      Quote a glob ('*.txt') so that the shell passes it on instead of expanding it.

      """;

  private static final String ENVIRONMENT = """
      == Environment

      *NLBRIEF_CONFIG_DIR*::
        The config folder (see FILES).
      *XDG_CONFIG_HOME*::
        Without NLBRIEF_CONFIG_DIR, the config folder is $XDG_CONFIG_HOME/nlbrief when this is an absolute \
      path, else ~/.config/nlbrief.
      *NO_COLOR*::
        When set, to any value, text output has no colour or bold (https://no-color.org).
      *COLUMNS*::
        The width text output is wrapped to; else the terminal's, else 80.
      *NLBRIEF_JAVA_OPTS*::
        Extra JVM options for the nlbrief launcher, after its own so that they win (-Xmx4g).
      *NLBRIEF_NO_CDS*::
        1: the launcher runs without its class-data-sharing archive.
      *JAVA_HOME*::
        The Java the launcher runs; else java on the PATH.

      """;

  private static final String FILES = """
      == Files

      The config folder, $NLBRIEF_CONFIG_DIR, else $XDG_CONFIG_HOME/nlbrief, else ~/.config/nlbrief, may hold:

      *config.properties*::
        Defaults for options, one a line: COMMAND.OPTION=VALUE for one command (parse.format=json, \
      brief.no-check=true) or OPTION=VALUE for every command that has the option; the command line wins. \
      A bad value names the file, its line and the key (exit 2).
      *glossary.tsv*::
        Your glossary entries, over the shipped glossary: dutch, english, pos, note, definition, subject, \
      tab-separated, # lines comments. glossary import adds to it.
      *words.txt*::
        Words the proofreading accepts, one a line, UTF-8; a line whose first character is # is a comment.

      """;
}
