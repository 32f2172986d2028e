package io.nlbrief.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The version Maven filtered into {@code version.properties}: unlike the jar manifest's
 * Implementation-Version it is also there when the classes run from {@code target/classes}.
 */
public final class VersionProvider implements IVersionProvider {
  /** nlbrief's version, such as {@code 0.1.0-SNAPSHOT}, for output that records what made it. */
  public static String version() {
    return properties().getProperty("version", "(unknown version)");
  }

  private static Properties properties() {
    Properties properties = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      // Falls through to the unknown version: a missing resource is not worth failing a command.
    }
    return properties;
  }

  @Override
  public String[] getVersion() {
    return new String[] {
      "nlbrief " + version(),
      "LanguageTool " + properties().getProperty("languagetool", "?") + ", Apache Tika " + properties().getProperty("tika", "?"),
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"
    };
  }
}
