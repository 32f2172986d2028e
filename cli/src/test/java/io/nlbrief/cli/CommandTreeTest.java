package io.nlbrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nlbrief.cli.testing.InProcess;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line as a whole: every command documented alike. */
class CommandTreeTest {
  @TempDir
  Path config;

  private List<CommandLine> all() {
    StringWriter sink = new StringWriter();
    CommandLine root = new Main(new io.nlbrief.cli.common.Environment(System.in, System.out, System.err,
        Map.of("NLBRIEF_CONFIG_DIR", config.toString()), config)).commandLine(new PrintWriter(sink), new PrintWriter(sink));
    List<CommandLine> found = new ArrayList<>();
    collect(root, found);
    return found;
  }

  private static void collect(CommandLine command, List<CommandLine> found) {
    if (!command.getCommandSpec().usageMessage().hidden()) {
      found.add(command);
    }
    command.getSubcommands().values().forEach(sub -> collect(sub, found));
  }

  @Test
  void theIssuesCommandsAreAllThere() {
    List<String> names = all().stream().map(c -> c.getCommandSpec().qualifiedName()).toList();
    for (String name : List.of("nlbrief parse", "nlbrief check", "nlbrief summarize", "nlbrief gloss", "nlbrief glossary",
        "nlbrief brief", "nlbrief eval")) {
      assertTrue(names.contains(name), name + " missing from " + names);
    }
  }

  @Test
  void everyCommandHasHelpWithExamples() {
    for (CommandLine command : all()) {
      String name = command.getCommandSpec().qualifiedName();
      String usage = command.getUsageMessage(CommandLine.Help.Ansi.OFF);
      assertTrue(usage.contains("Examples:"), name + " --help has no examples:\n" + usage);
      assertTrue(command.getCommandSpec().optionsMap().containsKey("--help")
          || command.getCommandSpec().root().optionsMap().containsKey("--help"), name + " has no --help");
    }
  }

  /** The README's one exit-code table: code → meaning. */
  private static Map<String, String> readmeExitCodes() throws java.io.IOException {
    String readme = java.nio.file.Files.readString(Seeds.folder().getParent().resolve("README.md"));
    String table = readme.substring(readme.indexOf("## Exit codes"), readme.indexOf("\n## ", readme.indexOf("## Exit codes") + 3));
    Map<String, String> codes = new java.util.TreeMap<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^\\| (\\d+) \\| (.*) \\|$").matcher(table);
    while (m.find()) {
      codes.put(m.group(1), m.group(2));
    }
    return codes;
  }

