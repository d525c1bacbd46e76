package dev.moat.ecosystem.npm;

import dev.moat.analyze.AnalyzedFile;
import dev.moat.analyze.FileAnalyzer;
import dev.moat.analyze.FileFindings;
import java.io.IOException;

/** Finds the npm packages a {@code pnpm-lock.yaml} (lockfile 5.x, 6.x or 9.x) pins, without dev dependencies. */
public final class PnpmLockAnalyzer implements FileAnalyzer {

  @Override
  public String name() {
    return "pnpm-lock";
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public boolean accepts(String path, long size) {
    return size <= PackageLockAnalyzer.MAX_SIZE && path.endsWith("/pnpm-lock.yaml") && !path.contains("/node_modules/");
  }

  @Override
  public FileFindings analyze(AnalyzedFile file) throws IOException {
    return FileFindings.packages(PnpmLockParser.parse(NpmJson.readYaml(file.content()), file.path()));
  }
}
