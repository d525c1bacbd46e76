package dev.moat.cli;

import dev.moat.vulndb.DatabaseBuilder;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code moat db build}: builds a database from local feed files. */
@Command(name = "build", mixinStandardHelpOptions = true,
    description = "Build a vulnerability database from local feed files (directories, .zip, .tar.gz, files).")
public final class DbBuildCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin GlobalOptions global;

  @Option(names = "--from", required = true, arity = "1..*", paramLabel = "PATH", description = "Feed files or directories.")
  List<Path> from;

  @Option(names = "--output", required = true, paramLabel = "FILE", description = "The database file to write.")
  Path output;

  @Option(names = "--skip-malformed", description = "Skip (with a warning) feed files that cannot be parsed instead of failing.")
  boolean skipMalformed;

  @Override
  public Integer call() {
    DatabaseBuilder.Result r = DatabaseBuilder.withInstalledReaders(skipMalformed).build(from, output);
    r.warnings().forEach(w -> spec.commandLine().getErr().println("moat: warning: " + w));
    spec.commandLine().getOut().printf("wrote %s: %d advisories, %d known-exploited CVEs from %d files in %.1f s%n",
        r.database(), r.advisories(), r.knownExploited(), r.filesRead(), r.took().toMillis() / 1000.0);
    return ExitCodes.OK;
  }
}
