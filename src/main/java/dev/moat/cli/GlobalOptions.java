package dev.moat.cli;

import picocli.CommandLine.Option;

/** Options every command takes. */
public final class GlobalOptions {
  @Option(names = "--debug", description = "Print stack traces and debug details on errors.")
  boolean debug;
}
