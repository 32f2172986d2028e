package io.nlbrief.cli;

import io.nlbrief.cli.options.Verbosity;
import java.util.logging.Level;
import java.util.logging.LogManager;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Routes every library's logging to slf4j-simple on stderr: slf4j directly (Tika, LanguageTool),
 * log4j-api through log4j-to-slf4j (POI), commons-logging through jcl-over-slf4j (PDFBox), and
 * java.util.logging through the bridge installed here. slf4j-simple reads its level from system
 * properties when the first logger is created, so they must be set before any library runs.
 */
final class Slf4jLogging implements Logging {
  private static final String LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";
  private static final String LOG_FILE = "org.slf4j.simpleLogger.logFile";

  /**
   * Silent, first thing in {@code main}; a level the user set with {@code -D} (through
   * {@code NLBRIEF_JAVA_OPTS}) stays, since the user asked for it.
   */
  static void silenceByDefault() {
    System.getProperties().putIfAbsent(LEVEL, "off");
    System.getProperties().putIfAbsent(LOG_FILE, "System.err");
  }

  @Override
  public void configure(Verbosity verbosity) {
    java.util.logging.Logger root = LogManager.getLogManager().getLogger("");
    switch (verbosity) {
      case QUIET -> {
        // JUL's default console handler would print warnings: drop them at the source.
        root.setLevel(Level.OFF);
        return;
      }
      case VERBOSE -> {
        System.setProperty(LEVEL, "info");
        root.setLevel(Level.INFO);
      }
      case DEBUG -> {
        System.setProperty(LEVEL, "debug");
        root.setLevel(Level.FINE);
      }
    }
    SLF4JBridgeHandler.removeHandlersForRootLogger();
    SLF4JBridgeHandler.install();
  }
}
