package dev.moat.ecosystem.composer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ComposerPackagesTest {

  @Test
  void dropsTheVPrefixOfVersionsOnly() {
    // versions as composer.lock files write them
    assertThat(ComposerPackages.version("v5.4.21")).isEqualTo("5.4.21");
    assertThat(ComposerPackages.version("1.3.5")).isEqualTo("1.3.5");
    assertThat(ComposerPackages.version("dev-main")).isEqualTo("dev-main");
    assertThat(ComposerPackages.version("v")).isEqualTo("v");
  }
}
