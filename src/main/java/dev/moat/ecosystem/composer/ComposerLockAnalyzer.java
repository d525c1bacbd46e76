package dev.moat.ecosystem.composer;

import dev.moat.analyze.AnalyzedFile;
import dev.moat.analyze.FileAnalyzer;
import dev.moat.analyze.FileFindings;
import dev.moat.json.JsonTrees;
import java.io.IOException;

/**
 * Composer's {@code composer.lock}: the {@code packages} list. {@code packages-dev} is skipped, as
 * Trivy does: {@code composer install --no-dev}, the usual production install, leaves them out.
 * Where they are installed, {@code vendor/composer/installed.json} reports them.
 */
public final class ComposerLockAnalyzer implements FileAnalyzer {

  private static final long MAX_SIZE = 32L << 20;

  @Override
  public String name() {
    return "composer-lock";
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public boolean accepts(String path, long size) {
    return size <= MAX_SIZE && path.endsWith("/composer.lock");
  }

  @Override
  public FileFindings analyze(AnalyzedFile file) throws IOException {
    return FileFindings.packages(ComposerPackages.of(JsonTrees.parse(file.content()).path("packages"), file.path()));
  }
}
