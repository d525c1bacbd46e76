package dev.moat.ecosystem.pypi;

import static dev.moat.version.RandomVersions.concat;
import static dev.moat.version.RandomVersions.intBetween;
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

  @Test
  void antisymmetric() {
    RandomVersions.checkAntisymmetric(pypi::compare, versions());
  }

  @Test
  void transitive() {
    RandomVersions.checkTransitive(pypi::compare, versions());
  }

  /** Generated versions: the shapes this scheme must order, mixed so ties and near-ties occur. */
  private static Gen<String> versions() {
    Gen<String> epoch = oneOf("", "", "1!");
    Gen<String> release = joined(intBetween(0, 3), 1, 3, ".");
    Gen<String> pre = oneOf("", "", "a1", "b0", "rc2", "alpha", "c1");
    Gen<String> post = oneOf("", "", ".post1", "-2", ".rev0");
    Gen<String> dev = oneOf("", "", ".dev0", ".dev3");
    Gen<String> local = oneOf("", "", "+abc", "+1", "+abc.5", "+1.x");
    return concat(epoch, release, pre, post, dev, local);
  }
}
