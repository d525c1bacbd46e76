package dev.moat.match;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Merges findings of one package whose ids overlap (a CVE, its GHSA, its GO- or DSA- advisory)
 * into one finding keeping every id; the merged finding takes the most severe rating and the
 * union of fixed versions, references and CVSS scores.
 */
final class AliasMerger {

  private AliasMerger() {}

  static List<Finding> merge(List<Finding> findings) {
    List<List<Finding>> groups = new ArrayList<>();
    List<Set<String>> groupIds = new ArrayList<>();
    for (Finding f : findings) {
      Set<String> ids = new LinkedHashSet<>(f.allIds());
      int target = -1;
      for (int g = 0; g < groups.size(); g++) {
        if (!java.util.Collections.disjoint(groupIds.get(g), ids)) {
          if (target < 0) {
            target = g;
            groups.get(g).add(f);
            groupIds.get(g).addAll(ids);
          } else {
            groups.get(target).addAll(groups.remove(g));
            groupIds.get(target).addAll(groupIds.remove(g));
            g--;
          }
        }
      }
      if (target < 0) {
        groups.add(new ArrayList<>(List.of(f)));
        groupIds.add(ids);
      }
    }
    List<Finding> merged = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      merged.add(combine(groups.get(g), groupIds.get(g)));
    }
    return merged;
  }

  private static Finding combine(List<Finding> group, Set<String> ids) {
    if (group.size() == 1) {
      return group.get(0);
    }
    Finding best = group.get(0);
    for (Finding f : group) {
      if (rank(f) > rank(best)) {
        best = f;
      }
    }
    String primary = ids.stream().filter(id -> id.startsWith("CVE-")).findFirst().orElse(best.id());
    List<String> aliases = ids.stream().filter(id -> !id.equals(primary)).toList();
    Set<String> fixed = new LinkedHashSet<>();
    Set<String> refs = new LinkedHashSet<>();
    Set<Finding.CvssScore> cvss = new LinkedHashSet<>();
    boolean kev = false;
    FixStatus status = best.status();
    for (Finding f : group) {
      fixed.addAll(f.fixedVersions());
      refs.addAll(f.references());
      cvss.addAll(f.cvss());
      kev |= f.knownExploited();
      if (f.status() == FixStatus.FIXED) {
        status = FixStatus.FIXED;
      }
    }
    return new Finding(primary, aliases, best.pkg(), best.installedVersion(), List.copyOf(fixed), status,
        best.severity(), best.severitySource(), List.copyOf(cvss), best.title().or(() -> group.stream()
            .flatMap(f -> f.title().stream()).findFirst()), best.description(), List.copyOf(refs), kev,
        best.dataSource());
  }

  /** Vendor ratings outrank computed ones; then the more severe wins. */
  private static int rank(Finding f) {
    boolean vendor = !f.severitySource().startsWith("cvss") && !f.severitySource().equals("none");
    return (vendor ? 100 : 0) + f.severity().ordinal();
  }
}
