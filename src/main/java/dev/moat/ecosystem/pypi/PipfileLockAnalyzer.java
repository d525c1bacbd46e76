package dev.moat.ecosystem.pypi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.moat.analyze.AnalyzedFile;
import dev.moat.analyze.FileAnalyzer;
import dev.moat.analyze.FileFindings;
import dev.moat.json.JsonTrees;
import dev.moat.sbom.Package;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Pipenv's {@code Pipfile.lock}. Only the {@code default} section is reported: {@code develop}
 * holds the project's development tools, which are not installed in a production image (Trivy
 * does the same). Pipfile.lock records no dependency relations.
 */
public final class PipfileLockAnalyzer implements FileAnalyzer {

  private static final long MAX_SIZE = 16L << 20;

  @Override
  public String name() {
    return "pipfile-lock";
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public boolean accepts(String path, long size) {
    return size <= MAX_SIZE && path.endsWith("/Pipfile.lock");
  }

  @Override
  public FileFindings analyze(AnalyzedFile file) throws IOException {
    JsonNode section = JsonTrees.parse(file.content()).path("default");
    List<Package> packages = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : section.properties()) {
      String version = entry.getValue().path("version").asText("");
      if (version.startsWith("==")) { // entries from git or a path carry no version
        packages.add(PypiNames.pkg(entry.getKey(), version.substring(2), file.path()));
      }
    }
    return FileFindings.packages(packages);
  }
}
