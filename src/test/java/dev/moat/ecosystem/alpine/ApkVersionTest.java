package dev.moat.ecosystem.alpine;

import static dev.moat.version.VectorFile.actualSign;
import static dev.moat.version.VectorFile.expectedSign;
import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.version.OrderingLaws;
import dev.moat.version.VectorFile;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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

  @Property
  void antisymmetric(@ForAll("versions") String a, @ForAll("versions") String b) {
    OrderingLaws.antisymmetric(apk::compare, a, b);
    OrderingLaws.reflexive(apk::compare, a);
  }

  @Property
  void transitive(
      @ForAll("versions") String a, @ForAll("versions") String b, @ForAll("versions") String c) {
    OrderingLaws.transitive(apk::compare, a, b, c);
  }

  @Provide
  Arbitrary<String> versions() {
    Arbitrary<String> nums =
        Arbitraries.integers().between(0, 12).list().ofMinSize(1).ofMaxSize(4)
            .map(l -> String.join(".", l.stream().map(String::valueOf).toList()));
    Arbitrary<String> letter = Arbitraries.of("", "", "a", "b", "z");
    Arbitrary<String> suffix =
        Arbitraries.of("", "", "_alpha", "_beta2", "_pre1", "_rc3", "_p1", "_git20240101", "_cvs");
    Arbitrary<String> rev = Arbitraries.of("", "-r0", "-r1", "-r10");
    return Combinators.combine(nums, letter, suffix, rev).as((n, l, s, r) -> n + l + s + r);
  }
}
