package dev.moat.report;

import dev.moat.analyze.LayerSecret;
import dev.moat.match.Finding;
import dev.moat.match.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The human report: one section per target (the OS packages, each lock file or archive) with
 * severity counts and a table of findings, then secrets. Colours only when asked (a terminal).
 */
public final class TableReportWriter {

  private static final int TITLE_WIDTH = 60;
  private final boolean colour;

  public TableReportWriter(boolean colour) {
    this.colour = colour;
  }

  public void write(ScanReport report, OutputStream out) throws IOException {
    PrintStream p = new PrintStream(out, false, StandardCharsets.UTF_8);
    Map<String, List<Finding>> groups = Targets.group(report.inventory(), report.findings());
    if (groups.isEmpty() && report.secrets().isEmpty()) {
      p.println(report.inventory().image().name() + ": no vulnerabilities or secrets found ("
          + report.inventory().packages().size() + " packages"
          + report.inventory().os().map(os -> ", " + os.family() + " " + os.version()).orElse("") + ")");
    }
    for (Map.Entry<String, List<Finding>> group : groups.entrySet()) {
      heading(p, group.getKey(), group.getValue().get(0).pkg().type());
      p.println(counts(group.getValue().stream().map(Finding::severity).toList()));
      p.println();
      TextTable table = new TextTable(List.of("Library", "Vulnerability", "Severity", "Status", "Installed Version",
          "Fixed Version", "Title"));
      for (Finding f : group.getValue()) {
        table.add(List.of(f.pkg().name(), f.id() + (f.knownExploited() ? " (KEV)" : ""), paint(f.severity()),
            f.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), f.installedVersion(),
            String.join(", ", f.fixedVersions()), truncate(f.title().orElse(""))));
      }
      p.print(table.render());
      p.println();
    }
    Map<String, List<LayerSecret>> byFile = new LinkedHashMap<>();
    report.secrets().forEach(s -> byFile.computeIfAbsent(s.finding().path(), k -> new java.util.ArrayList<>()).add(s));
    for (Map.Entry<String, List<LayerSecret>> file : byFile.entrySet()) {
      heading(p, file.getKey(), "secret");
      p.println(counts(file.getValue().stream().map(s -> Severity.parse(s.finding().severity().name())).toList()));
      p.println();
      for (LayerSecret s : file.getValue()) {
        p.println(paint(Severity.parse(s.finding().severity().name())) + ": " + s.finding().category() + " ("
            + s.finding().ruleId() + ")");
        p.println("  " + s.finding().title() + " at line " + s.finding().startLine() + ": " + s.finding().maskedLine());
        p.println("  layer " + s.layerDiffId() + (s.deletedInFinalImage() ? " (deleted by an upper layer)" : ""));
      }
      p.println();
    }
    p.flush();
  }

  private static void heading(PrintStream p, String target, String type) {
    String title = target + " (" + type + ")";
    p.println(title);
    p.println("=".repeat(title.length()));
  }

  static String counts(List<Severity> severities) {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      counts.put(s, 0);
    }
    severities.forEach(s -> counts.merge(s, 1, Integer::sum));
    StringBuilder sb = new StringBuilder("Total: " + severities.size() + " (");
    for (Severity s : Severity.values()) {
      sb.append(s.name()).append(": ").append(counts.get(s)).append(s == Severity.CRITICAL ? ")" : ", ");
    }
    return sb.toString();
  }

  private String paint(Severity s) {
    if (!colour) {
      return s.name();
    }
    String code = switch (s) {
      case CRITICAL -> "1;31";
      case HIGH -> "31";
      case MEDIUM -> "33";
      case LOW -> "34";
      case UNKNOWN -> "37";
    };
    return "\u001B[" + code + "m" + s.name() + "\u001B[0m";
  }

  private static String truncate(String s) {
    String oneLine = s.replace('\n', ' ');
    return oneLine.length() <= TITLE_WIDTH ? oneLine : oneLine.substring(0, TITLE_WIDTH - 1) + "…";
  }
}
