package dev.moat.ecosystem.osrelease;

import dev.moat.analyze.AnalyzedFile;
import dev.moat.analyze.FileAnalyzer;
import dev.moat.analyze.FileFindings;
import dev.moat.sbom.OperatingSystem;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Identifies the distribution from os-release(5): {@code ID} is the family, {@code VERSION_ID} the
 * version. {@code /etc/os-release} outranks {@code /usr/lib/os-release}, as os-release(5) says.
 */
public final class OsReleaseAnalyzer implements FileAnalyzer {

  static final String ETC = "/etc/os-release";
  static final String USR_LIB = "/usr/lib/os-release";
  static final int ETC_PRIORITY = 10;
  static final int USR_LIB_PRIORITY = 9;

  @Override
  public String name() {
    return "os-release";
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public boolean accepts(String path, long size) {
    return size <= KeyValueFile.MAX_BYTES && (path.equals(ETC) || path.equals(USR_LIB));
  }

  @Override
  public FileFindings analyze(AnalyzedFile file) throws IOException {
    return parse(KeyValueFile.read(file.content()))
        .map(os -> FileFindings.os(os, file.path().equals(ETC) ? ETC_PRIORITY : USR_LIB_PRIORITY))
        .orElse(FileFindings.NONE);
  }

  static Optional<OperatingSystem> parse(Map<String, String> fields) {
    String id = fields.getOrDefault("ID", "").toLowerCase(Locale.ROOT);
    if (id.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> codename = codename(fields);
    // Debian testing and sid have no VERSION_ID; the codename is the closest thing advisories use.
    String version = fields.getOrDefault("VERSION_ID", codename.orElse(""));
    String pretty = fields.getOrDefault("PRETTY_NAME", "");
    boolean distroless = pretty.equals("Distroless")
        || fields.getOrDefault("HOME_URL", "").contains("GoogleContainerTools/distroless");
    return Optional.of(new OperatingSystem(id, version, codename,
        pretty.isEmpty() ? Optional.empty() : Optional.of(pretty), distroless));
  }

  /** VERSION_CODENAME, else UBUNTU_CODENAME, else a one-word lower-case "(name)" ending VERSION (distroless). */
  private static Optional<String> codename(Map<String, String> fields) {
    for (String key : new String[] {"VERSION_CODENAME", "UBUNTU_CODENAME"}) {
      String value = fields.getOrDefault(key, "");
      if (!value.isEmpty()) {
        return Optional.of(value);
      }
    }
    String version = fields.getOrDefault("VERSION", "");
    int open = version.lastIndexOf('(');
    if (open >= 0 && version.endsWith(")")) {
      String word = version.substring(open + 1, version.length() - 1);
      if (!word.isEmpty() && word.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
        return Optional.of(word);
      }
    }
    return Optional.empty();
  }
}
