package dev.moat.ecosystem.maven;

import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

/**
 * Maven coordinates guessed from {@code META-INF/MANIFEST.MF} for archives without pom.properties,
 * with the attribute precedence of Trivy's jar parser: group from Implementation-Vendor-Id, then
 * Bundle-SymbolicName minus its last segment, then the vendors; artifact from Implementation-Title,
 * Specification-Title, Bundle-Name; version from Implementation-, Specification-, Bundle-Version.
 */
final class ManifestIdentity {

  private ManifestIdentity() {}

  static Optional<PomProperties> of(Manifest manifest) {
    Attributes main = manifest.getMainAttributes();
    Optional<String> group = first(main, "Implementation-Vendor-Id")
        .or(() -> first(main, "Bundle-SymbolicName").map(ManifestIdentity::bundleGroup))
        .or(() -> first(main, "Implementation-Vendor"))
        .or(() -> first(main, "Specification-Vendor"));
    Optional<String> artifact = first(main, "Implementation-Title")
        .or(() -> first(main, "Specification-Title"))
        .or(() -> first(main, "Bundle-Name"));
    Optional<String> version = first(main, "Implementation-Version")
        .or(() -> first(main, "Specification-Version"))
        .or(() -> first(main, "Bundle-Version"));
    if (group.isEmpty() || artifact.isEmpty() || version.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new PomProperties(group.get(), artifact.get(), version.get()));
  }

  /** {@code com.fasterxml.jackson.core.jackson-databind;singleton:=true} has group {@code com.fasterxml.jackson.core}. */
  private static String bundleGroup(String symbolicName) {
    int semicolon = symbolicName.indexOf(';');
    String name = semicolon >= 0 ? symbolicName.substring(0, semicolon).strip() : symbolicName;
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static Optional<String> first(Attributes attributes, String name) {
    return Optional.ofNullable(attributes.getValue(name)).map(String::strip).filter(s -> !s.isEmpty());
  }
}
