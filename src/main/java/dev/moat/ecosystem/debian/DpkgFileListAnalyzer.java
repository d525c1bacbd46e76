package dev.moat.ecosystem.debian;

import dev.moat.analyze.AnalyzedFile;
import dev.moat.analyze.FileAnalyzer;
import dev.moat.analyze.FileFindings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports the files dpkg installed, so language packages shipped by Debian packages are not
 * reported twice: {@code /var/lib/dpkg/info/*.list} (absolute paths) and, in distroless images,
 * {@code /var/lib/dpkg/status.d/*.md5sums} ({@code md5  relative/path}).
 */
public final class DpkgFileListAnalyzer implements FileAnalyzer {

  static final String INFO = "/var/lib/dpkg/info/";

  @Override
  public String name() {
    return "dpkg-files";
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public boolean accepts(String path, long size) {
    if (!path.startsWith("/var/lib/dpkg/")) {
      return false;
    }
    if (path.startsWith(INFO)) {
      return path.endsWith(".list") && path.indexOf('/', INFO.length()) < 0;
    }
    return path.startsWith(DpkgStatusAnalyzer.STATUS_D)
        && path.endsWith(".md5sums")
        && path.indexOf('/', DpkgStatusAnalyzer.STATUS_D.length()) < 0;
  }

  @Override
  public FileFindings analyze(AnalyzedFile file) throws IOException {
    boolean md5sums = file.path().endsWith(".md5sums");
    var reader = new BufferedReader(new InputStreamReader(file.content(), StandardCharsets.UTF_8));
    List<String> owned = new ArrayList<>();
    String line;
    while ((line = reader.readLine()) != null) {
      String path = md5sums ? md5sumsPath(line) : line.strip();
      // "/." heads every .list file: the root directory is no package's own.
      if (path.length() > 1 && path.charAt(0) == '/' && !path.equals("/.")) {
        owned.add(path);
      }
    }
    return FileFindings.owned(owned);
  }

  /** md5sums lines are {@code <32 hex>  <path relative to />}, as md5sum(1) writes them. */
  private static String md5sumsPath(String line) {
    int space = line.indexOf(' ');
    if (space < 0) {
      return "";
    }
    String rel = line.substring(space).strip();
    return rel.startsWith("/") ? rel : "/" + rel;
  }
}
