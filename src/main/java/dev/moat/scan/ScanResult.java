package dev.moat.scan;

import dev.moat.analyze.ImageAnalysis;
import dev.moat.match.Finding;
import java.util.List;

/** An image's analysis and the vulnerabilities found in its packages (before any CI gate filter). */
public record ScanResult(ImageAnalysis analysis, List<Finding> findings) {

  public ScanResult {
    findings = List.copyOf(findings);
  }
}
