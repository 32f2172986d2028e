package io.nlbrief.cli;

import io.nlbrief.cli.options.Verbosity;
import java.util.Properties;
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
  private static final String JUL_CONFIG_CLASS = "java.util.logging.config.class";
  private static final String JUL_CONFIG_FILE = "java.util.logging.config.file";

  /**
   * Silent, first thing in {@code main}. Settings the user made with {@code -D} (through
   * {@code NLBRIEF_JAVA_OPTS}) stay, since the user asked for them.
   */
  static void silenceByDefault() {
    Properties system = System.getProperties();
    system.putIfAbsent(LEVEL, "off");
    system.putIfAbsent(LOG_FILE, "System.err");
    if (!system.containsKey(JUL_CONFIG_FILE)) {
      // Read only when a library first logs through java.util.logging, so runs that never do
      // never pay for initialising it.
      system.putIfAbsent(JUL_CONFIG_CLASS, NoHandlers.class.getName());
    }
    // openhtmltopdf (PDF sheets) gives java.util.logging console handlers of its own, which the
    // settings above do not reach; it is silenced through its own switch.
    com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
  }

  @Override
  public void configure(Verbosity verbosity) {
    if (verbosity == Verbosity.QUIET) {
      return;
    }
    System.setProperty(LEVEL, verbosity == Verbosity.DEBUG ? "debug" : "info");
    LogManager.getLogManager().getLogger("").setLevel(verbosity == Verbosity.DEBUG ? Level.FINE : Level.INFO);
    SLF4JBridgeHandler.removeHandlersForRootLogger();
    SLF4JBridgeHandler.install();
    com.openhtmltopdf.util.XRLog.setLoggingEnabled(true);
  }

  /**
   * java.util.logging's configuration when nlbrief starts it: instantiated by the LogManager in
   * place of the JDK's logging.properties, whose console handler would print libraries'
   * warnings. It configures nothing, so the root logger has no handler and stays silent.
   */
  public static final class NoHandlers {
    public NoHandlers() {
      // Nothing to set: the absence of the default console handler is the configuration.
    }
  }
}
