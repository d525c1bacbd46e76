package dev.moat.match;

import dev.moat.version.VersionScheme;
import dev.moat.vulndb.Affected;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates advisories that state what is safe instead of OSV events, as RubySec does: a version
 * is affected unless it satisfies one of the {@code patched_versions} or {@code unaffected_versions}
 * requirements ({@code "~> 5.2.4, >= 5.2.4.3"}), evaluated with the ecosystem's own scheme.
 */
final class RequirementListEvaluator {

  private RequirementListEvaluator() {}

  /** Whether {@code affected} is stated as requirement lists rather than ranges. */
  static boolean applies(Affected affected) {
    return affected.ranges().isEmpty() && affected.versions().isEmpty()
        && (affected.databaseSpecific().containsKey("patched_versions")
            || affected.databaseSpecific().containsKey("unaffected_versions"));
  }

  static boolean affects(Affected affected, String version, VersionScheme scheme) {
    for (String requirement : requirements(affected, "patched_versions")) {
      if (satisfies(scheme, version, requirement)) {
        return false;
      }
    }
    for (String requirement : requirements(affected, "unaffected_versions")) {
      if (satisfies(scheme, version, requirement)) {
        return false;
      }
    }
    return true;
  }

  /** The lowest {@code >=} bound of a patched requirement above {@code version}: the version to upgrade to. */
  static List<String> fixedVersions(Affected affected, String version, VersionScheme scheme) {
    Optional<String> best = Optional.empty();
    for (String requirement : requirements(affected, "patched_versions")) {
      for (String part : requirement.split(",")) {
        String p = part.strip();
        if (p.startsWith(">=")) {
          String candidate = p.substring(2).strip();
          if (OsvRangeEvaluator.safeCompare(scheme, candidate, version) > 0
              && (best.isEmpty() || OsvRangeEvaluator.safeCompare(scheme, candidate, best.get()) < 0)) {
            best = Optional.of(candidate);
          }
        }
      }
    }
    return best.map(List::of).orElse(List.of());
  }

  private static boolean satisfies(VersionScheme scheme, String version, String requirement) {
    try {
      return scheme.satisfies(version, requirement);
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static List<String> requirements(Affected affected, String key) {
    Object value = affected.databaseSpecific().get(key);
    List<String> out = new ArrayList<>();
    if (value instanceof List<?> list) {
      list.forEach(v -> out.add(String.valueOf(v)));
    }
    return out;
  }
}
