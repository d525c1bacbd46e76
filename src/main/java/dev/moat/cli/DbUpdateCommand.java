package dev.moat.cli;

import dev.moat.vulndb.DatabaseBuilder;
import dev.moat.vulndb.DatabaseLocation;
import dev.moat.vulndb.DatabaseUpdater;
import java.io.PrintWriter;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code moat db update}: downloads the feeds and rebuilds the database in the cache. */
@Command(name = "update", mixinStandardHelpOptions = true,
    description = {"Download the advisory feeds and rebuild the vulnerability database.",
        "The database is ~/.cache/moat/db/moat.db ($MOAT_CACHE_DIR/db/moat.db if set)."})
public final class DbUpdateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin GlobalOptions global;

  @Option(names = "--db-repository", paramLabel = "URL",
      description = "A mirror holding index.json and the files it lists, instead of the public feeds.")
  URI repository;

  @Option(names = "--offline", description = "Rebuild from previously downloaded files; no network.")
  boolean offline;

  @Option(names = "--skip-malformed", description = "Skip (with a warning) feed files that cannot be parsed instead of failing.")
  boolean skipMalformed;

  @Override
  public Integer call() throws InterruptedException {
    DatabaseLocation location = DatabaseLocation.fromEnvironment();
    PrintWriter err = spec.commandLine().getErr();
    DatabaseBuilder.Result r = DatabaseUpdater.create(location, skipMalformed)
        .update(Optional.ofNullable(repository), offline, new ProgressBar(err, System.console() != null));
    r.warnings().forEach(w -> err.println("moat: warning: " + w));
    spec.commandLine().getOut().printf("updated %s: %d advisories, %d known-exploited CVEs in %.1f s%n",
        r.database(), r.advisories(), r.knownExploited(), r.took().toMillis() / 1000.0);
    return ExitCodes.OK;
  }

  /** A one-line progress bar on stderr, drawn only when stderr is a terminal, at most every 100 ms. */
  private static final class ProgressBar implements DatabaseUpdater.Progress {
    private final PrintWriter err;
    private final boolean terminal;
    private long lastDrawn;

    ProgressBar(PrintWriter err, boolean terminal) {
      this.err = err;
      this.terminal = terminal;
    }

    @Override
    public void update(String name, long done, long total) {
      long now = System.nanoTime();
      if (terminal && now - lastDrawn > 100_000_000L) {
        lastDrawn = now;
        String amount = total > 0 ? String.format("%3d%% of %.1f MB", done * 100 / total, total / 1e6)
            : String.format("%.1f MB", done / 1e6);
        err.print("\r" + name + " " + amount + "   ");
        err.flush();
      }
    }

    @Override
    public void finished(String name) {
      if (terminal) {
        err.print("\r" + name + " done" + " ".repeat(24) + "\n");
        err.flush();
      }
    }
  }
}
