package dev.moat.cli;

import picocli.CommandLine.Command;

/** {@code moat db}: build, update and describe the vulnerability database. */
@Command(name = "db", mixinStandardHelpOptions = true, description = "Build, update and describe the vulnerability database.",
    subcommands = {DbBuildCommand.class, DbUpdateCommand.class, DbInfoCommand.class})
public final class DbCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
