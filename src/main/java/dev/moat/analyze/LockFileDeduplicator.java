package dev.moat.analyze;

import dev.moat.sbom.Package;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reports an npm package once when both a lock file and the installed {@code node_modules} below it
 * name it: the installed copy is what ships, so it stays, and takes the lock file's dependency
 * edges when it has none. Lock entries with no installed copy stay (a lock file without
 * {@code node_modules} is all there is).
 */
final class LockFileDeduplicator {

  private static final List<String> NPM_LOCKS =
      List.of("/package-lock.json", "/npm-shrinkwrap.json", "/yarn.lock", "/pnpm-lock.yaml");

  private LockFileDeduplicator() {}

  static List<Package> deduplicate(List<Package> packages) {
    Map<String, List<Integer>> installedByKey = new HashMap<>();
    for (int i = 0; i < packages.size(); i++) {
      Package p = packages.get(i);
      if (p.type().equals("npm") && p.path().contains("/node_modules/") && p.path().endsWith("/package.json")) {
        installedByKey.computeIfAbsent(p.key(), k -> new ArrayList<>()).add(i);
      }
    }
    List<Package> result = new ArrayList<>(packages);
    boolean[] drop = new boolean[packages.size()];
    for (int i = 0; i < packages.size(); i++) {
      Package lock = packages.get(i);
      String dir = lockDirectory(lock);
      if (dir == null) {
        continue;
      }
      for (int j : installedByKey.getOrDefault(lock.key(), List.of())) {
        if (result.get(j).path().startsWith(dir + "/node_modules/")) {
          drop[i] = true;
          if (result.get(j).dependsOn().isEmpty() && !lock.dependsOn().isEmpty()) {
            result.set(j, result.get(j).withDependsOn(lock.dependsOn()));
          }
          break;
        }
      }
    }
    List<Package> kept = new ArrayList<>();
    for (int i = 0; i < result.size(); i++) {
      if (!drop[i]) {
        kept.add(result.get(i));
      }
    }
    return kept;
  }

  private static String lockDirectory(Package p) {
    if (!p.type().equals("npm")) {
      return null;
    }
    for (String lock : NPM_LOCKS) {
      if (p.path().endsWith(lock)) {
        return p.path().substring(0, p.path().length() - lock.length());
      }
    }
    return null;
  }
}
