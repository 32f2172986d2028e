package io.nlbrief.cli.common;

import io.nlbrief.parser.ParseException;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.ParameterException;

/**
 * The exit codes of every nlbrief command, and the one mapping from failures to them.
 *
 * <pre>
 * 0  success: every input was processed (for check: and nothing was found)
 * 1  check only: findings were reported (so check works in scripts and pre-commit hooks)
 * 2  usage error: an unknown option, a bad option value, a missing argument, a bad config.properties
 * 3  a file could not be read (missing, unreadable) or the output could not be written
 * 4  an input was refused: empty, no text, too large, too deeply nested, unsupported format,
 *    encrypted, corrupt, or bytes invalid in its encoding
 * 5  an input took longer than --timeout (the others were still processed)
 * 70 internal error: a bug in nlbrief (rerun with --debug and report the stack trace); 70 is
 *    EX_SOFTWARE of BSD's sysexits, so it never reads as "findings"
 * </pre>
 *
 * <p>A command that processes several inputs attempts every one of them and exits with the highest
 * code among the failures, or 0 when all succeeded.
 */
public final class ExitCodes implements IExitCodeExceptionMapper {
  public static final int OK = 0;
  public static final int FINDINGS = 1;
  public static final int INTERNAL_ERROR = 70;
  public static final int USAGE = 2;
  public static final int UNREADABLE = 3;
  public static final int REFUSED = 4;
  public static final int TIMEOUT = 5;

  /** For {@code @Command(exitCodeList = ...)}: the table above in each command's help. */
  public static final String HELP_OK = "0:success";
  public static final String HELP_FINDINGS = "1:check found something to report";
  public static final String HELP_INTERNAL_ERROR = "70:internal error (a bug: rerun with --debug and report it)";
  public static final String HELP_USAGE = "2:usage error (bad option, argument or config.properties)";
  public static final String HELP_UNREADABLE = "3:a file could not be read, or the output could not be written";
  public static final String HELP_REFUSED = "4:an input was refused (empty, too large, unsupported, encrypted, corrupt, bad encoding)";
  public static final String HELP_TIMEOUT = "5:an input took longer than --timeout";

  public static int of(Throwable failure) {
    if (failure instanceof ParseException e) {
      return switch (e.reason()) {
        case NOT_FOUND, UNREADABLE -> UNREADABLE;
        case EMPTY, NO_TEXT, TOO_LARGE, TOO_DEEP, UNSUPPORTED, ENCRYPTED, CORRUPT, BAD_ENCODING -> REFUSED;
      };
    }
    if (failure instanceof BatchRunner.TimedOut) {
      return TIMEOUT;
    }
    if (failure instanceof OutOfMemoryError) {
      return REFUSED; // Too large for the heap: the input, not a bug (see Reporter).
    }
    if (failure instanceof OutputException) {
      return UNREADABLE;
    }
    if (failure instanceof ParameterException) {
      return USAGE;
    }
    return INTERNAL_ERROR;
  }

  @Override
  public int getExitCode(Throwable failure) {
    return of(failure);
  }
}
