package dev.moat.ecosystem.nuget;

import static dev.moat.version.VectorFile.actualSign;
import static dev.moat.version.VectorFile.expectedSign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.moat.MoatException;
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

  @Property
  void antisymmetric(@ForAll("versions") String a, @ForAll("versions") String b) {
    OrderingLaws.antisymmetric(nuget::compare, a, b);
    OrderingLaws.reflexive(nuget::compare, a);
  }

  @Property
  void transitive(
      @ForAll("versions") String a, @ForAll("versions") String b, @ForAll("versions") String c) {
    OrderingLaws.transitive(nuget::compare, a, b, c);
  }

  @Provide
  Arbitrary<String> versions() {
    Arbitrary<String> nums =
        Arbitraries.integers().between(0, 3).list().ofMinSize(1).ofMaxSize(4)
            .map(l -> String.join(".", l.stream().map(String::valueOf).toList()));
    Arbitrary<String> label = Arbitraries.of("", "", "-beta", "-BETA", "-beta.2", "-rc.1", "-1", "-alpha.x");
    Arbitrary<String> meta = Arbitraries.of("", "+git.abc");
    return Combinators.combine(nums, label, meta).as((n, l, m) -> n + l + m);
  }
}
