package dev.moat.analyze;

import dev.moat.sbom.OperatingSystem;
import dev.moat.sbom.Package;
import java.util.List;
import java.util.Optional;

/**
 * What one analyzer found in one file.
 *
 * @param packages packages declared or installed by the file
 * @param os the operating system, if the file identifies it
 * @param osPriority how authoritative {@code os} is when several files name it (os-release is 10,
 *     {@code /etc/debian_version} 5, ...); the highest wins
 * @param ownedFiles files the OS package manager says it installed: language packages at these
 *     paths are already reported as OS packages and are not reported again
 */
public record FileFindings(List<Package> packages, Optional<OperatingSystem> os, int osPriority, List<String> ownedFiles) {

  public static final FileFindings NONE = new FileFindings(List.of(), Optional.empty(), 0, List.of());

  public FileFindings {
    packages = List.copyOf(packages);
    ownedFiles = List.copyOf(ownedFiles);
  }

  public static FileFindings packages(List<Package> packages) {
    return new FileFindings(packages, Optional.empty(), 0, List.of());
  }

  public static FileFindings os(OperatingSystem os, int priority) {
    return new FileFindings(List.of(), Optional.of(os), priority, List.of());
  }

  public static FileFindings owned(List<String> ownedFiles) {
    return new FileFindings(List.of(), Optional.empty(), 0, ownedFiles);
  }

  public boolean isEmpty() {
    return packages.isEmpty() && os.isEmpty() && ownedFiles.isEmpty();
  }
}
