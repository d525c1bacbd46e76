package dev.moat.ecosystem.rpm;

import dev.moat.sbom.Package;
import java.util.List;
import java.util.Optional;

/**
 * The tags of one installed package's RPM header that a scanner needs.
 *
 * @param files absolute paths of the files and directories the package owns
 */
record RpmHeader(
    String name,
    Optional<Integer> epoch,
    String version,
    String release,
    String arch,
    String sourceRpm,
    String license,
    List<String> files) {

  RpmHeader {
    files = List.copyOf(files);
  }

  /** {@code [epoch:]version-release}, as rpm and Red Hat advisories write an EVR. */
  String evr() {
    return epoch.map(e -> e + ":").orElse("") + version + "-" + release;
  }

  /** The package as Moat reports it; the source rpm carries no epoch, so the binary's applies. */
  Package toPackage(String path) {
    Package pkg = Package.of("rpm", name, evr(), path);
    Optional<String[]> source = splitSourceRpm(sourceRpm);
    if (source.isPresent()) {
      String sourceVersion = epoch.map(e -> e + ":").orElse("") + source.get()[1] + "-" + source.get()[2];
      pkg = pkg.withSource(source.get()[0], sourceVersion);
    }
    if (!arch.isEmpty()) {
      pkg = pkg.withArch(arch);
    }
    return license.isEmpty() ? pkg : pkg.withLicenses(List.of(license));
  }

  /** {@code name-version-release.src.rpm} to {name, version, release}; names may contain dashes. */
  static Optional<String[]> splitSourceRpm(String sourceRpm) {
    String base;
    if (sourceRpm.endsWith(".src.rpm")) {
      base = sourceRpm.substring(0, sourceRpm.length() - ".src.rpm".length());
    } else if (sourceRpm.endsWith(".nosrc.rpm")) {
      base = sourceRpm.substring(0, sourceRpm.length() - ".nosrc.rpm".length());
    } else {
      return Optional.empty();
    }
    int releaseDash = base.lastIndexOf('-');
    int versionDash = releaseDash > 0 ? base.lastIndexOf('-', releaseDash - 1) : -1;
    if (versionDash <= 0) {
      return Optional.empty();
    }
    return Optional.of(new String[] {
        base.substring(0, versionDash), base.substring(versionDash + 1, releaseDash), base.substring(releaseDash + 1)});
  }
}
