package dev.moat.sbom;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One package found in an image: an OS package or a language library.
 *
 * @param type the purl type of its ecosystem: {@code deb}, {@code apk}, {@code rpm}, {@code maven},
 *     {@code npm}, {@code pypi}, {@code golang}, {@code cargo}, {@code gem}, {@code nuget},
 *     {@code composer}
 * @param name the name as its ecosystem's advisories spell it: {@code group:artifact} for Maven,
 *     {@code @scope/name} for npm, the module path for Go, the binary package name for deb/rpm/apk
 * @param version the version as installed; for rpm {@code [epoch:]version-release}, for deb the
 *     full Debian version including any epoch
 * @param sourceName the source package (deb source, apk origin, rpm source rpm name), if known
 * @param sourceVersion the source package's version, if it differs or is known
 * @param arch the architecture, for OS packages
 * @param licenses declared licenses, as written by the package
 * @param path where it was found: the database file, lock file or archive, absolute in the image;
 *     nested archives are written {@code /app/x.war!/WEB-INF/lib/y.jar}
 * @param layer diffID of the layer the path came from; empty until the engine places it
 * @param properties extra facts ({@code sha1} of a jar, {@code go.toolchain}, ...)
 * @param dependsOn {@code name@version} keys of packages of the same file this one depends on
 */
public record Package(
    String type,
    String name,
    String version,
    Optional<String> sourceName,
    Optional<String> sourceVersion,
    Optional<String> arch,
    List<String> licenses,
    String path,
    String layer,
    Map<String, String> properties,
    List<String> dependsOn) {

  public Package {
    licenses = List.copyOf(licenses);
    properties = Map.copyOf(properties);
    dependsOn = List.copyOf(dependsOn);
  }

  /** A package with only the essentials; add details with the {@code with...} methods. */
  public static Package of(String type, String name, String version, String path) {
    return new Package(type, name, version, Optional.empty(), Optional.empty(), Optional.empty(),
        List.of(), path, "", Map.of(), List.of());
  }

  public Package withSource(String srcName, String srcVersion) {
    return new Package(type, name, version, Optional.ofNullable(srcName), Optional.ofNullable(srcVersion), arch,
        licenses, path, layer, properties, dependsOn);
  }

  public Package withArch(String newArch) {
    return new Package(type, name, version, sourceName, sourceVersion, Optional.ofNullable(newArch),
        licenses, path, layer, properties, dependsOn);
  }

  public Package withLicenses(List<String> newLicenses) {
    return new Package(type, name, version, sourceName, sourceVersion, arch, newLicenses, path, layer,
        properties, dependsOn);
  }

  public Package withProperties(Map<String, String> newProperties) {
    return new Package(type, name, version, sourceName, sourceVersion, arch, licenses, path, layer,
        newProperties, dependsOn);
  }

  public Package withDependsOn(List<String> newDependsOn) {
    return new Package(type, name, version, sourceName, sourceVersion, arch, licenses, path, layer,
        properties, newDependsOn);
  }

  public Package withPath(String newPath) {
    return new Package(type, name, version, sourceName, sourceVersion, arch, licenses, newPath, layer,
        properties, dependsOn);
  }

  public Package inLayer(String diffId) {
    return new Package(type, name, version, sourceName, sourceVersion, arch, licenses, path, diffId,
        properties, dependsOn);
  }

  /** The key other packages of the same file use in {@link #dependsOn}. */
  public String key() {
    return name + "@" + version;
  }
}
