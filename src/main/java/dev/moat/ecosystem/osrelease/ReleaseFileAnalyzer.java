package dev.moat.ecosystem.osrelease;

import dev.moat.analyze.AnalyzedFile;
import dev.moat.analyze.FileAnalyzer;
import dev.moat.analyze.FileFindings;
import dev.moat.sbom.OperatingSystem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Identifies the distribution from the older per-distribution release files, for images without
 * os-release. Each ranks below os-release; lsb-release outranks a Debian codename so Ubuntu (whose
 * {@code debian_version} says {@code bookworm/sid}) is not taken for Debian.
 */
public final class ReleaseFileAnalyzer implements FileAnalyzer {

  static final int ALPINE_PRIORITY = 6;
  static final int DEBIAN_PRIORITY = 5;
  static final int LSB_PRIORITY = 4;
  static final int REDHAT_PRIORITY = 3;
  static final int SYSTEM_PRIORITY = 2;
  static final int DEBIAN_CODENAME_PRIORITY = 1;

  /** Release-file name prefixes and the os-release ID each stands for; the first match wins. */
  private static final String[][] RELEASE_NAMES = {
    {"Red Hat Enterprise Linux", "rhel"}, {"CentOS", "centos"}, {"Rocky Linux", "rocky"},
    {"AlmaLinux", "almalinux"}, {"Fedora", "fedora"}, {"Amazon Linux", "amzn"},
    {"Oracle Linux", "ol"},
  };

  @Override
  public String name() {
    return "release-file";
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public boolean accepts(String path, long size) {
    if (size > KeyValueFile.MAX_BYTES || !path.startsWith("/etc/")) {
      return false;
    }
    return switch (path) {
      case "/etc/debian_version", "/etc/alpine-release", "/etc/lsb-release", "/etc/redhat-release",
          "/etc/centos-release", "/etc/system-release" -> true;
      default -> false;
    };
  }

  @Override
  public FileFindings analyze(AnalyzedFile file) throws IOException {
    byte[] bytes = file.content().readNBytes(KeyValueFile.MAX_BYTES);
    String text = new String(bytes, StandardCharsets.UTF_8);
    Optional<FileFindings> found = switch (file.path()) {
      case "/etc/debian_version" -> debian(text);
      case "/etc/alpine-release" -> firstLine(text).map(v -> os("alpine", v, ALPINE_PRIORITY));
      case "/etc/lsb-release" -> lsb(KeyValueFile.read(new ByteArrayInputStream(bytes)));
      case "/etc/system-release" -> redHat(text, SYSTEM_PRIORITY);
      default -> redHat(text, REDHAT_PRIORITY);
    };
    return found.orElse(FileFindings.NONE);
  }

  /** {@code 12.15} is Debian 12; {@code trixie/sid} names only a codename. */
  static Optional<FileFindings> debian(String text) {
    return firstLine(text).map(line -> {
      if (Character.isDigit(line.charAt(0))) {
        int dot = line.indexOf('.');
        return os("debian", dot > 0 ? line.substring(0, dot) : line, DEBIAN_PRIORITY);
      }
      int slash = line.indexOf('/');
      String codename = slash > 0 ? line.substring(0, slash) : line;
      return FileFindings.os(new OperatingSystem("debian", codename, Optional.of(codename), Optional.empty(), false),
          DEBIAN_CODENAME_PRIORITY);
    });
  }

  static Optional<FileFindings> lsb(Map<String, String> fields) {
    String id = fields.getOrDefault("DISTRIB_ID", "").toLowerCase(Locale.ROOT);
    String release = fields.getOrDefault("DISTRIB_RELEASE", "");
    if (id.isEmpty() || release.isEmpty()) {
      return Optional.empty();
    }
    String codename = fields.getOrDefault("DISTRIB_CODENAME", "");
    String description = fields.getOrDefault("DISTRIB_DESCRIPTION", "");
    return Optional.of(FileFindings.os(new OperatingSystem(id, release,
        codename.isEmpty() ? Optional.empty() : Optional.of(codename),
        description.isEmpty() ? Optional.empty() : Optional.of(description), false), LSB_PRIORITY));
  }

  /** {@code <Name> release <version> (<codename>)}, as written by *-release packages of the Red Hat family. */
  static Optional<FileFindings> redHat(String text, int priority) {
    Optional<String> line = firstLine(text);
    if (line.isEmpty()) {
      return Optional.empty();
    }
    String pretty = line.get();
    int release = pretty.indexOf(" release ");
    if (release < 0) {
      return Optional.empty();
    }
    String rest = pretty.substring(release + " release ".length()).strip();
    int space = rest.indexOf(' ');
    String version = space < 0 ? rest : rest.substring(0, space);
    for (String[] name : RELEASE_NAMES) {
      if (pretty.startsWith(name[0]) && !version.isEmpty()) {
        return Optional.of(FileFindings.os(new OperatingSystem(name[1], version, Optional.empty(),
            Optional.of(pretty), false), priority));
      }
    }
    return Optional.empty();
  }

  private static FileFindings os(String family, String version, int priority) {
    return FileFindings.os(new OperatingSystem(family, version, Optional.empty(), Optional.empty(), false), priority);
  }

  private static Optional<String> firstLine(String text) {
    String stripped = text.strip();
    int newline = stripped.indexOf('\n');
    String line = (newline < 0 ? stripped : stripped.substring(0, newline)).strip();
    return line.isEmpty() ? Optional.empty() : Optional.of(line);
  }
}
