package dev.moat.cli;

import dev.moat.MoatException;
import dev.moat.analyze.AnalysisOptions;
import dev.moat.gate.FindingGate;
import dev.moat.gate.GateResult;
import dev.moat.gate.IgnoreFile;
import dev.moat.gate.IgnoreRule;
import dev.moat.gate.VexDocument;
import dev.moat.gate.VexStatement;
import dev.moat.match.Severity;
import dev.moat.report.ScanReport;
import dev.moat.scan.ImageScanner;
import dev.moat.scan.ScanResult;
import dev.moat.secret.SecretConfig;
import dev.moat.secret.SecretConfigLoader;
import dev.moat.secret.SecretScanner;
import dev.moat.vulndb.DatabaseLocation;
import dev.moat.vulndb.VulnerabilityDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code moat scan}: vulnerabilities and secrets of an image, reported in the chosen format, with
 * the CI gate ({@code --severity}, {@code --exit-code}, ignore file, VEX) deciding the exit code.
 */
@Command(name = "scan", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Scan an image for known vulnerabilities and leaked secrets; fail the build on findings.")
public final class ScanCommand implements Callable<Integer> {

  @Parameters(paramLabel = "IMAGE",
      description = "Image: a registry reference (or docker://REF), oci:DIR[:TAG], oci-archive:FILE[:TAG], docker-archive:FILE")
  String image;

  @Option(names = "--scanners", split = ",", defaultValue = "vuln,secret", paramLabel = "LIST",
      description = "What to look for: vuln, secret (default: ${DEFAULT-VALUE}).")
  List<String> scanners;

  @Option(names = {"-f", "--format"}, defaultValue = "table",
      description = "table, json, sarif, cyclonedx or spdx (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of stdout.")
  Path output;

  @Option(names = "--db", paramLabel = "FILE",
      description = "Vulnerability database (default: the one 'moat db update' maintains in the cache dir).")
  Path db;

  @Option(names = "--offline", description = "Never touch the network for advisory data (Moat never downloads during a scan).")
  boolean offline;

  @Option(names = {"-s", "--severity"}, split = ",", paramLabel = "LIST",
      description = "Report only these severities: UNKNOWN,LOW,MEDIUM,HIGH,CRITICAL (default: all).")
  List<String> severities = new ArrayList<>();

  @Option(names = "--exit-code", defaultValue = "0", paramLabel = "N",
      description = "Exit with N when findings remain after filtering (default: ${DEFAULT-VALUE}).")
  int exitCode;

  @Option(names = "--ignore-unfixed", description = "Report only vulnerabilities that have a fixed version.")
  boolean ignoreUnfixed;

  @Option(names = "--ignorefile", paramLabel = "FILE",
      description = "Ids to ignore, optionally until exp:YYYY-MM-DD (default: .moatignore if it exists).")
  Path ignoreFile;

  @Option(names = "--vex", paramLabel = "FILE", description = "OpenVEX document(s); not_affected statements suppress findings.")
  List<Path> vex = new ArrayList<>();

  @Option(names = "--secret-config", paramLabel = "FILE",
      description = "Secret rules in trivy-secret.yaml format (custom rules, allow rules, disabled rules).")
  Path secretConfig;

  @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "5m",
      description = "Give up on the whole scan after this long, e.g. 90s, 10m (default: ${DEFAULT-VALUE}).")
  String timeout;

  @Mixin ImageOptionsMixin imageOptions;
  @Mixin AnalysisFlags analysis;
  @Mixin GlobalOptions global;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Set<String> wanted = validScanners();
    dev.moat.report.ReportFormat reportFormat = dev.moat.report.ReportFormat.parse(format);
    FindingGate gate = new FindingGate(severitySet(), ignoreUnfixed, ignoreRules(), vexStatements(), LocalDate.now());
    AnalysisOptions options = analysis.toOptions().withPackages(wanted.contains("vuln") || reportFormat.isSbom());
    if (wanted.contains("secret")) {
      options = options.withSecrets(new SecretScanner(secretConfig == null ? SecretConfig.DEFAULT
          : SecretConfigLoader.load(secretConfig)));
    }
    Optional<VulnerabilityDatabase> database = wanted.contains("vuln") ? Optional.of(openDatabase()) : Optional.empty();
    ImageScanner scanner = new ImageScanner(imageOptions.toOptions(), options);
    ScanResult result;
    try {
      result = Deadline.run(ImageOptionsMixin.duration(timeout, "--timeout"), "scan of " + image,
          () -> scanner.scan(image, database));
    } finally {
      database.ifPresent(VulnerabilityDatabase::close);
    }
    Warnings.print(spec.commandLine().getErr(), result.analysis().warnings(), global.debug);
    var inventory = result.analysis().inventory();
    dev.moat.sbom.BomRefs refs = new dev.moat.sbom.BomRefs(inventory.packages(), inventory.os());
    String repository = inventory.image().reference().map(r -> r.registry() + "/" + r.repository())
        .orElse(inventory.image().name());
    GateResult gated = gate.apply(result.findings(), refs::purl,
        dev.moat.sbom.PurlFactory.imagePurl(repository, inventory.image().manifestDigest()));
    gated.warnings().forEach(w -> spec.commandLine().getErr().println("moat: warning: " + w));
    var secrets = gate.applyToSecrets(result.analysis().secrets());
    ScanReport report = new ScanReport(inventory, gated.kept(), gated.suppressed(), secrets, VersionProvider.version());
    // Colour only when the report goes to a terminal (bin/moat tells the JVM whether stdout is one).
    boolean colour = output == null && Boolean.getBoolean("moat.stdout.tty");
    AtomicOutput.write(Optional.ofNullable(output), System.out,
        out -> ReportWriters.write(report, reportFormat, colour, out));
    boolean failing = !gated.kept().isEmpty() || !secrets.isEmpty();
    return failing ? exitCode : ExitCodes.OK;
  }

  private Set<String> validScanners() {
    Set<String> result = new java.util.HashSet<>();
    for (String s : scanners) {
      String name = s.trim().toLowerCase(Locale.ROOT);
      if (!name.equals("vuln") && !name.equals("secret")) {
        throw MoatException.invalid("unknown scanner '" + s + "': use vuln, secret or both");
      }
      result.add(name);
    }
    return result;
  }

  private Set<Severity> severitySet() {
    Set<Severity> set = EnumSet.noneOf(Severity.class);
    severities.forEach(s -> set.add(Severity.parse(s)));
    return set.isEmpty() ? EnumSet.allOf(Severity.class) : set;
  }

  private List<IgnoreRule> ignoreRules() {
    if (ignoreFile != null) {
      return IgnoreFile.read(ignoreFile);
    }
    Path fallback = Path.of(".moatignore");
    return Files.isRegularFile(fallback) ? IgnoreFile.read(fallback) : List.of();
  }

  private List<VexStatement> vexStatements() {
    List<VexStatement> all = new ArrayList<>();
    vex.forEach(file -> all.addAll(VexDocument.read(file)));
    return all;
  }

  private VulnerabilityDatabase openDatabase() {
    Path file = db != null ? db : DatabaseLocation.fromEnvironment().database();
    if (!Files.isRegularFile(file)) {
      throw MoatException.notFound("no vulnerability database at " + file + ": run 'moat db update' (or 'moat db build"
          + " --from DIR --output FILE' and pass --db FILE), or scan for secrets only with --scanners secret");
    }
    return VulnerabilityDatabase.open(file);
  }
}
