package dev.moat.ecosystem.debian;

import static dev.moat.version.RandomVersions.chars;
import static dev.moat.version.RandomVersions.concat;
import static dev.moat.version.RandomVersions.intBetween;
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

class DebianVersionTest {

  private final DebianVersion deb = new DebianVersion();

  @TestFactory
  Stream<DynamicTest> dpkgTable() {
    return compareTable("deb_dpkg.tsv");
  }

  @TestFactory
  Stream<DynamicTest> aptTable() {
    return compareTable("deb_apt.tsv");
  }

  @TestFactory
  Stream<DynamicTest> universTable() {
    return compareTable("univers_deb_compare.tsv");
  }

  @TestFactory
  Stream<DynamicTest> goDebVersionLessThan() {
    return VectorFile.load("deb_go-deb-version_lessthan.tsv")
        .tests(
            r -> String.valueOf(deb.compare(r.get("left"), r.get("right")) < 0),
            r -> r.get("left_less_than_right"));
  }

  private Stream<DynamicTest> compareTable(String file) {
    return VectorFile.load(file)
        .tests(
            r -> actualSign(r.get("expected"), deb.compare(r.get("left"), r.get("right"))),
            r -> expectedSign(r.get("expected")));
  }

  @Test
  void satisfiesDebianRelations() {
    assertThat(deb.satisfies("1.2-1", ">= 1.2~rc1")).isTrue();
    assertThat(deb.satisfies("1.2~rc1", "<< 1.2")).isTrue();
    assertThat(deb.satisfies("1:0.9", ">> 2.0")).isTrue();
    assertThat(deb.satisfies("2.0", "(>= 1.0), << 2.0")).isFalse();
    assertThat(deb.satisfies("2.0", "= 2.0-0")).isTrue();
  }

  @Test
  void validity() {
    assertThat(deb.isValid("1:2.30-1+deb12u1")).isTrue();
    assertThat(deb.isValid("a1.0")).isFalse();
    assertThat(deb.isValid("x:1.0")).isFalse();
    assertThat(deb.isValid("")).isFalse();
  }

  @Test
  void rejectsBadEpoch() {
    assertThatThrownBy(() -> deb.compare("a:1", "1"))
        .isInstanceOf(MoatException.class)
        .hasMessageContaining("epoch");
  }

  @Test
  void antisymmetric() {
    RandomVersions.checkAntisymmetric(deb::compare, versions());
  }

  @Test
  void transitive() {
    RandomVersions.checkTransitive(deb::compare, versions());
  }

  /** Generated versions: the shapes this scheme must order, mixed so ties and near-ties occur. */
  private static Gen<String> versions() {
    Gen<String> epoch = oneOf("", "0:", "1:", "2:");
    Gen<String> upstream = concat(intBetween(0, 20), chars("0123456789.~+ab", 0, 6));
    Gen<String> revision = chars("0123456789.~+ub", 0, 4).map(s -> s.isEmpty() ? "" : "-" + s);
    return concat(epoch, upstream, revision);
  }
}
