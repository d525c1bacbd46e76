package dev.moat.ecosystem.npm;

import dev.moat.analyze.AnalyzedFile;
import dev.moat.analyze.FileAnalyzer;
import dev.moat.analyze.FileFindings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** Finds the npm packages a {@code yarn.lock} (Yarn Classic or Berry) pins. */
public final class YarnLockAnalyzer implements FileAnalyzer {

  @Override
  public String name() {
    return "yarn-lock";
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public boolean accepts(String path, long size) {
    return size <= PackageLockAnalyzer.MAX_SIZE && path.endsWith("/yarn.lock") && !path.contains("/node_modules/");
  }

  @Override
  public FileFindings analyze(AnalyzedFile file) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(file.content(), StandardCharsets.UTF_8));
    return FileFindings.packages(YarnLockParser.parse(reader, file.path()));
  }
}
