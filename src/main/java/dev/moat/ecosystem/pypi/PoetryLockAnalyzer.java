package dev.moat.ecosystem.pypi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.moat.analyze.AnalyzedFile;
import dev.moat.analyze.FileAnalyzer;
import dev.moat.analyze.FileFindings;
import dev.moat.json.JsonTrees;
import dev.moat.sbom.Package;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Poetry's {@code poetry.lock} with the dependency relations of {@code [package.dependencies]}.
 * Development packages are not reported, as a production image does not install them: lock
 * files before Poetry 1.5 mark them {@code category = "dev"}, Poetry 2 lists each package's
 * {@code groups}, and a package outside the {@code main} group is development-only. Lock files of
 * Poetry 1.5 to 1.8 record neither, and every package is reported.
 */
public final class PoetryLockAnalyzer implements FileAnalyzer {

  private static final long MAX_SIZE = 16L << 20;

  @Override
  public String name() {
    return "poetry-lock";
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public boolean accepts(String path, long size) {
    return size <= MAX_SIZE && path.endsWith("/poetry.lock");
  }

  @Override
  public FileFindings analyze(AnalyzedFile file) throws IOException {
    List<JsonNode> entries = new ArrayList<>();
    Map<String, String> versionByName = new HashMap<>();
    for (JsonNode entry : JsonTrees.parseToml(file.content()).path("package")) {
      String name = entry.path("name").asText("");
      String version = entry.path("version").asText("");
      if (!name.isEmpty() && !version.isEmpty() && !isDevelopmentOnly(entry)) {
        entries.add(entry);
        versionByName.put(PypiNames.normalize(name), version);
      }
    }
    List<Package> packages = new ArrayList<>();
    for (JsonNode entry : entries) {
      List<String> dependsOn = new ArrayList<>();
      for (var dep : entry.path("dependencies").properties()) {
        String depName = PypiNames.normalize(dep.getKey());
        String depVersion = versionByName.get(depName);
        if (depVersion != null) { // absent when the dependency is a dev package or not locked
          dependsOn.add(depName + "@" + depVersion);
        }
      }
      packages.add(PypiNames.pkg(entry.path("name").asText(), entry.path("version").asText(), file.path())
          .withDependsOn(dependsOn));
    }
    return FileFindings.packages(packages);
  }

  private static boolean isDevelopmentOnly(JsonNode entry) {
    if ("dev".equals(entry.path("category").asText())) {
      return true;
    }
    JsonNode groups = entry.path("groups");
    if (!groups.isArray() || groups.isEmpty()) {
      return false;
    }
    for (JsonNode group : groups) {
      if ("main".equals(group.asText())) {
        return false;
      }
    }
    return true;
  }
}
