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
    Optional<String> version = first(main, "Implementation-Version")
        .or(() -> first(main, "Bundle-Version"))
        .or(() -> first(main, "Specification-Version"))
        .or(fileName::version);
    if (version.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> artifact = fileName.version().isPresent() && fileName.version().equals(version)
        ? Optional.of(fileName.artifactId())
        : first(main, "Implementation-Title").or(() -> first(main, "Specification-Title"))
            .filter(title -> title.chars().noneMatch(Character::isWhitespace))
            .or(() -> first(main, "Bundle-SymbolicName").map(ManifestIdentity::symbolicName)
                .map(name -> name.substring(name.lastIndexOf('.') + 1)));
    if (artifact.isEmpty()) {
      return Optional.empty();
    }
    String artifactId = artifact.get();
    Optional<String> group = first(main, "Implementation-Vendor-Id")
        .or(() -> first(main, "Bundle-SymbolicName").map(name -> bundleGroup(symbolicName(name), artifactId)))
        .or(() -> first(main, "Automatic-Module-Name").map(name -> bundleGroup(name, artifactId)));
    return group.map(g -> new PomProperties(g, artifactId, version.get()));
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
