package dev.moat.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.moat.json.JsonTrees;
import dev.moat.vulndb.DatabaseLocation;
import dev.moat.vulndb.DbInfo;
import dev.moat.vulndb.VulnerabilityDatabase;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code moat db info}: what the database holds and where its data comes from. */
@Command(name = "info", mixinStandardHelpOptions = true, description = "Show the database's schema, age, sources and contents.")
public final class DbInfoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin GlobalOptions global;

  @Option(names = "--db", paramLabel = "FILE", description = "The database (default: moat.db in the cache dir, see 'moat db update --help').")
  Path db;

  /** Output formats. */
  enum Format { table, json }

  @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() throws Exception {
    Path file = db != null ? db : DatabaseLocation.fromEnvironment().database();
    DbInfo info;
    try (VulnerabilityDatabase vdb = VulnerabilityDatabase.open(file)) {
      info = vdb.info();
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      out.println(json(file, info));
    } else {
      table(out, file, info);
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static String json(Path file, DbInfo info) throws Exception {
    ObjectNode root = JsonTrees.object();
    root.put("path", file.toString());
    root.put("schemaVersion", info.schemaVersion());
    root.put("builtAt", info.builtAt().toString());
    var sources = root.putArray("sources");
    for (DbInfo.SourceCount s : info.sources()) {
      sources.addObject().put("name", s.name()).put("url", s.url()).put("license", s.license()).put("records", s.records());
    }
    ObjectNode ecosystems = root.putObject("ecosystems");
    info.ecosystems().forEach(ecosystems::put);
    root.put("knownExploited", info.knownExploited());
    return JsonTrees.toPrettyString(root);
  }

  private static void table(PrintWriter out, Path file, DbInfo info) {
    out.printf("Database:       %s%nSchema version: %d%nBuilt at:       %s%nKnown exploited CVEs: %d%n%n",
        file, info.schemaVersion(), info.builtAt(), info.knownExploited());
    out.printf("%-45s %10s  %-30s %s%n", "SOURCE", "RECORDS", "LICENSE", "URL");
    for (DbInfo.SourceCount s : info.sources()) {
      out.printf("%-45s %10d  %-30s %s%n", s.name(), s.records(), s.license(), s.url());
    }
    out.printf("%n%-30s %10s%n", "ECOSYSTEM", "ADVISORIES");
    for (Map.Entry<String, Long> e : info.ecosystems().entrySet()) {
      out.printf("%-30s %10d%n", e.getKey(), e.getValue());
    }
  }
}
