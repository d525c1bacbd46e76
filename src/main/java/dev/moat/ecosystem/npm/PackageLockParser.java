package dev.moat.ecosystem.npm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.moat.sbom.Package;
import java.util.ArrayList;
import java.util.Deque;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads npm's package-lock.json: the flat {@code packages} map of lockfile v2 and v3, else the
 * nested {@code dependencies} tree of v1. Development-only packages are left out, as Trivy does by
 * default; dependencies are resolved the way Node's module resolution walks up node_modules.
 */
final class PackageLockParser {

  private static final String NODE_MODULES = "node_modules/";
  private static final List<String> DEPENDENCY_FIELDS =
      List.of("dependencies", "optionalDependencies", "peerDependencies");

  private PackageLockParser() {}

  static List<Package> parse(JsonNode lock, String path) {
    LockPackages packages = new LockPackages(path);
    JsonNode flat = lock.path("packages");
    if (lock.path("lockfileVersion").asInt(1) >= 2 && flat.isObject()) {
      readPackages(flat, packages);
    } else {
      readTree(lock.path("dependencies"), new ArrayDeque<>(List.of(lock)), packages);
    }
    return packages.build();
  }

  /** v2/v3: keys are install locations, {@code node_modules/a/node_modules/@s/b}. */
  private static void readPackages(JsonNode flat, LockPackages into) {
    for (Iterator<Map.Entry<String, JsonNode>> it = flat.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String location = entry.getKey();
      JsonNode pkg = entry.getValue();
      int nameAt = location.lastIndexOf(NODE_MODULES);
      // the root project and workspace folders are the project's own code; links point at them
      if (nameAt < 0 || pkg.path("link").asBoolean(false) || pkg.path("dev").asBoolean(false)) {
        continue;
      }
      String version = pkg.path("version").asText("");
      if (version.isEmpty()) {
        continue;
      }
      String name = pkg.path("name").asText(location.substring(nameAt + NODE_MODULES.length()));
      List<String> deps = new ArrayList<>();
      for (String field : DEPENDENCY_FIELDS) {
        pkg.path(field).fieldNames().forEachRemaining(dep -> resolve(flat, location, dep).ifPresent(deps::add));
      }
      into.add(name, version, PackageJson.licenses(pkg), deps);
    }
  }

  /** Node's resolution: {@code <here>/node_modules/dep}, then each enclosing node_modules up to the root. */
  private static Optional<String> resolve(JsonNode flat, String from, String dep) {
    String base = from;
    while (true) {
      String candidate = (base.isEmpty() ? "" : base + "/") + NODE_MODULES + dep;
      JsonNode target = flat.path(candidate);
      if (target.isObject()) {
        if (target.path("dev").asBoolean(false) || !target.has("version")) {
          return Optional.empty();
        }
        return Optional.of(target.path("name").asText(dep) + "@" + target.path("version").asText());
      }
      if (base.isEmpty()) {
        return Optional.empty();
      }
      int parent = base.lastIndexOf("/" + NODE_MODULES);
      base = parent < 0 ? "" : base.substring(0, parent);
    }
  }

  /** v1: each dependency nests the copies it needs under its own {@code dependencies}. */
  private static void readTree(JsonNode dependencies, Deque<JsonNode> ancestors, LockPackages into) {
    for (Iterator<Map.Entry<String, JsonNode>> it = dependencies.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      JsonNode dep = entry.getValue();
      if (dep.path("dev").asBoolean(false)) {
        continue;
      }
      String version = dep.path("version").asText("");
      if (version.isEmpty() || version.startsWith("file:")) {
        continue;
      }
      ancestors.push(dep);
      List<String> deps = new ArrayList<>();
      dep.path("requires").fieldNames().forEachRemaining(required -> {
        for (JsonNode scope : ancestors) {
          JsonNode found = scope.path("dependencies").path(required);
          if (found.isObject()) {
            if (!found.path("dev").asBoolean(false)) {
              deps.add(required + "@" + found.path("version").asText());
            }
            break;
          }
        }
      });
      into.add(entry.getKey(), version, List.of(), deps);
      readTree(dep.path("dependencies"), ancestors, into);
      ancestors.pop();
    }
  }
}
