package dev.moat.ecosystem.rubygems;

import static dev.moat.version.RandomVersions.joined;
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

class GemVersionTest {

  private final GemVersion gem = new GemVersion();

  @TestFactory
  Stream<DynamicTest> compareTable() {
    return VectorFile.load("gem_version_compare.tsv")
        .tests(
            r -> Integer.signum(gem.compare(r.get("left"), r.get("right"))),
            r -> expectedSign(r.get("expected")));
  }

  /** Upstream joins AND-ed requirements with ", " in the fixture. */
  @TestFactory
  Stream<DynamicTest> requirementTable() {
    return VectorFile.load("gem_requirement_satisfied.tsv")
        .tests(
            r -> String.valueOf(gem.satisfies(r.get("version"), r.get("range"))),
            r -> r.get("expected"));
  }

  @Test
  void pessimisticOperator() {
    assertThat(gem.satisfies("1.4.9", "~> 1.4.0")).isTrue();
    assertThat(gem.satisfies("1.5.0", "~> 1.4.0")).isFalse();
    assertThat(gem.satisfies("1.5.0.rc1", "~> 1.4")).isTrue();
    assertThatThrownBy(() -> gem.compare("1.0 junk", "1")).isInstanceOf(MoatException.class);
  }

  @Test
  void antisymmetric() {
    RandomVersions.checkAntisymmetric(gem::compare, versions());
  }

  @Test
  void transitive() {
    RandomVersions.checkTransitive(gem::compare, versions());
  }

  /** Generated versions: the shapes this scheme must order, mixed so ties and near-ties occur. */
  private static Gen<String> versions() {
    return joined(oneOf("0", "1", "2", "10", "a", "b", "rc", "pre", "beta1", "0a"), 1, 4, ".")
        .map(s -> "1." + s);
  }
}
