package dev.moat.ecosystem.npm;

import dev.moat.sbom.Package;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects the packages of one lock file, each {@code name@version} once however many copies the
 * tree holds, with the union of their dependencies. Not thread-safe: one per file.
 */
final class LockPackages {

  private final String path;
  private final Map<String, Package> packages = new LinkedHashMap<>();
  private final Map<String, Set<String>> dependsOn = new LinkedHashMap<>();

  LockPackages(String path) {
    this.path = path;
  }

  void add(String name, String version, List<String> licenses, List<String> dependencies) {
    Package pkg = Package.of("npm", name, version, path).withLicenses(licenses);
    packages.putIfAbsent(pkg.key(), pkg);
    dependsOn.computeIfAbsent(pkg.key(), k -> new LinkedHashSet<>()).addAll(dependencies);
  }

  boolean contains(String key) {
    return packages.containsKey(key);
  }

  /** The packages, each depending only on packages of this file. */
  List<Package> build() {
    List<Package> result = new ArrayList<>();
    for (Package pkg : packages.values()) {
      List<String> deps = dependsOn.get(pkg.key()).stream().filter(packages::containsKey).sorted().toList();
      result.add(pkg.withDependsOn(deps));
    }
    return List.copyOf(result);
  }
}
