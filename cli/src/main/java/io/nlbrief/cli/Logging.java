package io.nlbrief.cli;

import io.nlbrief.cli.options.Verbosity;

/**
 * Sets how much the libraries log, once the command line is parsed and before any command runs.
 * An interface so in-process tests can leave the JVM's logging alone.
 */
@FunctionalInterface
interface Logging {
  Logging UNCHANGED = verbosity -> {};

  void configure(Verbosity verbosity);
}
