package dev.moat.ecosystem.nuget;

import static dev.moat.version.RandomVersions.concat;
import static dev.moat.version.RandomVersions.intBetween;
import static dev.moat.version.RandomVersions.joined;
import static dev.moat.version.RandomVersions.oneOf;
import static dev.moat.version.VectorFile.actualSign;
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

class NuGetVersionTest {

  private final NuGetVersion nuget = new NuGetVersion();

  @TestFactory
  Stream<DynamicTest> universTable() {
    return VectorFile.load("univers_nuget_compare.tsv")
        .tests(
            r -> actualSign(r.get("expected"), nuget.compare(r.get("left"), r.get("right"))),
            r -> expectedSign(r.get("expected")));
  }

  @Test
  void ranges() {
    assertThat(nuget.satisfies("1.0.1", "1.0")).isTrue();
    assertThat(nuget.satisfies("0.9", "1.0")).isFalse();
    assertThat(nuget.satisfies("2.0.0", "[1.0,2.0)")).isFalse();
    assertThat(nuget.satisfies("2.0.0-rc.1", "[1.0,2.0)")).isTrue();
    assertThat(nuget.satisfies("1.2.0", "[1.2]")).isTrue();
    assertThat(nuget.satisfies("3.0", "(,2.0]")).isFalse();
    assertThat(nuget.isValid("1.2.3.4.5")).isFalse();
    assertThatThrownBy(() -> nuget.compare("x", "1")).isInstanceOf(MoatException.class);
  }

  @Test
  void antisymmetric() {
    RandomVersions.checkAntisymmetric(nuget::compare, versions());
  }

  @Test
  void transitive() {
    RandomVersions.checkTransitive(nuget::compare, versions());
  }

  /** Generated versions: the shapes this scheme must order, mixed so ties and near-ties occur. */
  private static Gen<String> versions() {
    Gen<String> nums = joined(intBetween(0, 3), 1, 4, ".");
    Gen<String> label = oneOf("", "", "-beta", "-BETA", "-beta.2", "-rc.1", "-1", "-alpha.x");
    Gen<String> meta = oneOf("", "+git.abc");
    return concat(nums, label, meta);
  }
}
