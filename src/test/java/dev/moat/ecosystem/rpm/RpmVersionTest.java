package dev.moat.ecosystem.rpm;

import static dev.moat.version.VectorFile.expectedSign;
import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.version.OrderingLaws;
import dev.moat.version.VectorFile;
import java.util.Map;
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

  @Property
  void antisymmetric(@ForAll("versions") String a, @ForAll("versions") String b) {
    OrderingLaws.antisymmetric(rpm::compare, a, b);
    OrderingLaws.reflexive(rpm::compare, a);
  }

  @Property
  void transitive(
      @ForAll("versions") String a, @ForAll("versions") String b, @ForAll("versions") String c) {
    OrderingLaws.transitive(rpm::compare, a, b, c);
  }

  @Provide
  Arbitrary<String> versions() {
    Arbitrary<String> epoch = Arbitraries.of("", "0:", "1:");
    Arbitrary<String> part =
        Arbitraries.strings().withChars("0123456789.~^abz").ofMinLength(1).ofMaxLength(6);
    Arbitrary<String> release = Arbitraries.strings().withChars("0123456789.elz_").ofMinLength(1)
        .ofMaxLength(5);
    return Combinators.combine(epoch, part, release).as((e, v, r) -> e + v + "-" + r);
  }
}
