package dev.moat.sbom;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Resolves a {@link Package#dependsOn} key to the referenced package's id: first among packages of
 * the same file (a lock file), else among packages of the same ecosystem (an installed package
 * whose edges came from the lock file next to it).
 */
final class DependencyTargets {

  private final Map<String, Map<String, String>> byFile = new HashMap<>();
  private final Map<String, Map<String, String>> byType = new HashMap<>();

  DependencyTargets(List<Package> packages, Function<Package, String> idOf) {
    for (Package p : packages) {
      byFile.computeIfAbsent(p.path(), k -> new HashMap<>()).putIfAbsent(p.key(), idOf.apply(p));
      byType.computeIfAbsent(p.type(), k -> new HashMap<>()).putIfAbsent(p.key(), idOf.apply(p));
    }
  }

  /** The id of the package {@code from} depends on by {@code key}, or null when it is not in the inventory. */
  String find(Package from, String key) {
    String sameFile = byFile.getOrDefault(from.path(), Map.of()).get(key);
    return sameFile != null ? sameFile : byType.getOrDefault(from.type(), Map.of()).get(key);
  }
}
