package dev.moat.version;

import dev.moat.ecosystem.alpine.ApkVersion;
import dev.moat.ecosystem.cargo.CargoVersion;
import dev.moat.ecosystem.debian.DebianVersion;
import dev.moat.ecosystem.golang.GoVersion;
import dev.moat.ecosystem.maven.MavenResolverVersion;
import dev.moat.ecosystem.maven.MavenVersion;
import dev.moat.ecosystem.npm.NpmVersion;
import dev.moat.ecosystem.nuget.NuGetVersion;
import dev.moat.ecosystem.pypi.PypiVersion;
import dev.moat.ecosystem.rpm.RpmVersion;
import dev.moat.ecosystem.rubygems.GemVersion;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Looks up version schemes by name and by OSV ecosystem.
 *
 * <p>OSV ecosystem names map as follows (a {@code :suffix} such as {@code Debian:12} or
 * {@code Alpine:v3.20} is ignored): Debian, Ubuntu → deb; Alpine, Wolfi, Chainguard, MinimOS →
 * apk; Red Hat, Rocky Linux, AlmaLinux, SUSE, openSUSE, Mageia, openEuler, Photon OS, Azure Linux
 * → rpm; npm, Hex, Pub, SwiftURL → semver (node-semver ranges); Maven → maven; PyPI → pep440;
 * Go → go; RubyGems → gem; NuGet → nuget; crates.io → cargo. Everything else, including
 * Packagist (Composer's order is SemVer-like with {@code -dev}/{@code alpha}/{@code RC} tags),
 * gets {@link GenericVersion}, a SemVer-like order that never rejects a version.
 */
public final class VersionSchemes {

  private static final List<VersionScheme> ALL =
      List.of(
          new DebianVersion(), new ApkVersion(), new RpmVersion(), new NpmVersion(),
          new MavenVersion(), new MavenResolverVersion(), new PypiVersion(), new GoVersion(),
          new GemVersion(), new NuGetVersion(), new CargoVersion(), new GenericVersion());

  private static final Map<String, VersionScheme> BY_NAME =
      ALL.stream().collect(Collectors.toUnmodifiableMap(VersionScheme::name, Function.identity()));

  private static final Map<String, String> OSV =
      Map.ofEntries(
          Map.entry("debian", "deb"),
          Map.entry("ubuntu", "deb"),
          Map.entry("alpine", "apk"),
          Map.entry("wolfi", "apk"),
          Map.entry("chainguard", "apk"),
          Map.entry("minimos", "apk"),
          Map.entry("red hat", "rpm"),
          Map.entry("rocky linux", "rpm"),
          Map.entry("almalinux", "rpm"),
          Map.entry("suse", "rpm"),
          Map.entry("opensuse", "rpm"),
          Map.entry("mageia", "rpm"),
          Map.entry("openeuler", "rpm"),
          Map.entry("photon os", "rpm"),
          Map.entry("azure linux", "rpm"),
          Map.entry("npm", "semver"),
          Map.entry("hex", "semver"),
          Map.entry("pub", "semver"),
          Map.entry("swifturl", "semver"),
          Map.entry("maven", "maven"),
          Map.entry("pypi", "pep440"),
          Map.entry("go", "go"),
          Map.entry("rubygems", "gem"),
          Map.entry("nuget", "nuget"),
          Map.entry("crates.io", "cargo"));

  private VersionSchemes() {}

  /** Every scheme, in a fixed order. */
  public static List<VersionScheme> all() {
    return ALL;
  }

  private static final Map<String, String> ALIASES =
      Map.of("dpkg", "deb", "debian", "deb", "alpine", "apk", "npm", "semver", "pypi", "pep440",
          "golang", "go", "rubygems", "gem", "crates.io", "cargo");

  /**
   * The scheme called {@code name} ({@code deb}, {@code apk}, {@code rpm}, {@code semver},
   * {@code maven}, {@code maven-resolver}, {@code pep440}, {@code go}, {@code gem}, {@code nuget},
   * {@code cargo}, {@code generic}) or by a common alias ({@code dpkg}, {@code npm}, {@code pypi}).
   */
  public static Optional<VersionScheme> forName(String name) {
    String key = name.strip().toLowerCase(Locale.ROOT);
    return Optional.ofNullable(BY_NAME.get(ALIASES.getOrDefault(key, key)));
  }

  /** The scheme for an OSV ecosystem name; unknown ecosystems get {@link GenericVersion}. */
  public static VersionScheme forOsvEcosystem(String ecosystem) {
    String base = ecosystem;
    int colon = base.indexOf(':');
    if (colon >= 0) {
      base = base.substring(0, colon);
    }
    String scheme = OSV.get(base.strip().toLowerCase(Locale.ROOT));
    return BY_NAME.get(scheme == null ? "generic" : scheme);
  }
}
