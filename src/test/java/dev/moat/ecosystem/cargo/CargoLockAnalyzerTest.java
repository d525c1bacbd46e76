package dev.moat.ecosystem.cargo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.moat.analyze.AnalyzedFile;
import dev.moat.sbom.Package;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CargoLockAnalyzerTest {

  private final CargoLockAnalyzer analyzer = new CargoLockAnalyzer();

  @Test
  void acceptsCargoLockOnly() {
    assertThat(analyzer.accepts("/src/ripgrep/Cargo.lock", 14857)).isTrue();
    assertThat(analyzer.accepts("/src/ripgrep/Cargo.toml", 100)).isFalse();
    assertThat(analyzer.accepts("/src/ripgrep/Cargo.lock", 1L << 30)).isFalse();
  }

  @Test
  void readsEveryLockedCrate() throws IOException {
    List<Package> packages = analyze();
    assertThat(packages).hasSize(64);
    assertThat(packages).extracting(Package::type).containsOnly("cargo");
    assertThat(packages).extracting(Package::key).contains("cfg-if@0.1.10", "cfg-if@1.0.0", "regex@1.5.4");
    Package ripgrep = byKey(packages).get("ripgrep@13.0.0");
    assertThat(ripgrep.properties()).isEmpty(); // the workspace root has no source
    assertThat(byKey(packages).get("memchr@2.4.0").properties())
        .isEqualTo(Map.of("source", "registry+https://github.com/rust-lang/crates.io-index"));
  }

  @Test
  void resolvesDependenciesWrittenByNameOrByNameAndVersion() throws IOException {
    Map<String, Package> byKey = byKey(analyze());
    assertThat(byKey.get("regex@1.5.4").dependsOn())
        .containsExactly("aho-corasick@0.7.18", "memchr@2.4.0", "regex-syntax@0.6.25");
    assertThat(byKey.get("log@0.4.14").dependsOn()).containsExactly("cfg-if@1.0.0");
    assertThat(byKey.get("packed_simd_2@0.3.5").dependsOn()).contains("cfg-if@0.1.10");
    assertThat(byKey.get("ripgrep@13.0.0").dependsOn()).hasSize(14).contains("grep@0.2.8", "walkdir@2.3.2");
    assertThat(byKey.values()).flatMap(Package::dependsOn).allSatisfy(k -> assertThat(byKey).containsKey(k));
  }

  @Test
  void readsVersion2LockFiles() throws IOException {
    Map<String, Package> byKey = byKey(analyze("exa-Cargo.lock"));
    assertThat(byKey).hasSize(45);
    assertThat(byKey.get("exa@0.10.1").dependsOn()).hasSize(17).contains("git2@0.13.17", "ansi_term@0.12.1");
    assertThat(byKey.get("git2@0.13.17").dependsOn()).contains("libgit2-sys@0.12.18+1.1.0", "url@2.2.1");
  }

  @Test
  void readsARealVersion1LockFile() throws IOException {
    // cargo's own workspace lock file of 2019, as the cargo-lock crate ships it for its tests
    Map<String, Package> byKey = byKey(analyze("cargo-lock-crate-v1-Cargo.lock"));
    assertThat(byKey).hasSize(141);
    assertThat(byKey.get("regex@1.3.1").dependsOn())
        .containsExactly("aho-corasick@0.7.6", "memchr@2.2.1", "regex-syntax@0.6.12", "thread_local@0.3.6");
    assertThat(byKey.values()).flatMap(Package::dependsOn).allSatisfy(k -> assertThat(byKey).containsKey(k));
    assertThat(byKey.values()).filteredOn(p -> p.properties().isEmpty()).extracting(Package::name)
        .as("workspace members have no source").contains("cargo", "crates-io");
  }

  @Test
  void resolvesVersion1DependencyStrings() {
    // lock file version 1 wrote every dependency as "name version (source)"
    var versions = Map.of("memchr", List.of("2.1.1"));
    assertThat(CargoLockAnalyzer.resolve("memchr 2.1.1 (registry+https://github.com/rust-lang/crates.io-index)", versions))
        .contains("memchr@2.1.1");
    assertThat(CargoLockAnalyzer.resolve("memchr", versions)).contains("memchr@2.1.1");
    assertThat(CargoLockAnalyzer.resolve("unknown", versions)).isEmpty();
  }

  @Test
  void failsOnATruncatedLockFile() throws IOException {
    byte[] head;
    try (var in = getClass().getResourceAsStream("Cargo.lock")) {
      head = in.readNBytes(200); // cut inside the first package's source string
    }
    assertThatThrownBy(() -> analyzer.analyze(
        new AnalyzedFile("/src/Cargo.lock", head.length, new ByteArrayInputStream(head), Path.of("x"))))
        .isInstanceOf(IOException.class);
  }

  private List<Package> analyze() throws IOException {
    return analyze("Cargo.lock");
  }

  private List<Package> analyze(String resource) throws IOException {
    try (var in = getClass().getResourceAsStream(resource)) {
      return analyzer.analyze(new AnalyzedFile("/src/ripgrep/Cargo.lock", 14857, in, Path.of("x"))).packages();
    }
  }

  private static Map<String, Package> byKey(List<Package> packages) {
    return packages.stream().collect(Collectors.toMap(Package::key, p -> p));
  }
}
