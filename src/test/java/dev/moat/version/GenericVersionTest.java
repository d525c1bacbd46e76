package dev.moat.version;

import static dev.moat.version.RandomVersions.chars;
import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.version.RandomVersions.Gen;
import org.junit.jupiter.api.Test;

class GenericVersionTest {

  private final GenericVersion generic = new GenericVersion();

  @Test
  void semverLikeOrder() {
    assertThat(generic.compare("1.0-rc1", "1.0")).isNegative();
    assertThat(generic.compare("1.0", "1.0.1")).isNegative();
    assertThat(generic.compare("v1.10.0", "1.9.9")).isPositive();
    assertThat(generic.compare("1.0.0+build", "1.0.0")).isZero();
    assertThat(generic.compare("2.0.0-RC1", "2.0.0-rc1")).isZero();
    assertThat(generic.compare("1.0-alpha", "1.0-beta")).isNegative();
    assertThat(generic.satisfies("1.5", ">= 1.0, < 2.0")).isTrue();
    assertThat(generic.satisfies("2.0-dev", "< 2.0")).isTrue();
  }

  @Test
  void antisymmetric() {
    RandomVersions.checkAntisymmetric(generic::compare, versions());
  }

  @Test
  void transitive() {
    RandomVersions.checkTransitive(generic::compare, versions());
  }

  /** Generated versions: the shapes this scheme must order, mixed so ties and near-ties occur. */
  private static Gen<String> versions() {
    return chars("0129.-_+abRC", 1, 8);
  }
}
