package dev.moat.ecosystem.npm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.moat.sbom.Package;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads pnpm-lock.yaml. Lockfile 5.x keys packages {@code /name/1.0.0_peer}, 6.x
 * {@code /name@1.0.0(peer)}, both flagging {@code dev: true}; 9.x keys {@code name@1.0.0} and moves
 * dependencies to {@code snapshots}, without dev flags, so production packages are those reachable
 * from the importers' dependencies and optionalDependencies (Trivy's rule: dev ones are left out).
 */
final class PnpmLockParser {

  private static final List<String> PROD_FIELDS = List.of("dependencies", "optionalDependencies");

  private PnpmLockParser() {}

  static List<Package> parse(JsonNode lock, String path) {
    String lockfileVersion = lock.path("lockfileVersion").asText("");
    boolean v5 = lockfileVersion.startsWith("5");
    boolean v9 = !v5 && !lockfileVersion.startsWith("6") && lock.has("snapshots");
    JsonNode graph = v9 ? lock.path("snapshots") : lock.path("packages");
    Optional<Set<String>> production = v9 ? Optional.of(reachable(lock, graph)) : Optional.empty();
    LockPackages packages = new LockPackages(path);
    for (Iterator<Map.Entry<String, JsonNode>> it = graph.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      JsonNode pkg = entry.getValue();
      if (pkg.path("dev").asBoolean(false) || production.map(p -> !p.contains(entry.getKey())).orElse(false)) {
        continue;
      }
      Optional<String[]> id = parseKey(entry.getKey(), v5);
      if (id.isEmpty()) {
        continue;
      }
      List<String> deps = new ArrayList<>();
      for (String field : PROD_FIELDS) {
        for (Iterator<Map.Entry<String, JsonNode>> d = pkg.path(field).fields(); d.hasNext(); ) {
          Map.Entry<String, JsonNode> dep = d.next();
          reference(dep.getKey(), dep.getValue().asText(), v5).flatMap(ref -> parseKey(ref, v5))
              .ifPresent(target -> deps.add(target[0] + "@" + target[1]));
        }
      }
      packages.add(id.get()[0], id.get()[1], List.of(), deps);
    }
    return packages.build();
  }

  /** The snapshot keys reachable from any importer's production dependencies (lockfile 9). */
  private static Set<String> reachable(JsonNode lock, JsonNode snapshots) {
    Deque<String> todo = new ArrayDeque<>();
    for (JsonNode importer : lock.path("importers")) {
      for (String field : PROD_FIELDS) {
        importer.path(field).fields().forEachRemaining(dep ->
            reference(dep.getKey(), dep.getValue().path("version").asText(), false).ifPresent(todo::add));
      }
    }
    Set<String> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      String key = todo.pop();
      if (!seen.add(key)) {
        continue;
      }
      JsonNode snapshot = snapshots.path(key);
      for (String field : PROD_FIELDS) {
        snapshot.path(field).fields().forEachRemaining(dep ->
            reference(dep.getKey(), dep.getValue().asText(), false).ifPresent(todo::add));
      }
    }
    return seen;
  }

  /**
   * The package key a dependency {@code name: ref} points to: {@code 1.0.0(peer)} is
   * {@code name@1.0.0(peer)}, an alias ref is already a key; {@code link:} refs are local folders.
   */
  private static Optional<String> reference(String name, String ref, boolean v5) {
    if (ref.isEmpty() || ref.startsWith("link:") || ref.startsWith("file:")) {
      return Optional.empty();
    }
    if (ref.startsWith("/")) {
      return Optional.of(ref);
    }
    if (v5) {
      return Optional.of("/" + name + "/" + ref);
    }
    String head = ref.substring(0, peerStart(ref));
    return Optional.of(head.indexOf('@', 1) > 0 ? ref : name + "@" + ref);
  }

  private static int peerStart(String ref) {
    int paren = ref.indexOf('(');
    return paren < 0 ? ref.length() : paren;
  }

  /** {@code [name, version]} of a package key of any lockfile version, without peer suffixes. */
  static Optional<String[]> parseKey(String key, boolean v5) {
    String k = key.startsWith("/") ? key.substring(1) : key;
    k = k.substring(0, peerStart(k));
    String name;
    String version;
    if (v5) {
      int underscore = k.indexOf('_');
      if (underscore > 0) {
        k = k.substring(0, underscore);
      }
      int slash = k.lastIndexOf('/');
      if (slash <= 0) {
        return Optional.empty();
      }
      name = k.substring(0, slash);
      version = k.substring(slash + 1);
    } else {
      int at = k.lastIndexOf('@');
      if (at <= 0) {
        return Optional.empty();
      }
      name = k.substring(0, at);
      version = k.substring(at + 1);
    }
    return name.isEmpty() || version.isEmpty() ? Optional.empty() : Optional.of(new String[] {name, version});
  }
}
