package dev.moat.ecosystem.cargo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.analyze.AnalyzedFile;
import dev.moat.analyze.FileFindings;
import dev.moat.sbom.Package;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CargoAuditableAnalyzerTest {

  private final CargoAuditableAnalyzer analyzer = new CargoAuditableAnalyzer();

  @TempDir Path tempDir;

  @Test
  void acceptsFilesInExecutableDirectoriesOnly() {
    assertThat(analyzer.accepts("/usr/bin/rg", 4_000_000)).isTrue();
    assertThat(analyzer.accepts("/app/server", 4_000_000)).isTrue();
    assertThat(analyzer.accepts("/app/node_modules/x/index.js", 4_000_000)).isFalse();
    assertThat(analyzer.accepts("/usr/share/doc/rg/README", 4_000)).isFalse();
    assertThat(analyzer.accepts("/usr/bin/rg", 10)).isFalse();
    assertThat(analyzer.accepts("/usr/bin/huge", 1L << 40)).isFalse();
  }

  @Test
  void readsTheDependencyTreeOfTheDepV0Section() throws IOException {
    List<Package> packages = analyze("auditable-true").packages();
    assertThat(packages).hasSize(64);
    Map<String, Package> byKey = packages.stream().collect(Collectors.toMap(Package::key, p -> p));
    assertThat(byKey.get("regex@1.5.4").dependsOn())
        .containsExactlyInAnyOrder("aho-corasick@0.7.18", "memchr@2.4.0", "regex-syntax@0.6.25");
    assertThat(byKey.get("packed_simd_2@0.3.5").dependsOn()).contains("cfg-if@0.1.10");
    assertThat(byKey.get("ripgrep@13.0.0").properties()).isEqualTo(Map.of("source", "local"));
    assertThat(byKey.get("memchr@2.4.0").properties()).isEqualTo(Map.of("source", "crates.io"));
    assertThat(packages).allSatisfy(p -> {
      assertThat(p.type()).isEqualTo("cargo");
      assertThat(p.path()).isEqualTo("/usr/bin/fixture");
    });
    try (var files = Files.list(tempDir)) {
      assertThat(files).isEmpty(); // the seekable copy is removed
    }
  }

  @Test
  void findsNothingInAnElfWithoutTheSection() throws IOException {
    assertThat(analyze("true-no-section").isEmpty()).isTrue();
  }

  @Test
  void rejectsNonElfByMagicWithoutCopying() throws IOException {
    byte[] script = "#!/bin/sh\necho hello\n".repeat(8).getBytes();
    FileFindings findings = analyzer.analyze(
        new AnalyzedFile("/usr/bin/hello", script.length, new ByteArrayInputStream(script), tempDir));
    assertThat(findings.isEmpty()).isTrue();
  }

  private FileFindings analyze(String resource) throws IOException {
    try (var in = getClass().getResourceAsStream(resource)) {
      return analyzer.analyze(new AnalyzedFile("/usr/bin/fixture", 36712, in, tempDir));
    }
  }
}
