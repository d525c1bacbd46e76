package dev.moat.ecosystem.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PomPropertiesTest {

  @Test
  void parsesTheFileMavenWrites() {
    // as written by maven-archiver into commons-text-1.9.jar
    String text = "#Created by Apache Maven 3.6.3\nversion=1.9\ngroupId=org.apache.commons\nartifactId=commons-text\n";

    assertThat(PomProperties.parse(text)).contains(new PomProperties("org.apache.commons", "commons-text", "1.9"));
    assertThat(PomProperties.parse("groupId=x\nversion=1\n")).isEmpty();
  }

  @Test
  void recognisesItsPathAndTheMatchingFileName() {
    assertThat(PomProperties.isPomProperties("META-INF/maven/org.yaml/snakeyaml/pom.properties")).isTrue();
    assertThat(PomProperties.isPomProperties("META-INF/maven/org.yaml/snakeyaml/pom.xml")).isFalse();
    PomProperties pom = new PomProperties("org.yaml", "snakeyaml", "1.33");
    assertThat(pom.matches(new ArchiveFileName("snakeyaml", Optional.of("1.33")))).isTrue();
    assertThat(pom.matches(new ArchiveFileName("snakeyaml", Optional.of("1.32")))).isFalse();
    assertThat(pom.name()).isEqualTo("org.yaml:snakeyaml");
  }
}
