package io.nlbrief.cli;

import io.nlbrief.cli.common.Environment;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Build step, not a command: writes the bash (and zsh) completion script and the man pages'
 * AsciiDoc from the same command tree the jar runs, so they never drift from the options. Maven
 * runs it at {@code package}; Asciidoctor turns the AsciiDoc into man pages. picocli-codegen is a
 * build-time dependency only, so this class cannot run from the shaded jar.
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
  }
}
