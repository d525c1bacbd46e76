package dev.moat.ecosystem.npm;

import static dev.moat.version.RandomVersions.intBetween;
import static dev.moat.version.RandomVersions.oneOf;
import static dev.moat.version.VectorFile.expectedSign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.moat.MoatException;
import dev.moat.version.RandomVersions;
import dev.moat.version.RandomVersions.Gen;
import dev.moat.version.SemVer;
import dev.moat.version.VectorFile;
import dev.moat.version.VectorFile.Row;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class NpmVersionTest {

  private final NpmVersion semver = new NpmVersion();

  @TestFactory
  Stream<DynamicTest> compareTable() {
    return VectorFile.load("npm_semver_compare.tsv")
        .tests(
            r -> {
              boolean loose = r.get("options").contains("loose");
              return Integer.signum(
                  NpmVersion.parse(r.get("left"), loose).compareTo(NpmVersion.parse(r.get("right"), loose)));
            },
            r -> expectedSign(r.get("expected")));
  }

  @TestFactory
  Stream<DynamicTest> satisfiesTable() {
    return VectorFile.load("npm_semver_satisfies.tsv")
        .tests(r -> String.valueOf(nodeSatisfies(r)), r -> r.get("expected"));
  }

  @TestFactory
  Stream<DynamicTest> outsideTable() {
    return VectorFile.load("npm_semver_outside.tsv")
        .tests(r -> String.valueOf(nodeOutside(r)), r -> r.get("expected"));
  }

  @TestFactory
  Stream<DynamicTest> validTable() {
    return VectorFile.load("npm_semver_valid.tsv")
        .tests(
            r -> {
              SemVer v = NpmVersion.parse(r.get("version"), false);
              return v.major() + "|" + v.minor() + "|" + v.patch() + "|"
                  + String.join(".", v.prerelease()) + "|" + String.join(".", v.build());
            },
            r -> r.get("major") + "|" + r.get("minor") + "|" + r.get("patch") + "|"
                + r.get("prerelease") + "|" + r.get("build"));
  }

  /** semver.satisfies(): any parse failure of version or range means "no". */
  private static boolean nodeSatisfies(Row r) {
    boolean loose = r.get("options").contains("loose");
    boolean pre = r.get("options").contains("includePrerelease");
    try {
      return NpmRange.parse(range(r), loose, pre).test(NpmVersion.parse(r.get("version"), loose));
    } catch (MoatException e) {
      return false;
    }
  }

  private static boolean nodeOutside(Row r) {
    boolean loose = r.get("options").contains("loose");
    boolean pre = r.get("options").contains("includePrerelease");
    return NpmRange.parse(range(r), loose, pre)
        .outside(NpmVersion.parse(r.get("version"), loose), r.get("relation").equals("gtr"));
  }

  /** The fixtures keep JavaScript's {@code \t} escape as two characters; it stands for a tab. */
  private static String range(Row r) {
    return r.get("range").replace("\\t", "\t");
  }

  @Test
  void defaultModeIsStrict() {
    assertThat(semver.isValid("1.2.3-beta.1+build")).isTrue();
    assertThat(semver.isValid("01.2.3")).isFalse();
    assertThat(semver.satisfies("1.2.4-beta", "^1.2.3")).isFalse();
    assertThat(semver.satisfies("1.2.3-beta.2", "^1.2.3-beta.1")).isTrue();
    assertThatThrownBy(() -> semver.satisfies("1.2.3", "not a range"))
        .isInstanceOf(MoatException.class);
    assertThatThrownBy(() -> semver.compare("1.2", "1.2.3")).isInstanceOf(MoatException.class);
  }

  @Test
  void antisymmetric() {
    RandomVersions.checkAntisymmetric(semver::compare, versions());
  }

  @Test
  void transitive() {
    RandomVersions.checkTransitive(semver::compare, versions());
  }

  /** Generated versions: the shapes this scheme must order, mixed so ties and near-ties occur. */
  private static Gen<String> versions() {
    Gen<String> n = intBetween(0, 3);
    Gen<String> pre =
        oneOf("", "-0", "-1", "-alpha", "-alpha.1", "-alpha.beta", "-beta.11", "-rc.1");
    Gen<String> build = oneOf("", "+b1", "+sha.5114f85");
    return r -> n.next(r) + "." + n.next(r) + "." + n.next(r) + pre.next(r) + build.next(r);
  }
}
