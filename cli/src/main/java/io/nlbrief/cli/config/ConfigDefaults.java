package io.nlbrief.cli.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Properties;
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
  private Properties properties;

  public ConfigDefaults(Path configDir) {
    this.file = configDir.resolve(FILE_NAME);
  }

  @Override
  public String defaultValue(ArgSpec arg) throws IOException {
    if (!(arg instanceof OptionSpec option) || option.usageHelp() || option.versionHelp()) {
      return null;
    }
    String key = option.longestName().replaceFirst("^-+", "");
    String command = commandPath(option.command());
    Properties defaults = properties();
    String specific = command.isEmpty() ? null : defaults.getProperty(command + "." + key);
    return specific != null ? specific : defaults.getProperty(key);
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
  private Properties properties() throws IOException {
    if (properties == null) {
      Properties loaded = new Properties();
      if (Files.isRegularFile(file)) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          loaded.load(reader);
        } catch (IOException | IllegalArgumentException e) {
          throw new IOException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
      }
      properties = loaded;
    }
    return properties;
  }
}
