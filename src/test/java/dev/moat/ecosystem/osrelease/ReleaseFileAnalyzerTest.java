package dev.moat.ecosystem.osrelease;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.analyze.FileFindings;
import dev.moat.sbom.OperatingSystem;
import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReleaseFileAnalyzerTest {

  private final ReleaseFileAnalyzer analyzer = new ReleaseFileAnalyzer();

  @Test
  void acceptsTheKnownReleaseFilesOnly() {
    for (String path : new String[] {"/etc/debian_version", "/etc/alpine-release", "/etc/lsb-release",
        "/etc/redhat-release", "/etc/centos-release", "/etc/system-release"}) {
      assertThat(analyzer.accepts(path, 40)).as(path).isTrue();
    }
    assertThat(analyzer.accepts("/etc/os-release", 40)).isFalse();
    assertThat(analyzer.accepts("/etc/passwd", 40)).isFalse();
    assertThat(analyzer.accepts("/usr/etc/debian_version", 40)).isFalse();
    assertThat(analyzer.accepts("/etc/debian_version", 1_000_000)).isFalse();
  }

  @Test
  void debianVersionGivesTheMajorRelease() throws IOException {
    FileFindings findings = OsReleaseTestData.analyze(analyzer, "/etc/debian_version", "debian12/debian_version");

    assertThat(findings.os()).contains(new OperatingSystem("debian", "12", Optional.empty(), Optional.empty(), false));
    assertThat(findings.osPriority()).isEqualTo(5).isLessThan(OsReleaseAnalyzer.USR_LIB_PRIORITY);
  }

  @Test
  void aDebianCodenameRanksBelowLsbRelease() {
    FileFindings sid = ReleaseFileAnalyzer.debian("trixie/sid\n").orElseThrow();

    assertThat(sid.os()).map(OperatingSystem::codename).contains(Optional.of("trixie"));
    assertThat(sid.osPriority()).isLessThan(ReleaseFileAnalyzer.LSB_PRIORITY);
  }

  @Test
  void alpineReleaseGivesTheFullVersion() throws IOException {
    FileFindings findings = OsReleaseTestData.analyze(analyzer, "/etc/alpine-release", "alpine/alpine-release");

    assertThat(findings.os()).map(OperatingSystem::version).contains("3.23.2");
    assertThat(findings.os()).map(OperatingSystem::family).contains("alpine");
  }

  @Test
  void lsbReleaseNamesUbuntu() throws IOException {
    FileFindings findings = OsReleaseTestData.analyze(analyzer, "/etc/lsb-release", "ubuntu24/lsb-release");

    assertThat(findings.os()).contains(new OperatingSystem("ubuntu", "24.04", Optional.of("noble"),
        Optional.of("Ubuntu 24.04.3 LTS"), false));
    assertThat(findings.osPriority()).isEqualTo(ReleaseFileAnalyzer.LSB_PRIORITY);
  }

  @Test
  void redHatStyleReleaseFiles() throws IOException {
    FileFindings rocky = OsReleaseTestData.analyze(analyzer, "/etc/redhat-release", "rocky9/rocky-release");

    assertThat(rocky.os()).map(OperatingSystem::family).contains("rocky");
    assertThat(rocky.os()).map(OperatingSystem::version).contains("9.3");
    assertThat(ReleaseFileAnalyzer.redHat("CentOS Linux release 7.9.2009 (Core)\n", 3))
        .flatMap(FileFindings::os).map(OperatingSystem::family).contains("centos");
    assertThat(ReleaseFileAnalyzer.redHat("Amazon Linux release 2 (Karoo)\n", 2))
        .flatMap(FileFindings::os).map(OperatingSystem::version).contains("2");
    assertThat(ReleaseFileAnalyzer.redHat("Something else entirely\n", 3)).isEmpty();
  }

  @Test
  void emptyFilesFindNothing() {
    assertThat(ReleaseFileAnalyzer.debian("\n")).isEmpty();
    assertThat(ReleaseFileAnalyzer.redHat("", 3)).isEmpty();
  }
}
