package dev.moat.ecosystem.nuget;

import com.fasterxml.jackson.databind.JsonNode;
import dev.moat.analyze.AnalyzedFile;
import dev.moat.analyze.FileAnalyzer;
import dev.moat.analyze.FileFindings;
import dev.moat.json.JsonTrees;
import dev.moat.sbom.Package;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code *.deps.json} file the .NET SDK writes beside an application: its {@code libraries}
 * of type {@code package} are the NuGet packages it runs with ({@code project} entries are the
 * application's own assemblies). Dependency relations come from the {@code targets} sections.
 */
public final class DepsJsonAnalyzer implements FileAnalyzer {

  static final String TYPE = "nuget";
  private static final long MAX_SIZE = 32L << 20;

  @Override
  public String name() {
    return "dotnet-deps";
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public boolean accepts(String path, long size) {
    return size <= MAX_SIZE && path.endsWith(".deps.json");
  }

  @Override
  public FileFindings analyze(AnalyzedFile file) throws IOException {
    JsonNode root = JsonTrees.parse(file.content());
    Set<String> packageKeys = new LinkedHashSet<>(); // "Name/Version", as deps.json writes them
    for (Map.Entry<String, JsonNode> library : root.path("libraries").properties()) {
      if ("package".equals(library.getValue().path("type").asText()) && library.getKey().indexOf('/') > 0) {
        packageKeys.add(library.getKey());
      }
    }
    List<Package> packages = new ArrayList<>();
    for (String libraryKey : packageKeys) {
      int slash = libraryKey.indexOf('/');
      Set<String> dependsOn = new LinkedHashSet<>();
      for (JsonNode target : root.path("targets")) {
        for (var dep : target.path(libraryKey).path("dependencies").properties()) {
          String depKey = dep.getKey() + "/" + dep.getValue().asText();
          if (packageKeys.contains(depKey)) {
            dependsOn.add(dep.getKey() + "@" + dep.getValue().asText());
          }
        }
      }
      packages.add(Package.of(TYPE, libraryKey.substring(0, slash), libraryKey.substring(slash + 1), file.path())
          .withDependsOn(List.copyOf(dependsOn)));
    }
    return FileFindings.packages(packages);
  }
}
