package dev.moat.ecosystem.maven;

import java.util.Optional;

/**
 * What an archive's file name says: {@code spring-core-5.3.4-SNAPSHOT.jar} is artifact
 * {@code spring-core}, version {@code 5.3.4-SNAPSHOT}. As in Trivy, the version starts at the
 * first hyphen followed by a digit.
 */
record ArchiveFileName(String artifactId, Optional<String> version) {

  static ArchiveFileName of(String path) {
    String base = path.substring(path.lastIndexOf('/') + 1);
    int dot = base.lastIndexOf('.');
    String stem = dot > 0 ? base.substring(0, dot) : base;
    for (int i = 0; i + 1 < stem.length(); i++) {
      if (stem.charAt(i) == '-' && Character.isDigit(stem.charAt(i + 1)) && i > 0) {
        return new ArchiveFileName(stem.substring(0, i), Optional.of(stem.substring(i + 1)));
      }
    }
    return new ArchiveFileName(stem, Optional.empty());
  }
}
