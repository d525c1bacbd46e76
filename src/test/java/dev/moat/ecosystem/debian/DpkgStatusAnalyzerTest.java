package dev.moat.ecosystem.debian;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.analyze.FileFindings;
import dev.moat.sbom.Package;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class DpkgStatusAnalyzerTest {

  private final DpkgStatusAnalyzer analyzer = new DpkgStatusAnalyzer();

  @Test
  void acceptsTheStatusFileAndDistrolessStanzas() {
    assertThat(analyzer.accepts("/var/lib/dpkg/status", 1)).isTrue();
    assertThat(analyzer.accepts("/var/lib/dpkg/status.d/libc6", 1)).isTrue();
    assertThat(analyzer.accepts("/var/lib/dpkg/status.d/libc6.md5sums", 1)).isFalse();
    assertThat(analyzer.accepts("/var/lib/dpkg/status.d/", 1)).isFalse();
    assertThat(analyzer.accepts("/var/lib/dpkg/status.d/.wh.libc6", 1)).isFalse();
    assertThat(analyzer.accepts("/var/lib/dpkg/status.d/sub/libc6", 1)).isFalse();
    assertThat(analyzer.accepts("/var/lib/dpkg/status-old", 1)).isFalse();
    assertThat(analyzer.accepts("/var/lib/dpkg/available", 1)).isFalse();
    assertThat(analyzer.accepts("/srv/var/lib/dpkg/status", 1)).isFalse();
  }

  @Test
  void reportsInstalledPackagesOfTheStatusFile() throws IOException {
    FileFindings findings = analyzer.analyze(DebianTestData.file("/var/lib/dpkg/status", "status"));

    assertThat(findings.packages()).hasSize(DebianTestData.truth().size()).allSatisfy(p -> {
      assertThat(p.type()).isEqualTo("deb");
      assertThat(p.path()).isEqualTo("/var/lib/dpkg/status");
    });
    assertThat(findings.packages()).filteredOn(p -> p.name().equals("bash")).singleElement().satisfies(p -> {
      assertThat(p.version()).isEqualTo("5.2.15-2+b13");
      assertThat(p.sourceVersion()).contains("5.2.15-2");
    });
  }

  @Test
  void reportsADistrolessStanzaAsInstalled() throws IOException {
    FileFindings findings = analyzer.analyze(DebianTestData.file("/var/lib/dpkg/status.d/tzdata", "status.d/tzdata"));

    assertThat(findings.packages()).extracting(Package::name).containsExactly("tzdata");
    String truth = DebianTestData.truth().stream().filter(l -> l.startsWith("tzdata\t")).findFirst().orElseThrow();
    assertThat(findings.packages().get(0).version()).isEqualTo(truth.split("\t")[1]);
  }
}
