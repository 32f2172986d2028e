package io.nlbrief.cli;

import io.nlbrief.cli.common.Reporter;
import io.nlbrief.cli.options.LoggingOptions;
import io.nlbrief.cli.options.Verbosity;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Where picocli hands over what escaped a command: bad command lines and exceptions thrown by a
 * command. Both go to the {@link Reporter}, so they read like any per-input failure.
 */
final class FailureHandler implements IParameterExceptionHandler, IExecutionExceptionHandler {
  @Override
  public int handleParseException(ParameterException e, String[] args) {
    // A line that did not parse has no --debug to honour.
    return new Reporter(e.getCommandLine().getErr(), false).report(e);
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
    boolean debug = LoggingOptions.of(parseResult) == Verbosity.DEBUG;
    return new Reporter(commandLine.getErr(), debug).report(e);
  }
}
