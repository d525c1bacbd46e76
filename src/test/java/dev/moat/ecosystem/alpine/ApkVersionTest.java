package dev.moat.ecosystem.alpine;

import static dev.moat.version.RandomVersions.concat;
import static dev.moat.version.RandomVersions.intBetween;
import static dev.moat.version.RandomVersions.joined;
import static dev.moat.version.RandomVersions.oneOf;
import static dev.moat.version.VectorFile.actualSign;
import static dev.moat.version.VectorFile.expectedSign;
import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.version.RandomVersions;
import dev.moat.version.RandomVersions.Gen;
import dev.moat.version.VectorFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class ApkVersionTest {

  private final ApkVersion apk = new ApkVersion();

  @TestFactory
  Stream<DynamicTest> apkToolsCompareTable() {
    return compareTable("apk_compare.tsv");
  }

  @TestFactory
  Stream<DynamicTest> universCompareTable() {
    return compareTable("univers_apk_compare.tsv");
  }

  @TestFactory
  Stream<DynamicTest> fuzzyTable() {
    return VectorFile.load("apk_fuzzy.tsv")
        .tests(r -> apk.satisfies(r.get("left"), r.get("op") + r.get("right")), r -> true);
  }

  @TestFactory
  Stream<DynamicTest> validityTable() {
    return VectorFile.load("apk_valid.tsv")
        .tests(r -> String.valueOf(apk.isValid(r.get("version"))), r -> r.get("valid"));
  }

  private Stream<DynamicTest> compareTable(String file) {
    return VectorFile.load(file)
        .tests(
            r -> actualSign(r.get("expected"), apk.compare(r.get("left"), r.get("right"))),
            r -> expectedSign(r.get("expected")));
  }

  @Test
  void satisfiesRanges() {
    assertThat(apk.satisfies("1.2.3-r1", ">=1.2.3 <1.3")).isTrue();
    assertThat(apk.satisfies("1.3_rc1", "<1.3")).isTrue();
    assertThat(apk.satisfies("1.3-r0", "<1.3")).isFalse();
  }

  @Test
  void antisymmetric() {
    RandomVersions.checkAntisymmetric(apk::compare, versions());
  }

  @Test
  void transitive() {
    RandomVersions.checkTransitive(apk::compare, versions());
  }

  /** Generated versions: the shapes this scheme must order, mixed so ties and near-ties occur. */
  private static Gen<String> versions() {
    Gen<String> nums = joined(intBetween(0, 12), 1, 4, ".");
    Gen<String> letter = oneOf("", "", "a", "b", "z");
    Gen<String> suffix =
        oneOf("", "", "_alpha", "_beta2", "_pre1", "_rc3", "_p1", "_git20240101", "_cvs");
    Gen<String> rev = oneOf("", "-r0", "-r1", "-r10");
    return concat(nums, letter, suffix, rev);
  }
}
