package dev.moat.ecosystem.npm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PackageJsonTest {

  @Test
  void readsAnInstalledManifest() throws IOException {
    assertThat(PackageJson.of(NpmJson.readJson(LockFixtures.open("installed/axios-package.json"))))
        .contains(new PackageJson("axios", "0.21.1", List.of("MIT")));
  }

  @Test
  void needsNameAndVersion() throws IOException {
    // the project's own package.json has both, a bare folder manifest often lacks the version
    assertThat(PackageJson.of(NpmJson.readJson(LockFixtures.open("project-package.json")))).isPresent();
    assertThat(PackageJson.of(NpmJson.readJson(new java.io.ByteArrayInputStream("{\"private\":true}".getBytes()))))
        .isEmpty();
  }

  @Test
  void readsTheObjectLicenseForm() throws IOException {
    var json = NpmJson.readJson(new java.io.ByteArrayInputStream(
        "{\"license\":{\"type\":\"BSD\",\"url\":\"http://x\"}}".getBytes()));
    assertThat(PackageJson.licenses(json)).containsExactly("BSD");
  }
}
