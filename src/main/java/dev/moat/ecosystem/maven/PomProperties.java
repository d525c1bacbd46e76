package dev.moat.ecosystem.maven;

import java.io.IOException;
import java.io.StringReader;
import java.util.Optional;
import java.util.Properties;

/** The coordinates Maven writes to {@code META-INF/maven/<group>/<artifact>/pom.properties}. */
record PomProperties(String groupId, String artifactId, String version) {

  /** Whether {@code entryName} is a pom.properties file of Maven's layout. */
  static boolean isPomProperties(String entryName) {
    return entryName.startsWith("META-INF/maven/") && entryName.endsWith("/pom.properties");
  }

  /** Parses the file's text; empty unless all three coordinates are present. */
  static Optional<PomProperties> parse(String text) {
    Properties props = new Properties();
    try {
      props.load(new StringReader(text));
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
    String group = props.getProperty("groupId", "").strip();
    String artifact = props.getProperty("artifactId", "").strip();
    String version = props.getProperty("version", "").strip();
    if (group.isEmpty() || artifact.isEmpty() || version.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new PomProperties(group, artifact, version));
  }

  /** {@code group:artifact}, or the bare artifact when the group is unknown. */
  String name() {
    return groupId.isEmpty() ? artifactId : groupId + ":" + artifactId;
  }

  boolean matches(ArchiveFileName fileName) {
    return fileName.artifactId().equals(artifactId) && fileName.version().equals(Optional.of(version));
  }
}
