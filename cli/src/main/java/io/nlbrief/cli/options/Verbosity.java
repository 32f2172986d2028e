package io.nlbrief.cli.options;

/** How much of the libraries' logging reaches stderr, and whether failures show stack traces. */
public enum Verbosity {
  /** Nothing but nlbrief's own one-line messages. */
  QUIET,
  /** Also the libraries' info messages ({@code --verbose}). */
  VERBOSE,
  /** Also debug messages and stack traces ({@code --debug}). */
  DEBUG
}
