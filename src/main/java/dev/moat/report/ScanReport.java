package dev.moat.report;

import dev.moat.analyze.LayerSecret;
import dev.moat.gate.Suppression;
import dev.moat.match.Finding;
import dev.moat.sbom.Inventory;
import java.util.List;

/**
 * Everything a scan produced, as the report writers see it: the inventory, the findings that passed
 * the gate, the suppressed ones, and secrets.
 */
public record ScanReport(Inventory inventory, List<Finding> findings, List<Suppression> suppressed,
    List<LayerSecret> secrets, String toolVersion) {

  public ScanReport {
    findings = List.copyOf(findings);
    suppressed = List.copyOf(suppressed);
    secrets = List.copyOf(secrets);
  }
}
