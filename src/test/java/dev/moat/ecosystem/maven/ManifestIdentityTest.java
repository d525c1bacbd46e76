package dev.moat.ecosystem.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;

class ManifestIdentityTest {

  private static Optional<PomProperties> identify(String manifest, String fileName) throws IOException {
    try (InputStream in = ManifestIdentityTest.class.getResourceAsStream(manifest)) {
      return ManifestIdentity.of(new Manifest(in), ArchiveFileName.of("/lib/" + fileName));
    }
  }

  @Test
  void prefersTheFileNameToAProseTitleWhenTheVersionsAgree() throws IOException {
    assertThat(identify("h2-1.4.200-MANIFEST.MF", "h2-1.4.200.jar"))
        .contains(new PomProperties("com.h2database", "h2", "1.4.200"));
  }

  @Test
  void stripsTheArtifactFromABundleSymbolicNameThatEndsWithIt() throws IOException {
    assertThat(identify("jspecify-1.0.0-MANIFEST.MF", "jspecify-1.0.0.jar"))
        .contains(new PomProperties("org.jspecify", "jspecify", "1.0.0"));
    // but never down to a bare top-level domain
    assertThat(identify("opentest4j-1.3.0-MANIFEST.MF", "opentest4j-1.3.0.jar"))
        .contains(new PomProperties("org.opentest4j", "opentest4j", "1.3.0"));
  }

  @Test
  void prefersImplementationVendorId() throws IOException {
    assertThat(identify("jackson-databind-2.16.2-MANIFEST.MF", "jackson-databind-2.16.2.jar"))
        .contains(new PomProperties("com.fasterxml.jackson.core", "jackson-databind", "2.16.2"));
  }

  @Test
  void usesTheManifestAloneForARenamedArchive() throws IOException {
    assertThat(identify("opentest4j-1.3.0-MANIFEST.MF", "app.jar"))
        .contains(new PomProperties("org.opentest4j", "opentest4j", "1.3.0"));
    // a prose title is no artifact id: the symbolic name's last segment is used instead
    assertThat(identify("h2-1.4.200-MANIFEST.MF", "database.jar"))
        .contains(new PomProperties("com.h2database", "h2database", "1.4.200"));
  }

  @Test
  void needsAVersion() throws IOException {
    Manifest empty = new Manifest(new ByteArrayInputStream("Manifest-Version: 1.0\r\n\r\n".getBytes()));
    assertThat(ManifestIdentity.of(empty, ArchiveFileName.of("/x/tool.jar"))).isEmpty();
  }

  @Test
  void proseAndBuildPlaceholdersInManifestsAreNotCoordinates() throws IOException {
    // Implementation-Version "5.13.0 (b0)": the file name's version wins
    assertThat(identify("jna-5.13.0-MANIFEST.MF", "jna-5.13.0.jar")).hasValueSatisfying(p -> {
      assertThat(p.artifactId()).isEqualTo("jna");
      assertThat(p.version()).isEqualTo("5.13.0");
    });
    // Implementation-Vendor-Id "The Apache Software Foundation" and Automatic-Module-Name are no group
    assertThat(identify("poi-5.4.1-MANIFEST.MF", "poi-5.4.1.jar")).isEmpty();
    // nothing but a version: no group to be had, the caller names it from the file alone
    assertThat(identify("checker-qual-2.0.0-MANIFEST.MF", "checker-qual-2.0.0.jar")).isEmpty();
  }
}
