package dev.moat.ecosystem.golang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GoVersionsTest {

  @Test
  void normalisesToolchainVersionsToOsvStdlibVersions() {
    assertThat(GoVersions.stdlibVersion("go1.19.8")).contains("1.19.8");
    assertThat(GoVersions.stdlibVersion("go1.21.0 X:boringcrypto")).contains("1.21.0");
    assertThat(GoVersions.stdlibVersion("go1.22rc1")).contains("1.22rc1");
    assertThat(GoVersions.stdlibVersion("devel go1.23-abcdef")).isEmpty();
  }

  @Test
  void findsTheMainVersionInLdflags() {
    assertThat(GoVersions.fromLdflags("-s -w -X main.version=1.2.3", "x.io/m")).contains("1.2.3");
    assertThat(GoVersions.fromLdflags("-X=x.io/m/internal/version.Version=v0.9.0", "x.io/m")).contains("0.9.0");
    assertThat(GoVersions.fromLdflags("-X other.io/lib.Version=1.0", "x.io/m")).isEmpty();
    assertThat(GoVersions.fromLdflags("", "x.io/m")).isEmpty();
  }
}
