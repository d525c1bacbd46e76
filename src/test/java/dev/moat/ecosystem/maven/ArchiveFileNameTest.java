package dev.moat.ecosystem.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArchiveFileNameTest {

  @Test
  void splitsAtTheFirstHyphenBeforeADigit() {
    assertThat(ArchiveFileName.of("/app/lib/struts2-core-2.5.20.jar"))
        .isEqualTo(new ArchiveFileName("struts2-core", Optional.of("2.5.20")));
    assertThat(ArchiveFileName.of("/a.war!/WEB-INF/lib/spring-core-5.3.4-SNAPSHOT.jar"))
        .isEqualTo(new ArchiveFileName("spring-core", Optional.of("5.3.4-SNAPSHOT")));
    assertThat(ArchiveFileName.of("/app/legacy.war")).isEqualTo(new ArchiveFileName("legacy", Optional.empty()));
  }
}
