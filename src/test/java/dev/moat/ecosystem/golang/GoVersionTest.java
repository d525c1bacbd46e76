package dev.moat.ecosystem.golang;

import static dev.moat.version.RandomVersions.intBetween;
import static dev.moat.version.RandomVersions.oneOf;
import static dev.moat.version.VectorFile.expectedSign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.moat.MoatException;
import dev.moat.version.RandomVersions;
import dev.moat.version.RandomVersions.Gen;
import dev.moat.version.VectorFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class GoVersionTest {

  private final GoVersion go = new GoVersion();

  @TestFactory
  Stream<DynamicTest> compareTable() {
    return VectorFile.load("go_semver_compare.tsv")
        .tests(
            r -> GoVersion.compareLenient(r.get("left"), r.get("right")),
            r -> expectedSign(r.get("expected")));
  }

  @TestFactory
  Stream<DynamicTest> canonicalTable() {
    return VectorFile.load("go_semver_canonical.tsv")
        .tests(
            r -> go.isValid(r.get("version")) + "|" + GoVersion.canonical(r.get("version")).orElse(""),
            r -> r.get("valid") + "|" + r.get("canonical"));
  }

  @Test
  void moduleVersions() {
    assertThat(go.compare("v2.0.0+incompatible", "v2.0.0")).isZero();
    assertThat(go.compare("v0.0.0-20191109021931-daa7c04131f5", "v0.0.0-20200101000000-aaaaaaaaaaaa"))
        .isNegative();
    assertThat(go.compare("v1.2.4-0.20191109021931-daa7c04131f5", "v1.2.3")).isPositive();
    assertThat(go.compare("1.2.3", "v1.2.3")).isZero();
    assertThat(go.satisfies("v1.2.5", ">= v1.2.3, < v1.3.0")).isTrue();
    assertThatThrownBy(() -> go.compare("v1.2.3", "vbad")).isInstanceOf(MoatException.class);
  }

  @Test
  void antisymmetric() {
    RandomVersions.checkAntisymmetric(go::compare, versions());
  }

  @Test
  void transitive() {
    RandomVersions.checkTransitive(go::compare, versions());
  }

  /** Generated versions: the shapes this scheme must order, mixed so ties and near-ties occur. */
  private static Gen<String> versions() {
    Gen<String> n = intBetween(0, 3);
    Gen<String> tail = oneOf("", ".0", ".1", ".2.1", ".0.0-pre", ".1.0-0.20200101000000-abcdef123456",
        ".0.0+incompatible", ".0.0-rc.1");
    return r -> "v" + n.next(r) + tail.next(r);
  }
}