  @Test
  void helpListsOnlyTheExitCodesTheCommandCanGiveAllFromTheReadmeTable() throws Exception {
    Map<String, String> table = readmeExitCodes();
    assertEquals(List.of("0", "1", "2", "3", "4", "5", "70"), List.copyOf(table.keySet()));
    // What each command can return, read from its code: 1 only from check; 5 only where the batch
    // runner's --timeout is; 4 where an input can be refused (a document, a data file, a glossary)
    Map<String, List<String>> expected = new java.util.LinkedHashMap<>();
    expected.put("nlbrief", List.of("0", "1", "2", "3", "4", "5", "70"));
    expected.put("nlbrief parse", List.of("0", "2", "3", "4", "5", "70"));
    expected.put("nlbrief check", List.of("0", "1", "2", "3", "4", "5", "70"));
    expected.put("nlbrief summarize", List.of("0", "2", "3", "4", "5", "70"));
    expected.put("nlbrief gloss", List.of("0", "2", "3", "4", "5", "70"));
    expected.put("nlbrief brief", List.of("0", "2", "3", "4", "5", "70"));
    expected.put("nlbrief glossary", List.of("0", "2"));
    expected.put("nlbrief glossary lookup", List.of("0", "2", "3", "70"));
    expected.put("nlbrief glossary import", List.of("0", "2", "3", "4", "70"));
    expected.put("nlbrief glossary export", List.of("0", "2", "3", "70"));
    expected.put("nlbrief glossary stats", List.of("0", "2", "3", "4", "5", "70"));
    expected.put("nlbrief eval", List.of("0", "2"));
    expected.put("nlbrief eval summaries", List.of("0", "2", "3", "4", "70"));
    expected.put("nlbrief eval check", List.of("0", "2", "3", "4", "70"));
    expected.put("nlbrief eval gloss", List.of("0", "2", "3", "4", "70"));
    expected.put("nlbrief eval syntax", List.of("0", "2", "3", "4", "70"));
    // serve: 3 and 4 from its token file, word lists or glossary, before it listens; 143 is the JVM's
    // on SIGTERM, the one code outside the table
    expected.put("nlbrief serve", List.of("0", "2", "3", "4", "70", "143"));
    expected.put("nlbrief pipeline", List.of("0", "2", "3", "4", "70"));
    expected.put("nlbrief generate-completion", List.of("0", "2", "70"));
    Map<String, CommandLine> byName = new java.util.HashMap<>();
    all().forEach(c -> byName.put(c.getCommandSpec().qualifiedName(), c));
    for (Map.Entry<String, List<String>> e : expected.entrySet()) {
      CommandLine command = byName.get(e.getKey());
      Map<String, String> listed = command.getCommandSpec().usageMessage().exitCodeList();
      assertEquals(e.getValue(), List.copyOf(listed.keySet()), e.getKey());
      String usage = command.getUsageMessage(CommandLine.Help.Ansi.OFF);
      assertTrue(usage.contains("Exit codes:"), e.getKey() + ":\n" + usage);
    }
    // every command is held here, so a new one cannot slip in with a list of its own
    assertEquals(new java.util.TreeSet<>(expected.keySet()), new java.util.TreeSet<>(byName.keySet()));
    // every list uses only codes of the table (the server's SIGTERM aside)
    for (CommandLine command : all()) {
      for (String code : command.getCommandSpec().usageMessage().exitCodeList().keySet()) {
        assertTrue(table.containsKey(code.strip()) || command.getCommandSpec().name().equals("serve") && code.strip().equals("143"),
            command.getCommandSpec().qualifiedName() + " lists " + code + ", which the README's table does not have");
      }
    }
  }

  @Test
  void versionNamesNlbriefLanguageToolTikaAndJava() {
    InProcess.Result run = new InProcess(config).run("--version");
    assertEquals(0, run.exitCode(), run.describe());
    List<String> lines = run.outLines();
    assertTrue(lines.get(0).matches("nlbrief \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), run.out());
    // The versions of the two engines whose behaviour the output depends on, read from their jars.
    assertEquals("LanguageTool 6.7, Apache Tika 3.3.1", lines.get(1), run.out());
    assertTrue(lines.get(2).startsWith("Java "), run.out());
  }

  @Test
  void completionOffersTheVariantsAndTheSheetFormats() {
    for (CommandLine c : all()) {
      CommandLine.Model.OptionSpec variant = c.getCommandSpec().findOption("--variant");
      if (variant != null) {
        List<String> offered = new ArrayList<>();
        variant.completionCandidates().forEach(offered::add);
        assertEquals(List.of("nl-NL", "nl-BE"), offered, c.getCommandSpec().qualifiedName());
      }
    }
    CommandLine brief = all().stream().filter(c -> c.getCommandSpec().name().equals("brief")).findFirst().orElseThrow();
    List<String> formats = new ArrayList<>();
    brief.getCommandSpec().findOption("--format").completionCandidates().forEach(formats::add);
    assertEquals(List.of("text", "md", "html", "pdf", "json"), formats);
    // the glossary's interchange formats, and every --format of the tree offers its values
    assertEquals(List.of("tsv", "csv", "tbx"), candidates("nlbrief glossary export", "--format"));
    assertEquals(List.of("tsv", "csv", "tbx", "tei", "dictd"), candidates("nlbrief glossary import", "--format"));
    for (CommandLine c : all()) {
      if (c.getCommandSpec().findOption("--format") != null) {
        assertTrue(!candidates(c.getCommandSpec().qualifiedName(), "--format").isEmpty(), c.getCommandSpec().qualifiedName());
      }
    }
  }

  private List<String> candidates(String command, String option) {
    CommandLine c = all().stream().filter(x -> x.getCommandSpec().qualifiedName().equals(command)).findFirst().orElseThrow();
    List<String> offered = new ArrayList<>();
    Iterable<String> candidates = c.getCommandSpec().findOption(option).completionCandidates();
    if (candidates != null) {
      candidates.forEach(offered::add);
    }
    return offered;
  }
}
