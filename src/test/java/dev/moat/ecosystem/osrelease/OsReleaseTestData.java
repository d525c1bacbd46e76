package dev.moat.ecosystem.osrelease;

import dev.moat.analyze.AnalyzedFile;
import dev.moat.analyze.FileAnalyzer;
import dev.moat.analyze.FileFindings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/** Runs an analyzer on one of the real release files under src/test/resources. */
final class OsReleaseTestData {

  private OsReleaseTestData() {}

  static FileFindings analyze(FileAnalyzer analyzer, String imagePath, String resource) throws IOException {
    try (InputStream in = OsReleaseTestData.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      return analyzer.analyze(new AnalyzedFile(imagePath, 0, in, Path.of("/nonexistent")));
    }
  }
}
