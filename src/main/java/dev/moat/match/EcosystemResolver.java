package dev.moat.match;

import dev.moat.sbom.OperatingSystem;
import dev.moat.sbom.Package;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Decides which advisories apply to a package: OS packages against their distribution and release
 * ({@code Debian:12} by source package, {@code Alpine:v3.20} by origin, RPM distributions by
 * release), language packages against their OSV ecosystem, Go binaries' {@code stdlib} against Go.
 */
final class EcosystemResolver {

  private static final Map<String, String> LANGUAGE_ECOSYSTEMS = Map.of(
      "maven", "Maven", "npm", "npm", "pypi", "PyPI", "golang", "Go", "cargo", "crates.io",
      "gem", "RubyGems", "nuget", "NuGet", "composer", "Packagist");

  /** OSV ecosystem names of RPM-based distributions, by os-release ID. */
  private static final Map<String, String> RPM_ECOSYSTEMS = Map.of(
      "rocky", "Rocky Linux", "almalinux", "AlmaLinux", "rhel", "Red Hat", "opensuse-leap", "openSUSE",
      "sles", "SUSE", "mariner", "Mariner", "azurelinux", "Azure Linux");

  private EcosystemResolver() {}

  static Optional<PackageQuery> resolve(Package p, Optional<OperatingSystem> os) {
    return switch (p.type()) {
      case "deb" -> os.flatMap(o -> debian(p, o));
      case "apk" -> os.flatMap(o -> alpine(p, o));
      case "rpm" -> os.flatMap(o -> rpm(p, o));
      case "golang" -> golang(p);
      default -> Optional.ofNullable(LANGUAGE_ECOSYSTEMS.get(p.type()))
          .map(eco -> new PackageQuery(eco, p.name(), p.version()));
    };
  }

  private static Optional<PackageQuery> debian(Package p, OperatingSystem os) {
    String release = switch (os.family()) {
      case "debian" -> "Debian:" + major(os.version());
      case "ubuntu" -> "Ubuntu:" + os.version();
      default -> null;
    };
    if (release == null) {
      return Optional.empty();
    }
    String name = p.sourceName().orElse(p.name());
    String version = p.sourceVersion().orElse(p.version());
    return Optional.of(new PackageQuery(release, name, version));
  }

  private static Optional<PackageQuery> alpine(Package p, OperatingSystem os) {
    String family = os.family();
    String ecosystem = switch (family) {
      case "alpine" -> "Alpine:v" + majorMinor(os.version());
      case "wolfi" -> "Wolfi";
      case "chainguard" -> "Chainguard";
      default -> null;
    };
    return Optional.ofNullable(ecosystem)
        .map(eco -> new PackageQuery(eco, p.sourceName().orElse(p.name()), p.version()));
  }

  private static Optional<PackageQuery> rpm(Package p, OperatingSystem os) {
    String name = RPM_ECOSYSTEMS.get(os.family().toLowerCase(Locale.ROOT));
    if (name == null) {
      return Optional.empty();
    }
    return Optional.of(new PackageQuery(name + ":" + major(os.version()), p.sourceName().orElse(p.name()),
        p.version()));
  }

  /** Go advisories write versions without the {@code v} prefix; pseudo and devel builds are compared as given. */
  private static Optional<PackageQuery> golang(Package p) {
    String version = p.version();
    if (version.isEmpty() || version.equals("(devel)")) {
      return Optional.empty();
    }
    if (version.startsWith("go")) {
      version = version.substring(2);
    }
    if (version.startsWith("v")) {
      version = version.substring(1);
    }
    return Optional.of(new PackageQuery("Go", p.name(), version));
  }

  static String major(String version) {
    int dot = version.indexOf('.');
    return dot < 0 ? version : version.substring(0, dot);
  }

  static String majorMinor(String version) {
    String[] parts = version.split("\\.");
    return parts.length >= 2 ? parts[0] + "." + parts[1] : version;
  }
}
