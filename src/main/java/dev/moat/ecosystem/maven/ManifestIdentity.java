package dev.moat.ecosystem.maven;

import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

/**
 * Maven coordinates guessed from {@code META-INF/MANIFEST.MF} and the file name, for archives
 * without pom.properties. Trivy asks its Java DB first and falls back to the manifest's titles,
 * which are often prose ({@code H2 Database Engine}); without such a DB the file name is a better
 * artifact id when its version agrees with the manifest's.
 */
final class ManifestIdentity {

  private ManifestIdentity() {}

  static Optional<PomProperties> of(Manifest manifest, ArchiveFileName fileName) {
    Attributes main = manifest.getMainAttributes();
    // A jar named artifact-version.jar is what its build published; manifests carry prose and build
    // placeholders ("5.13.0 (b0)", "task ':x:jar' property 'archiveVersion'"), so they only fill gaps.
    Optional<String> version = fileName.version()
        .or(() -> first(main, "Implementation-Version").filter(ManifestIdentity::isVersion))
        .or(() -> first(main, "Bundle-Version").filter(ManifestIdentity::isVersion))
        .or(() -> first(main, "Specification-Version").filter(ManifestIdentity::isVersion));
    if (version.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> artifact = fileName.version().isPresent()
        ? Optional.of(fileName.artifactId())
        : first(main, "Implementation-Title").or(() -> first(main, "Specification-Title"))
            .filter(ManifestIdentity::isToken)
            .or(() -> first(main, "Bundle-SymbolicName").map(ManifestIdentity::symbolicName)
                .map(name -> name.substring(name.lastIndexOf('.') + 1)));
    if (artifact.isEmpty()) {
      return Optional.empty();
    }
    String artifactId = artifact.get();
    // Automatic-Module-Name is a Java module name, not a Maven group: never used.
    Optional<String> group = first(main, "Implementation-Vendor-Id")
        .filter(g -> isGroup(g, artifactId))
        .or(() -> first(main, "Bundle-SymbolicName").map(name -> bundleGroup(symbolicName(name), artifactId))
            .filter(g -> isGroup(g, artifactId)));
    return group.map(g -> new PomProperties(g, artifactId, version.get()));
  }

  /** A Maven group looks like a reversed domain: dotted, no spaces, not just the artifact id again. */
  static boolean isGroup(String group, String artifactId) {
    return group.indexOf('.') > 0 && isToken(group) && !group.equals(artifactId) && !group.endsWith(".");
  }

  /** A version starts with a digit and has no spaces. */
  static boolean isVersion(String version) {
    return !version.isEmpty() && Character.isDigit(version.charAt(0)) && isToken(version);
  }

  private static boolean isToken(String text) {
    return text.chars().noneMatch(Character::isWhitespace) && text.indexOf('\'') < 0;
  }

  /**
   * {@code com.fasterxml.jackson.core.jackson-databind} is group {@code com.fasterxml.jackson.core}
   * of {@code jackson-databind}; {@code com.h2database}, not ending in the artifact id, is h2's group;
   * {@code org.opentest4j} is opentest4j's, as no group is a bare top-level domain.
   */
  private static String bundleGroup(String symbolicName, String artifactId) {
    String suffix = "." + artifactId;
    String rest = symbolicName.endsWith(suffix) ? symbolicName.substring(0, symbolicName.length() - suffix.length()) : "";
    return rest.indexOf('.') > 0 ? rest : symbolicName;
  }

  /** {@code org.example.x;singleton:=true} is {@code org.example.x}. */
  private static String symbolicName(String header) {
    int semicolon = header.indexOf(';');
    return (semicolon >= 0 ? header.substring(0, semicolon) : header).strip();
  }

  private static Optional<String> first(Attributes attributes, String name) {
    return Optional.ofNullable(attributes.getValue(name)).map(String::strip).filter(s -> !s.isEmpty());
  }
}
