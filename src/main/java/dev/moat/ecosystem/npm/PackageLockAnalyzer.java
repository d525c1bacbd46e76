package dev.moat.ecosystem.npm;

import dev.moat.analyze.AnalyzedFile;
import dev.moat.analyze.FileAnalyzer;
import dev.moat.analyze.FileFindings;
import java.io.IOException;

/**
 * Finds the npm packages a {@code package-lock.json} (lockfile v1, v2 or v3) pins, without dev
 * dependencies. Lock files inside node_modules (npm's hidden {@code .package-lock.json}, those
 * packages ship) describe nothing installed and are ignored.
 */
public final class PackageLockAnalyzer implements FileAnalyzer {

  static final long MAX_SIZE = 256L << 20;

  @Override
  public String name() {
    return "npm-lock";
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public boolean accepts(String path, long size) {
    return size <= MAX_SIZE && path.endsWith("/package-lock.json") && !path.contains("/node_modules/");
  }

  @Override
  public FileFindings analyze(AnalyzedFile file) throws IOException {
    return FileFindings.packages(PackageLockParser.parse(NpmJson.readJson(file.content()), file.path()));
  }
}
