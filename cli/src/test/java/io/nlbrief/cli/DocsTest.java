package io.nlbrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The man pages' AsciiDoc, as {@code Docs} writes it at {@code package}. */
class DocsTest {
  @Test
  void everyPageHasEnvironmentAndFilesAndGlobsSurviveAsciidoc(@TempDir Path dir) throws Exception {
    Path adoc = dir.resolve("adoc");
    Docs.main(new String[] {dir.resolve("completion").toString(), adoc.toString()});
    for (String name : new String[] {"nlbrief", "nlbrief-brief", "nlbrief-check", "nlbrief-glossary-import"}) {
      String page = Files.readString(adoc.resolve(name + ".adoc"));
      int environment = page.indexOf("== Environment");
      int files = page.indexOf("== Files");
      assertTrue(environment > page.indexOf("== Options") && files > environment, name);
      for (String variable : new String[] {"*NLBRIEF_CONFIG_DIR*::", "*XDG_CONFIG_HOME*::", "*NO_COLOR*::", "*COLUMNS*::",
          "*NLBRIEF_JAVA_OPTS*::"}) {
        assertTrue(page.substring(environment, files).contains(variable), name + ": " + variable);
      }
      for (String file : new String[] {"*config.properties*::", "*glossary.tsv*::", "*words.txt*::"}) {
        assertTrue(page.substring(files).contains(file), name + ": " + file);
      }
      // before the examples, as man pages order them
      assertTrue(page.indexOf("Examples:") < 0 || page.indexOf("Examples:") > files, name);
    }
    String brief = Files.readString(adoc.resolve("nlbrief-brief.adoc"));
    // the option's description: outside a literal block, so passed through or Asciidoctor eats the stars
    assertTrue(brief.contains("such as +*.txt+ or +news/**/*.html.+ May be repeated."), brief);
    assertTrue(brief.contains("== Globs"), "brief takes --include GLOB");
    // the example is a literal paragraph: as written, no plus signs
    assertTrue(brief.contains("  nlbrief brief --format pdf --no-check --include '*.txt' news/ -o sheets/"), brief);
    assertFalse(Files.readString(adoc.resolve("nlbrief-check.adoc")).contains("== Globs"), "check takes no glob");
  }

  @Test
  void globsArePassedThroughOnlyOutsideLiteralParagraphsAndPicocliBoldIsLeftAlone() {
    String in = String.join("\n",
        "*--include*=_GLOB_::",
        "  Only files such as *.txt or news/**/*.html, [*-hV*].",
        "",
        "[%hardbreaks]",
        "  nlbrief brief --include '*.txt' news/",
        "  and 'news/**/*.html' too",
        "",
        "Archives (*.jsonl, *.ndjson: one a line).");
    String out = String.join("\n",
        "*--include*=_GLOB_::",
        "  Only files such as +*.txt+ or +news/**/*.html,+ [*-hV*].",
        "",
        "[%hardbreaks]",
        "  nlbrief brief --include '*.txt' news/",
        "  and 'news/**/*.html' too",
        "",
        "Archives +(*.jsonl,+ +*.ndjson:+ one a line).");
    assertEquals(out, Docs.passGlobsThrough(in));
  }
}
