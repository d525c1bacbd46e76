package dev.moat.ecosystem.cargo;

import static dev.moat.version.RandomVersions.intBetween;
import static dev.moat.version.RandomVersions.oneOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.moat.MoatException;
import dev.moat.version.RandomVersions;
import dev.moat.version.RandomVersions.Gen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CargoVersionTest {

  private final CargoVersion cargo = new CargoVersion();

  /**
   * The requirement table of The Cargo Book, "Specifying Dependencies" (caret, tilde and wildcard
   * requirements): each requirement with its lowest admitted version, the version just below it,
   * the highest admitted and the first version above.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "^1.2.3;1.2.3;1.2.2;1.99.99;2.0.0",
        "^1.2;1.2.0;1.1.99;1.99.0;2.0.0",
        "^1;1.0.0;0.99.0;1.99.0;2.0.0",
        "^0.2.3;0.2.3;0.2.2;0.2.99;0.3.0",
        "^0.2;0.2.0;0.1.99;0.2.99;0.3.0",
        "^0.0.3;0.0.3;0.0.2;0.0.3;0.0.4",
        "^0.0;0.0.0;0.0.0-0;0.0.99;0.1.0",
        "^0;0.0.0;0.0.0-0;0.99.0;1.0.0",
        "~1.2.3;1.2.3;1.2.2;1.2.99;1.3.0",
        "~1.2;1.2.0;1.1.99;1.2.99;1.3.0",
        "~1;1.0.0;0.99.0;1.99.0;2.0.0",
        "1.*;1.0.0;0.99.0;1.99.0;2.0.0",
        "1.2.*;1.2.0;1.1.99;1.2.99;1.3.0",
        "1.2.3;1.2.3;1.2.2;1.99.99;2.0.0",
        ">= 1.2.0, < 1.5;1.2.0;1.1.99;1.4.99;1.5.0",
        "=1.2.3;1.2.3;1.2.2;1.2.3;1.2.4",
      })
  void cargoBookRequirements(String req, String lowest, String below, String highest, String above) {
    assertThat(cargo.satisfies(lowest, req)).as("%s in %s", lowest, req).isTrue();
    assertThat(cargo.satisfies(highest, req)).as("%s in %s", highest, req).isTrue();
    assertThat(cargo.satisfies(below, req)).as("%s in %s", below, req).isFalse();
    assertThat(cargo.satisfies(above, req)).as("%s in %s", above, req).isFalse();
  }

  @Test
  void prereleasesNeedAnAnchor() {
    assertThat(cargo.satisfies("1.3.0-alpha.1", "^1.2.3")).isFalse();
    assertThat(cargo.satisfies("1.2.3-alpha.2", "^1.2.3-alpha.1")).isTrue();
    assertThat(cargo.satisfies("1.2.4-alpha.1", "^1.2.3-alpha.1")).isFalse();
    assertThat(cargo.satisfies("5.0.0", "*")).isTrue();
  }

  @Test
  void strictVersions() {
    assertThat(cargo.isValid("1.2.3-rc.1+build.5")).isTrue();
    assertThat(cargo.isValid("v1.2.3")).isFalse();
    assertThat(cargo.isValid("1.02.3")).isFalse();
    assertThat(cargo.isValid("1.2")).isFalse();
    assertThat(cargo.compare("1.0.0-alpha.beta", "1.0.0-beta")).isNegative();
    assertThatThrownBy(() -> cargo.satisfies("1.0.0", "^x.y")).isInstanceOf(MoatException.class);
  }

  @Test
  void antisymmetric() {
    RandomVersions.checkAntisymmetric(cargo::compare, versions());
  }

  @Test
  void transitive() {
    RandomVersions.checkTransitive(cargo::compare, versions());
  }

  /** Generated versions: the shapes this scheme must order, mixed so ties and near-ties occur. */
  private static Gen<String> versions() {
    Gen<String> n = intBetween(0, 3);
    Gen<String> pre = oneOf("", "", "-alpha", "-alpha.1", "-beta.2", "-rc.1", "-0");
    return r -> n.next(r) + "." + n.next(r) + "." + n.next(r) + pre.next(r);
  }
}
