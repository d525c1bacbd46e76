package dev.moat.version;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VersionSchemesTest {

  @ParameterizedTest
  @CsvSource({
    "Debian:12,deb", "Ubuntu:22.04:LTS,deb", "Alpine:v3.20,apk", "Wolfi,apk", "Chainguard,apk",
    "Red Hat,rpm", "Rocky Linux:9,rpm", "AlmaLinux:8,rpm", "SUSE,rpm", "openSUSE,rpm",
    "npm,semver", "Maven,maven", "PyPI,pep440", "Go,go", "RubyGems,gem", "NuGet,nuget",
    "crates.io,cargo", "Hex,semver", "Pub,semver", "Packagist,generic", "Haskell,generic"
  })
  void mapsOsvEcosystems(String ecosystem, String scheme) {
    assertThat(VersionSchemes.forOsvEcosystem(ecosystem).name()).isEqualTo(scheme);
  }

  @Test
  void namesAreUniqueAndFindable() {
    for (VersionScheme s : VersionSchemes.all()) {
      assertThat(VersionSchemes.forName(s.name())).containsSame(s);
    }
    assertThat(VersionSchemes.forName("nope")).isEmpty();
    assertThat(VersionSchemes.forName("npm").map(VersionScheme::name)).contains("semver");
    assertThat(VersionSchemes.forName("PyPI").map(VersionScheme::name)).contains("pep440");
  }

  @Test
  void osvDistroSchemesOrderRealVersions() {
    assertThat(VersionSchemes.forOsvEcosystem("Debian:12").compare("1:2.0~rc1", "1:2.0")).isNegative();
    assertThat(VersionSchemes.forOsvEcosystem("Alpine:v3.20").compare("1.2.3-r1", "1.2.3_rc1"))
        .isPositive();
  }
}
