package dev.moat.ecosystem.alpine;

import dev.moat.analyze.AnalyzedFile;
import dev.moat.analyze.FileAnalyzer;
import dev.moat.analyze.FileFindings;
import dev.moat.sbom.Package;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reports the packages and files apk installed, from {@code /lib/apk/db/installed} (Alpine, Wolfi,
 * Chainguard). The format is apk's "installed database": one letter, a colon and a value per line,
 * a blank line between packages; {@code F:} opens a directory whose {@code R:} lines are its files.
 */
public final class ApkInstalledAnalyzer implements FileAnalyzer {

  static final String INSTALLED = "/lib/apk/db/installed";
  static final String USR_INSTALLED = "/usr/lib/apk/db/installed";

  @Override
  public String name() {
    return "apk";
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public boolean accepts(String path, long size) {
    return path.endsWith(INSTALLED) && (path.length() == INSTALLED.length() || path.equals(USR_INSTALLED));
  }

  @Override
  public FileFindings analyze(AnalyzedFile file) throws IOException {
    var reader = new BufferedReader(new InputStreamReader(file.content(), StandardCharsets.UTF_8), 64 * 1024);
    List<Package> packages = new ArrayList<>();
    List<String> owned = new ArrayList<>();
    var stanza = new Stanza();
    String line;
    while ((line = reader.readLine()) != null) {
      if (line.isEmpty()) {
        stanza.toPackage(file.path()).ifPresent(packages::add);
        stanza = new Stanza();
      } else if (line.length() >= 2 && line.charAt(1) == ':') {
        stanza.accept(line.charAt(0), line.substring(2), owned);
      }
    }
    stanza.toPackage(file.path()).ifPresent(packages::add);
    return new FileFindings(packages, Optional.empty(), 0, owned);
  }

  /** One package's fields, and the directory its following {@code R:} lines are in. */
  private static final class Stanza {
    private String name = "";
    private String version = "";
    private String arch = "";
    private String origin = "";
    private String license = "";
    private String directory = "";

    void accept(char key, String value, List<String> owned) {
      switch (key) {
        case 'P' -> name = value;
        case 'V' -> version = value;
        case 'A' -> arch = value;
        case 'o' -> origin = value;
        case 'L' -> license = value;
        case 'F' -> directory = value;
        case 'R' -> owned.add(directory.isEmpty() ? "/" + value : "/" + directory + "/" + value);
        default -> { }
      }
    }

    Optional<Package> toPackage(String path) {
      if (name.isEmpty() || version.isEmpty()) {
        return Optional.empty();
      }
      Package pkg = Package.of("apk", name, version, path)
          // An origin (source) package is always built at the same version as its subpackages.
          .withSource(origin.isEmpty() ? name : origin, version);
      if (!arch.isEmpty()) {
        pkg = pkg.withArch(arch);
      }
      return Optional.of(license.isEmpty() ? pkg : pkg.withLicenses(List.of(license)));
    }
  }
}
