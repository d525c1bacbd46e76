package dev.moat.ecosystem.rpm;

import static dev.moat.version.RandomVersions.chars;
import static dev.moat.version.RandomVersions.oneOf;
import static dev.moat.version.VectorFile.expectedSign;
import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.version.RandomVersions;
import dev.moat.version.RandomVersions.Gen;
import dev.moat.version.VectorFile;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class RpmVersionTest {

  private final RpmVersion rpm = new RpmVersion();

  @TestFactory
  Stream<DynamicTest> rpmvercmpTable() {
    return vercmpTable("rpm_rpmvercmp.tsv", Map.of());
  }

  @TestFactory
  Stream<DynamicTest> goRpmVersionVercmpTable() {
    return vercmpTable("rpm_go-rpm-version_rpmvercmp.tsv", Map.of());
  }

  @TestFactory
  Stream<DynamicTest> disabledOdditiesTable() {
    return vercmpTable("rpm_rpmvercmp_oddities_disabled.tsv", Map.of());
  }

  @TestFactory
  Stream<DynamicTest> evrTable() {
    return VectorFile.load("rpm_go-rpm-version_evr.tsv")
        .tests(
            r -> Integer.signum(rpm.compare(r.get("left"), r.get("right"))),
            r -> expectedSign(r.get("expected")));
  }

  private Stream<DynamicTest> vercmpTable(String file, Map<String, String> known) {
    return VectorFile.load(file)
        .tests(
            r -> Integer.signum(RpmVersion.vercmp(r.get("left"), r.get("right"))),
            r -> expectedSign(r.get("expected")),
            known);
  }

  @Test
  void epochAndRelease() {
    assertThat(rpm.compare("1:1.0-1", "2.0-1")).isPositive();
    assertThat(rpm.compare("1.0~rc1-1", "1.0-1")).isNegative();
    assertThat(rpm.compare("1.0^git1-1", "1.0-1")).isPositive();
    assertThat(rpm.satisfies("2.17-326.el7_9", "< 2.17-326.el7_9.3")).isTrue();
    assertThat(rpm.isValid("1:2.17-326.el7")).isTrue();
    assertThat(rpm.isValid("x:1")).isFalse();
  }

  @Test
  void antisymmetric() {
    RandomVersions.checkAntisymmetric(rpm::compare, versions());
  }

  @Test
  void transitive() {
    RandomVersions.checkTransitive(rpm::compare, versions());
  }

  /** Generated versions: the shapes this scheme must order, mixed so ties and near-ties occur. */
  private static Gen<String> versions() {
    Gen<String> epoch = oneOf("", "0:", "1:");
    Gen<String> part = chars("0123456789.~^abz", 1, 6);
    Gen<String> release = chars("0123456789.elz_", 1, 5);
    return r -> epoch.next(r) + part.next(r) + "-" + release.next(r);
  }
}
