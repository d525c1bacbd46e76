package dev.moat.ecosystem.cargo;

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
import java.util.Optional;

/**
 * Cargo's {@code Cargo.lock}, lock file versions 1 to 4, with dependency relations. A dependency
 * is written {@code "name"} when one version of that crate is locked, {@code "name version"} when
 * several are, and (version 1) {@code "name version (source)"}; all three resolve to a key here.
 */
public final class CargoLockAnalyzer implements FileAnalyzer {

  static final String TYPE = "cargo";
  private static final long MAX_SIZE = 32L << 20;

  @Override
  public String name() {
    return "cargo-lock";
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public boolean accepts(String path, long size) {
    return size <= MAX_SIZE && path.endsWith("/Cargo.lock");
  }

  @Override
  public FileFindings analyze(AnalyzedFile file) throws IOException {
    JsonNode entries = JsonTrees.parseToml(file.content()).path("package");
    Map<String, List<String>> versionsByName = new HashMap<>();
    for (JsonNode entry : entries) {
      versionsByName.computeIfAbsent(entry.path("name").asText(), n -> new ArrayList<>())
          .add(entry.path("version").asText());
    }
    List<Package> packages = new ArrayList<>();
    for (JsonNode entry : entries) {
      String name = entry.path("name").asText("");
      String version = entry.path("version").asText("");
      if (name.isEmpty() || version.isEmpty()) {
        continue;
      }
      List<String> dependsOn = new ArrayList<>();
      for (JsonNode dep : entry.path("dependencies")) {
        resolve(dep.asText(), versionsByName).ifPresent(dependsOn::add);
      }
      Package pkg = Package.of(TYPE, name, version, file.path()).withDependsOn(dependsOn);
      String source = entry.path("source").asText("");
      packages.add(source.isEmpty() ? pkg : pkg.withProperties(Map.of("source", source)));
    }
    return FileFindings.packages(packages);
  }

  static Optional<String> resolve(String dependency, Map<String, List<String>> versionsByName) {
    String[] parts = dependency.split(" ");
    if (parts.length >= 2) {
      return Optional.of(parts[0] + "@" + parts[1]);
    }
    List<String> versions = versionsByName.getOrDefault(parts[0], List.of());
    return versions.size() == 1 ? Optional.of(parts[0] + "@" + versions.getFirst()) : Optional.empty();
  }
}
