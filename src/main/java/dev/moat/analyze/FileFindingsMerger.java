package dev.moat.analyze;

import java.util.ArrayList;
import java.util.List;

/** Combines what several analyzers found in the same file. */
final class FileFindingsMerger {

  private FileFindingsMerger() {}

  static FileFindings merge(FileFindings a, FileFindings b) {
    List<dev.moat.sbom.Package> packages = new ArrayList<>(a.packages());
    packages.addAll(b.packages());
    List<String> owned = new ArrayList<>(a.ownedFiles());
    owned.addAll(b.ownedFiles());
    FileFindings osSource = b.osPriority() > a.osPriority() ? b : a;
    return new FileFindings(packages, osSource.os(), osSource.osPriority(), owned);
  }
}
