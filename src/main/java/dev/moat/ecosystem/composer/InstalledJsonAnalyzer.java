package dev.moat.ecosystem.composer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.moat.analyze.AnalyzedFile;
import dev.moat.analyze.FileAnalyzer;
import dev.moat.analyze.FileFindings;
import dev.moat.json.JsonTrees;
import java.io.IOException;

/**
 * The packages Composer installed into a {@code vendor} directory, from
 * {@code vendor/composer/installed.json}: a bare array (Composer 1) or an object whose
 * {@code packages} holds it (Composer 2). Every listed package is installed, development ones
 * included, so all are reported.
 */
public final class InstalledJsonAnalyzer implements FileAnalyzer {

  private static final long MAX_SIZE = 32L << 20;

  @Override
  public String name() {
    return "composer-installed";
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public boolean accepts(String path, long size) {
    return size <= MAX_SIZE && path.endsWith("/vendor/composer/installed.json");
  }

  @Override
  public FileFindings analyze(AnalyzedFile file) throws IOException {
    JsonNode root = JsonTrees.parse(file.content());
    JsonNode packages = root.isArray() ? root : root.path("packages");
    return FileFindings.packages(ComposerPackages.of(packages, file.path()));
  }
}
