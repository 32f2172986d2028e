package io.nlbrief.cli.brief;

import io.nlbrief.parser.testing.JarRunner;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.nlbrief.cli.Seeds;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML sheet of each seed as a browser shows and prints it: headless Chromium takes a
 * screenshot (kept in target/brief-screenshots as a build artefact) and prints the page to PDF,
 * which must be exactly one A4 page. Outside CI a machine without Chromium skips this with a
 * message; in CI (.ci/run installs Debian's chromium) a missing browser is a failure.
 */
@EnabledIfSystemProperty(named = "nlbrief.jar", matches = ".+")
class BriefChromiumIT {
  @TempDir
  Path work;

  @Test
  void seedSheetsPrintOnOneA4PageInChromium() throws Exception {
    String chromium = chromium();
    boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
    if (chromium == null) {
      assertTrue(!ci, "CI must have chromium: .ci/run installs Debian's chromium package");
      System.err.println("BriefChromiumIT skipped: no chromium on PATH (apt-get install chromium to run it)");
      assumeTrue(false, "no chromium on PATH");
    }
    Path artefacts = Files.createDirectories(Path.of(System.getProperty("nlbrief.screenshots", "target/brief-screenshots")));
    JarRunner jar = new JarRunner(work);
    for (String seed : List.of(Seeds.NATO, Seeds.MINISTERS)) {
      String name = seed.replace(".txt", "");
      Path html = work.resolve(name + ".html");
      JarRunner.Run run = jar.run("brief", "--format", "html", Seeds.seed(seed).toString(), "-o", html.toString());
      assertEquals(0, run.exitCode(), run.describe());

      Path png = artefacts.resolve(name + ".png");
      Files.deleteIfExists(png);
      // 794 × 1123 CSS pixels is A4 at 96 dpi.
      browser(chromium, "--window-size=794,1123", "--hide-scrollbars", "--screenshot=" + png, html.toUri().toString());
      assertTrue(Files.size(png) > 10_000, "screenshot of " + name);

      Path pdf = work.resolve(name + ".chromium.pdf");
      browser(chromium, "--no-pdf-header-footer", "--print-to-pdf=" + pdf, html.toUri().toString());
      try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
        assertEquals(1, doc.getNumberOfPages(), name + ": Chromium prints the sheet on " + doc.getNumberOfPages() + " pages");
        PDRectangle page = doc.getPage(0).getMediaBox();
        // A4 = 595.3 × 841.9 pt; Chromium rounds to whole points.
        assertEquals(595.3, page.getWidth(), 1.0);
        assertEquals(841.9, page.getHeight(), 1.0);
      }
    }
  }

  private void browser(String chromium, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--user-data-dir=" + work.resolve("profile")));
    command.addAll(List.of(args));
    Path log = work.resolve("chromium.log");
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    process.getOutputStream().close();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("chromium did not finish: " + command);
    }
    assertEquals(0, process.exitValue(), "chromium: " + Files.readString(log, StandardCharsets.UTF_8));
  }

  private static String chromium() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser")) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate)) {
          return candidate.toString();
        }
      }
    }
    return null;
  }
}
