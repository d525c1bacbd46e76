package dev.moat.ecosystem.osrelease;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.analyze.FileFindings;
import dev.moat.sbom.OperatingSystem;
import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OsReleaseAnalyzerTest {

  private final OsReleaseAnalyzer analyzer = new OsReleaseAnalyzer();

  @Test
  void acceptsBothOsReleaseLocationsOnly() {
    assertThat(analyzer.accepts("/etc/os-release", 300)).isTrue();
    assertThat(analyzer.accepts("/usr/lib/os-release", 300)).isTrue();
    assertThat(analyzer.accepts("/etc/os-release.d", 300)).isFalse();
    assertThat(analyzer.accepts("/opt/etc/os-release", 300)).isFalse();
    assertThat(analyzer.accepts("/etc/os-release", 10_000_000)).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "debian12/os-release,      debian,    12,     bookworm",
    "ubuntu24/os-release,      ubuntu,    24.04,  noble",
    "alpine/os-release,        alpine,    3.23.2, ",
    "amazon2023/os-release,    amzn,      2023,   ",
    "rhel9/os-release,         rhel,      9.6,    ",
    "rocky9/os-release,        rocky,     9.3,    ",
    "almalinux10/os-release,   almalinux, 10.0,   ",
    "centosstream9/os-release, centos,    9,      ",
    "fedora42/os-release,      fedora,    42,     ",
  })
  void readsFamilyVersionAndCodename(String resource, String family, String version, String codename)
      throws IOException {
    FileFindings findings = OsReleaseTestData.analyze(analyzer, "/etc/os-release", resource);

    OperatingSystem os = findings.os().orElseThrow();
    assertThat(os.family()).isEqualTo(family);
    assertThat(os.version()).isEqualTo(version);
    assertThat(os.codename()).isEqualTo(Optional.ofNullable(codename));
    assertThat(os.prettyName()).isPresent();
    assertThat(os.distroless()).isFalse();
    assertThat(findings.osPriority()).isEqualTo(10);
    assertThat(findings.packages()).isEmpty();
  }

  @Test
  void recognisesDistrolessAndTakesItsCodenameFromVersion() throws IOException {
    OperatingSystem os = OsReleaseTestData.analyze(analyzer, "/etc/os-release", "distroless/os-release")
        .os().orElseThrow();

    assertThat(os).isEqualTo(new OperatingSystem("debian", "12", Optional.of("bookworm"),
        Optional.of("Distroless"), true));
  }

  @Test
  void usrLibRanksBelowEtc() throws IOException {
    FileFindings usrLib = OsReleaseTestData.analyze(analyzer, "/usr/lib/os-release", "debian12/os-release");

    assertThat(usrLib.osPriority()).isEqualTo(9);
  }
}
