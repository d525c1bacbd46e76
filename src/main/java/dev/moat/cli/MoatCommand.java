package dev.moat.cli;

import picocli.CommandLine.Command;

/** The top-level {@code moat} command. */
@Command(
    name = "moat",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Keeps vulnerable, untrusted and tampered container images out of Kubernetes.",
    subcommands = {ScanCommand.class, SbomCommand.class, ImageCommand.class, DbCommand.class})
public final class MoatCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
