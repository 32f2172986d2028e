package io.nlbrief.cli.config;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Option defaults from {@code config.properties} in the config folder, so a user who always wants
 * JSON writes {@code parse.format=json} (for one command) or {@code format=json} (for every command
 * that has {@code --format}) once. Keys are long option names without dashes; options given on the
 * command line win. A missing file means no defaults.
 */
public final class ConfigDefaults implements IDefaultValueProvider {
  public static final String FILE_NAME = "config.properties";

  private final Path file;
  private final PrintWriter warnings;
  private Properties properties;

  /** @param warnings where unknown keys are reported (the command's stderr) */
  public ConfigDefaults(Path configDir, PrintWriter warnings) {
    this.file = configDir.resolve(FILE_NAME);
    this.warnings = warnings;
  }

  @Override
  public String defaultValue(ArgSpec arg) throws IOException {
    if (!(arg instanceof OptionSpec option) || option.usageHelp() || option.versionHelp()) {
      return null;
    }
    String key = option.longestName().replaceFirst("^-+", "");
    String command = commandPath(option.command());
    Properties defaults = properties(option.command());
    String specific = command.isEmpty() ? null : defaults.getProperty(command + "." + key);
    return specific != null ? specific : defaults.getProperty(key);
  }

  /**
   * Where the value of {@code option} was set, as {@code FILE:LINE: key}, when this file sets it
   * (to {@code value}, when known: else it came from the command line); else null. For messages
   * about a bad value.
   */
  public String origin(OptionSpec option, String value) {
    if (properties == null) {
      return null;
    }
    String key = option.longestName().replaceFirst("^-+", "");
    String command = commandPath(option.command());
    for (String candidate : new String[] {command.isEmpty() ? null : command + "." + key, key}) {
      String set = candidate == null ? null : properties.getProperty(candidate);
      if (set != null && (value == null || value.equals(set))) {
        int line = lineOf(candidate);
        return file + (line > 0 ? ":" + line : "") + ": " + candidate;
      }
    }
    return null;
  }

  /** {@code parse}, or {@code glossary.add} for a sub-subcommand; empty for the top command. */
  private static String commandPath(CommandSpec command) {
    Deque<String> names = new ArrayDeque<>();
    for (CommandSpec c = command; c != null && c.parent() != null; c = c.parent()) {
      names.addFirst(c.name());
    }
    return String.join(".", names);
  }

  // Read when picocli first asks rather than in the constructor, so a broken file becomes a usage
  // error reported through picocli like any bad option value.
  private Properties properties(CommandSpec asking) throws IOException {
    if (properties == null) {
      Properties loaded = new Properties();
      if (Files.exists(file) && !Files.isRegularFile(file)) {
        throw new IOException(file + ": cannot be read (not a file; config.properties must be a file of key=value lines)");
      }
      if (Files.isRegularFile(file)) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          loaded.load(reader);
        } catch (IOException | IllegalArgumentException e) {
          throw new IOException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
      }
      properties = loaded;
      warnUnknown(asking);
    }
    return properties;
  }

  /** One warning per key that no option of any command reads: a typo would otherwise do nothing. */
  private void warnUnknown(CommandSpec asking) {
    CommandSpec root = asking;
    while (root.parent() != null) {
      root = root.parent();
    }
    Set<String> known = new HashSet<>();
    collect(root, known);
    new TreeSet<>(properties.stringPropertyNames()).stream()
        .filter(key -> !known.contains(key))
        .sorted(Comparator.comparingInt(this::lineOf))
        .forEach(key -> {
          int line = lineOf(key);
          warnings.println("nlbrief: " + file + (line > 0 ? ":" + line : "") + ": warning: unknown key '" + key
              + "' (no command has that option); ignored");
        });
    warnings.flush();
  }

  private static void collect(CommandSpec command, Set<String> known) {
    String path = commandPath(command);
    for (OptionSpec option : command.options()) {
      String key = option.longestName().replaceFirst("^-+", "");
      known.add(key);
      if (!path.isEmpty()) {
        known.add(path + "." + key);
      }
    }
    for (CommandLine sub : command.subcommands().values()) {
      collect(sub.getCommandSpec(), known);
    }
  }

  /** The line that sets {@code key}, 0 when not found (a key continued or escaped oddly). */
  private int lineOf(String key) {
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i).stripLeading();
        if (line.startsWith(key) && (line.length() == key.length()
            || "=: \t".indexOf(line.charAt(key.length())) >= 0)) {
          return i + 1;
        }
      }
    } catch (IOException | RuntimeException e) {
      // No line then.
    }
    return 0;
  }
}
