package dev.moat.ecosystem.debian;

import dev.moat.analyze.AnalyzedFile;
import dev.moat.analyze.FileAnalyzer;
import dev.moat.analyze.FileFindings;
import java.io.IOException;

/**
 * Reports the Debian packages dpkg installed: {@code /var/lib/dpkg/status}, and the one-stanza
 * files of distroless images in {@code /var/lib/dpkg/status.d/} (their {@code .md5sums} are file
 * lists, read by {@link DpkgFileListAnalyzer}).
 */
public final class DpkgStatusAnalyzer implements FileAnalyzer {

  static final String STATUS = "/var/lib/dpkg/status";
  static final String STATUS_D = "/var/lib/dpkg/status.d/";

  @Override
  public String name() {
    return "dpkg";
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public boolean accepts(String path, long size) {
    if (!path.startsWith(STATUS)) {
      return false;
    }
    if (path.length() == STATUS.length()) {
      return true;
    }
    return path.startsWith(STATUS_D)
        && path.length() > STATUS_D.length()
        && path.indexOf('/', STATUS_D.length()) < 0
        && !path.endsWith(".md5sums")
        && path.charAt(STATUS_D.length()) != '.';
  }

  @Override
  public FileFindings analyze(AnalyzedFile file) throws IOException {
    boolean statusFile = file.path().length() == STATUS.length();
    return FileFindings.packages(new DpkgStatusParser(statusFile).parse(file.content(), file.path()));
  }
}
