package dev.moat.ecosystem.pypi;

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

class PypiVersionTest {

  private final PypiVersion pypi = new PypiVersion();

  @TestFactory
  Stream<DynamicTest> compareTable() {
    return VectorFile.load("pep440_compare.tsv")
        .tests(
            r -> Integer.signum(pypi.compare(r.get("left"), r.get("right"))),
            r -> expectedSign(r.get("expected")));
  }

  @TestFactory
  Stream<DynamicTest> normalizeTable() {
    return VectorFile.load("pep440_normalize.tsv")
        .tests(r -> PypiVersion.normalize(unescape(r.get("version"))), r -> r.get("normalized"));
  }

  @TestFactory
  Stream<DynamicTest> invalidTable() {
    return VectorFile.load("pep440_invalid.tsv")
        .tests(r -> String.valueOf(pypi.isValid(r.get("version"))), r -> r.get("valid"));
  }

  @TestFactory
  Stream<DynamicTest> specifierTable() {
    return VectorFile.load("pep440_specifier.tsv")
        .tests(
            r -> String.valueOf(Pep440Specifier.parse(r.get("range")).contains(r.get("version"))),
            r -> r.get("expected"));
  }

  /** The fixture keeps Python's {@code \t} and {@code \n} escapes as two characters. */
  private static String unescape(String s) {
    return s.replace("\\t", "\t").replace("\\n", "\n");
  }

  @Test
  void specifierSets() {
    assertThat(pypi.satisfies("2.0rc1", ">=1.0,<2.0.1")).isTrue();
    assertThat(pypi.satisfies("1.5.3", ">=1.0, !=1.5.*")).isFalse();
    assertThatThrownBy(() -> pypi.satisfies("french toast", "<2")).isInstanceOf(MoatException.class);
    assertThatThrownBy(() -> pypi.satisfies("1.0", "~=1")).isInstanceOf(MoatException.class);
  }

  @Property
  void antisymmetric(@ForAll("versions") String a, @ForAll("versions") String b) {
    OrderingLaws.antisymmetric(pypi::compare, a, b);
    OrderingLaws.reflexive(pypi::compare, a);
  }

  @Property
  void transitive(
      @ForAll("versions") String a, @ForAll("versions") String b, @ForAll("versions") String c) {
    OrderingLaws.transitive(pypi::compare, a, b, c);
  }

  @Provide
  Arbitrary<String> versions() {
    Arbitrary<String> epoch = Arbitraries.of("", "", "1!");
    Arbitrary<String> release =
        Arbitraries.integers().between(0, 3).list().ofMinSize(1).ofMaxSize(3)
            .map(l -> String.join(".", l.stream().map(String::valueOf).toList()));
    Arbitrary<String> pre = Arbitraries.of("", "", "a1", "b0", "rc2", "alpha", "c1");
    Arbitrary<String> post = Arbitraries.of("", "", ".post1", "-2", ".rev0");
    Arbitrary<String> dev = Arbitraries.of("", "", ".dev0", ".dev3");
    Arbitrary<String> local = Arbitraries.of("", "", "+abc", "+1", "+abc.5", "+1.x");
    return Combinators.combine(epoch, release, pre, post, dev, local)
        .as((e, r, p, o, d, l) -> e + r + p + o + d + l);
  }
}
