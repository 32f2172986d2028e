package io.nlbrief.cli.common;

import io.nlbrief.parser.ParseException;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns a failure into its exit code and exactly one line on stderr, {@code nlbrief: <file>:
 * <reason>}, followed by the stack trace only with {@code --debug}. The batch loop and picocli's
 * exception handlers both report through here, so every message looks the same.
 */
public final class Reporter {
  private static final String PROGRAM = "nlbrief";

  private final PrintWriter err;
  private final boolean debug;

  public Reporter(PrintWriter err, boolean debug) {
    this.err = err;
    this.debug = debug;
  }

  /** Reports a failure whose message already names its file or needs none. */
  public int report(Throwable failure) {
    return report(null, failure);
  }

  /** Reports a failure while processing {@code file}, for failures that do not name it. */
  public int report(String file, Throwable failure) {
    int code = ExitCodes.of(failure);
    line((file == null ? "" : Names.printable(file) + ": ") + describe(failure, code));
    if (debug) {
      failure.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  /** Says what a command did to a file the user asked it to change. */
  public void note(String file, String message) {
    line(Names.printable(file) + ": " + message);
    err.flush();
  }

  public void warn(String file, String warning) {
    line(Names.printable(file) + ": warning: " + warning);
    err.flush();
  }

  private String describe(Throwable failure, int code) {
    if (failure instanceof ParameterException e) {
      return usage(e);
    }
    if (failure instanceof OutOfMemoryError) {
      return tooLargeForTheHeap(Runtime.getRuntime().maxMemory());
    }
    if (code == ExitCodes.INTERNAL_ERROR) {
      return "internal error: " + failure + (debug ? "" : " (rerun with --debug for the stack trace)");
    }
    String message = String.valueOf(failure.getMessage());
    if (failure instanceof ParseException e && e.file() != null && message.startsWith(e.file())) {
      // The file name as it is, control characters and all, is shown escaped.
      return Names.printable(e.file()) + message.substring(e.file().length());
    }
    return message;
  }

  /** The line for an input that did not fit in the heap: what the limit is and how to raise it. */
  static String tooLargeForTheHeap(long maxHeapBytes) {
    long mb = maxHeapBytes / (1024 * 1024);
    return "too large for the memory nlbrief may use (a Java heap of " + mb + " MB); give it more with "
        + "NLBRIEF_JAVA_OPTS=-Xmx" + Math.max(2, 2 * ((mb + 1023) / 1024)) + "g, or split the input";
  }

  private static String usage(ParameterException e) {
    // picocli wraps a config.properties that cannot be read in a long message of its own.
    if (e.getCause() instanceof IOException unreadableConfig) {
      return unreadableConfig.getMessage();
    }
    StringBuilder message = new StringBuilder(e.getMessage());
    // A bad value from config.properties: say where it is, since the command line looks right.
    if (e.getArgSpec() instanceof picocli.CommandLine.Model.OptionSpec option
        && e.getCommandLine().getDefaultValueProvider() instanceof io.nlbrief.cli.config.ConfigDefaults config) {
      String origin = config.origin(option, e.getValue());
      if (origin != null) {
        message.insert(0, origin + ": ");
      }
    }
    if (e instanceof UnmatchedArgumentException unmatched) {
      List<String> suggestions = unmatched.getSuggestions();
      if (!suggestions.isEmpty()) {
        message.append("; did you mean ").append(String.join(" or ", suggestions)).append('?');
      }
    }
    String command = e.getCommandLine().getCommandSpec().qualifiedName();
    return message.append(" (see '").append(command).append(" --help')").toString();
  }

  // Tika and the JDK sometimes put line breaks in messages; a report stays one line for grep.
  private void line(String message) {
    err.append(PROGRAM).append(": ").append(Names.printable(message.replaceAll("\\s*\\R\\s*", " "))).append('\n');
  }
}
