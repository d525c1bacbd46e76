package dev.moat.report;

import dev.moat.match.Finding;
import dev.moat.sbom.Inventory;
import dev.moat.sbom.Package;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups findings by target as Trivy does: the OS packages form one target named after the image
 * and distribution, each language file (lock file, archive, binary) is its own target.
 */
final class Targets {

  static final Set<String> OS_TYPES = Set.of("deb", "apk", "rpm");

  private Targets() {}

  static String targetOf(Inventory inventory, Package p) {
    if (OS_TYPES.contains(p.type())) {
      return inventory.image().name() + inventory.os().map(os -> " (" + os.family() + " " + os.version() + ")").orElse("");
    }
    return p.path();
  }

  static String classOf(Package p) {
    return OS_TYPES.contains(p.type()) ? "os-pkgs" : "lang-pkgs";
  }

  /** Findings per target, OS first, then language targets in path order. */
  static Map<String, List<Finding>> group(Inventory inventory, List<Finding> findings) {
    Map<String, List<Finding>> groups = new LinkedHashMap<>();
    findings.stream()
        .sorted(java.util.Comparator.comparing((Finding f) -> OS_TYPES.contains(f.pkg().type()) ? 0 : 1)
            .thenComparing(f -> f.pkg().path())
            .thenComparing(f -> f.pkg().name())
            .thenComparing(f -> -f.severity().ordinal())
            .thenComparing(Finding::id))
        .forEach(f -> groups.computeIfAbsent(targetOf(inventory, f.pkg()), k -> new java.util.ArrayList<>()).add(f));
    return groups;
  }
}
