package dev.moat.ecosystem.composer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.moat.analyze.AnalyzedFile;
import dev.moat.sbom.Package;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class InstalledJsonAnalyzerTest {

  private static final String PATH = "/var/www/vendor/composer/installed.json";

  private final InstalledJsonAnalyzer analyzer = new InstalledJsonAnalyzer();

  @Test
  void acceptsInstalledJsonInVendorOnly() {
    assertThat(analyzer.accepts(PATH, 8111)).isTrue();
    assertThat(analyzer.accepts("/var/www/installed.json", 8111)).isFalse();
    assertThat(analyzer.accepts("/var/www/vendor/composer/installed.php", 8111)).isFalse();
  }

  @Test
  void readsComposer2Layout() throws IOException {
    List<Package> packages;
    try (var in = getClass().getResourceAsStream("installed.json")) {
      packages = analyzer.analyze(new AnalyzedFile(PATH, 8111, in, Path.of("x"))).packages();
    }
    assertThat(packages).extracting(Package::key).containsExactly("plugin/a@1.1.1", "plugin/b@2.2.2",
        "symfony/console@99999.1.2", "symfony/filesystem@2.8.2", "symfony/polyfill-ctype@1.22.0",
        "symfony/process@12345.1.2");
    assertThat(packages.get(1).dependsOn()).containsExactly("plugin/a@1.1.1");
    assertThat(packages.get(0).dependsOn()).containsExactly("symfony/console@99999.1.2");
    assertThat(packages.get(3).dependsOn()).containsExactly("symfony/polyfill-ctype@1.22.0");
    assertThat(packages).allSatisfy(p -> assertThat(p.path()).isEqualTo(PATH));
  }

  @Test
  void readsComposer1LayoutABareArray() throws IOException {
    // Composer 1 wrote installed.json as the bare array of the package objects a lock file lists
    ObjectMapper json = new ObjectMapper();
    byte[] bareArray;
    try (var in = getClass().getResourceAsStream("composer.lock")) {
      bareArray = json.writeValueAsBytes(json.readTree(in).path("packages"));
    }
    List<Package> packages = analyzer.analyze(
        new AnalyzedFile(PATH, bareArray.length, new ByteArrayInputStream(bareArray), Path.of("x"))).packages();
    assertThat(packages).hasSize(28);
    assertThat(packages).extracting(Package::key).contains("symfony/process@5.4.21", "seld/jsonlint@1.9.0");
  }
}
