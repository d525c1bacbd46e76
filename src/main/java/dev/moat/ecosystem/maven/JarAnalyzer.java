package dev.moat.ecosystem.maven;

import dev.moat.analyze.AnalyzedFile;
import dev.moat.analyze.FileAnalyzer;
import dev.moat.analyze.FileFindings;
import java.io.IOException;

/**
 * Finds Maven packages in Java archives ({@code .jar .war .ear .par .jpi .hpi}), nested ones
 * included, from their pom.properties, else their manifest, else their file name.
 */
public final class JarAnalyzer implements FileAnalyzer {

  private final ArchiveLimits limits;

  public JarAnalyzer() {
    this(ArchiveLimits.DEFAULT);
  }

  public JarAnalyzer(ArchiveLimits limits) {
    this.limits = limits;
  }

  @Override
  public String name() {
    return "jar";
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public boolean accepts(String path, long size) {
    return size > 0 && JarReader.isArchiveName(path);
  }

  @Override
  public FileFindings analyze(AnalyzedFile file) throws IOException {
    return FileFindings.packages(new JarReader(limits, java.util.Optional.of(file.tempDir())).read(file.content(), file.path(), file.size()));
  }
}
