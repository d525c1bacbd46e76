package dev.moat.ecosystem.debian;

import dev.moat.sbom.Package;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Streams a dpkg status file (deb-status(5)) stanza by stanza and keeps only the fields a scanner
 * needs. Multi-line fields (Description, Conffiles) are skipped without being held in memory.
 */
final class DpkgStatusParser {

  private final boolean requireInstalledStatus;

  /**
   * @param requireInstalledStatus false for distroless {@code status.d} stanzas, which are plain
   *     control files without a Status field: every one of them is installed
   */
  DpkgStatusParser(boolean requireInstalledStatus) {
    this.requireInstalledStatus = requireInstalledStatus;
  }

  List<Package> parse(InputStream in, String path) throws IOException {
    var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 64 * 1024);
    List<Package> packages = new ArrayList<>();
    var stanza = new Stanza();
    String line;
    while ((line = reader.readLine()) != null) {
      if (line.isBlank()) {
        stanza.toPackage(path, requireInstalledStatus).ifPresent(packages::add);
        stanza = new Stanza();
      } else if (line.charAt(0) != ' ' && line.charAt(0) != '\t') {
        stanza.accept(line);
      }
    }
    stanza.toPackage(path, requireInstalledStatus).ifPresent(packages::add);
    return packages;
  }

  /** The fields of one paragraph that matter, collected line by line. */
  private static final class Stanza {
    private String name;
    private String version;
    private String arch;
    private String source;
    private String status;

    void accept(String line) {
      int colon = line.indexOf(':');
      if (colon <= 0) {
        return;
      }
      String value = line.substring(colon + 1).strip();
      // Field names are case-insensitive (deb-control(5)); dpkg itself writes them capitalised.
      switch (line.substring(0, colon)) {
        case "Package", "package" -> name = value;
        case "Version", "version" -> version = value;
        case "Architecture", "architecture" -> arch = value;
        case "Source", "source" -> source = value;
        case "Status", "status" -> status = value;
        default -> { }
      }
    }

    Optional<Package> toPackage(String path, boolean requireInstalledStatus) {
      if (name == null || version == null || name.isEmpty() || version.isEmpty()) {
        return Optional.empty();
      }
      if (requireInstalledStatus ? !isInstalled(status) : status != null && !isInstalled(status)) {
        return Optional.empty();
      }
      String sourceName = name;
      String sourceVersion = version;
      if (source != null && !source.isEmpty()) {
        // "Source: name (version)" when the source version differs from the binary's (binNMUs).
        int paren = source.indexOf('(');
        if (paren > 0 && source.endsWith(")")) {
          sourceName = source.substring(0, paren).strip();
          sourceVersion = source.substring(paren + 1, source.length() - 1).strip();
        } else {
          sourceName = source;
        }
      }
      Package pkg = Package.of("deb", name, version, path).withSource(sourceName, sourceVersion);
      return Optional.of(arch == null || arch.isEmpty() ? pkg : pkg.withArch(arch));
    }

    /** "want flag status": only the last word says whether the files are on disk. */
    private static boolean isInstalled(String status) {
      return status != null && status.endsWith(" installed");
    }
  }
}
