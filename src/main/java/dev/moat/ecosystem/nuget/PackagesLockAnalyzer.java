package dev.moat.ecosystem.nuget;

import com.fasterxml.jackson.databind.JsonNode;
import dev.moat.analyze.AnalyzedFile;
import dev.moat.analyze.FileAnalyzer;
import dev.moat.analyze.FileFindings;
import dev.moat.json.JsonTrees;
import dev.moat.sbom.Package;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * NuGet's {@code packages.lock.json}: per target framework, each locked package with its
 * {@code resolved} version and dependencies. {@code Project} entries (references to other
 * projects of the solution) are not packages and are skipped; a package locked for several
 * frameworks is reported once per version.
 */
public final class PackagesLockAnalyzer implements FileAnalyzer {

  private static final long MAX_SIZE = 32L << 20;

  @Override
  public String name() {
    return "nuget-lock";
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public boolean accepts(String path, long size) {
    return size <= MAX_SIZE && path.endsWith("/packages.lock.json");
  }

  @Override
  public FileFindings analyze(AnalyzedFile file) throws IOException {
    Map<String, Set<String>> dependsOnByKey = new LinkedHashMap<>();
    for (JsonNode framework : JsonTrees.parse(file.content()).path("dependencies")) {
      for (var entry : framework.properties()) {
        String version = entry.getValue().path("resolved").asText("");
        if (version.isEmpty() || "Project".equals(entry.getValue().path("type").asText())) {
          continue;
        }
        Set<String> dependsOn = dependsOnByKey.computeIfAbsent(entry.getKey() + "@" + version, k -> new LinkedHashSet<>());
        for (var dep : entry.getValue().path("dependencies").properties()) {
          // a dependency names a range; the version locked for it is its own entry in this framework
          String resolved = framework.path(dep.getKey()).path("resolved").asText("");
          if (!resolved.isEmpty() && !"Project".equals(framework.path(dep.getKey()).path("type").asText())) {
            dependsOn.add(dep.getKey() + "@" + resolved);
          }
        }
      }
    }
    List<Package> packages = new ArrayList<>();
    dependsOnByKey.forEach((key, dependsOn) -> {
      int at = key.lastIndexOf('@');
      packages.add(Package.of(DepsJsonAnalyzer.TYPE, key.substring(0, at), key.substring(at + 1), file.path())
          .withDependsOn(List.copyOf(dependsOn)));
    });
    return FileFindings.packages(packages);
  }
}
