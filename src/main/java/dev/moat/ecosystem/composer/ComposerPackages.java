package dev.moat.ecosystem.composer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.moat.sbom.Package;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the package objects Composer writes in {@code composer.lock} and {@code installed.json}
 * (the same shape in both) into packages, with {@code require} entries resolved to the packages
 * of the same list; platform requirements ({@code php}, {@code ext-*}) resolve to nothing.
 */
final class ComposerPackages {

  static final String TYPE = "composer";

  private ComposerPackages() {}

  static List<Package> of(JsonNode array, String path) {
    Map<String, String> versionByName = new HashMap<>();
    for (JsonNode entry : array) {
      versionByName.put(entry.path("name").asText(""), version(entry.path("version").asText("")));
    }
    List<Package> packages = new ArrayList<>();
    for (JsonNode entry : array) {
      String name = entry.path("name").asText("");
      String declared = entry.path("version").asText("");
      if (name.isEmpty() || declared.isEmpty()) {
        continue;
      }
      List<String> dependsOn = new ArrayList<>();
      for (var require : entry.path("require").properties()) {
        String version = versionByName.get(require.getKey());
        if (version != null && !version.isEmpty()) {
          dependsOn.add(require.getKey() + "@" + version);
        }
      }
      List<String> licenses = new ArrayList<>();
      entry.path("license").forEach(l -> licenses.add(l.asText()));
      Package pkg = Package.of(TYPE, name, version(declared), path).withLicenses(licenses).withDependsOn(dependsOn);
      packages.add(declared.equals(pkg.version()) ? pkg : pkg.withProperties(Map.of("declaredVersion", declared)));
    }
    return packages;
  }

  /**
   * Composer accepts a {@code v} before a version ({@code v5.4.21}) and drops it when it normalises
   * versions; the Packagist advisories Moat matches against write versions without it.
   */
  static String version(String declared) {
    boolean prefixed = declared.length() > 1 && (declared.charAt(0) == 'v' || declared.charAt(0) == 'V')
        && Character.isDigit(declared.charAt(1));
    return prefixed ? declared.substring(1) : declared;
  }
}
