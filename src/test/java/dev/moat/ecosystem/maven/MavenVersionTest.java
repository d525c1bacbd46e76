package dev.moat.ecosystem.maven;

import static dev.moat.version.RandomVersions.intBetween;
import static dev.moat.version.RandomVersions.listOf;
import static dev.moat.version.RandomVersions.oneOf;
import static dev.moat.version.VectorFile.actualSign;
import static dev.moat.version.VectorFile.expectedSign;
import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.version.RandomVersions;
import dev.moat.version.RandomVersions.Gen;
import dev.moat.version.VectorFile;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class MavenVersionTest {

  private final MavenVersion maven = new MavenVersion();

  @TestFactory
  Stream<DynamicTest> comparableVersionTable() {
    return compareTable("maven_comparableversion.tsv", Map.of());
  }

  /** VERIFY.md: univers' data predates MNG-7644; these rows differ from Maven 3.9 and 4 alike. */
  @TestFactory
  Stream<DynamicTest> universTable() {
    String reason = "univers data predates MNG-7644 (Maven 3.9/4 order 2-1 > 2.0.a, 2.0.0.a == 2.0.a)";
    return compareTable(
        "univers_maven_compare.tsv",
        Map.of(
            "2-1\t2.0.a\t-1", reason,
            "2-1\t2.0.0.a\t-1", reason,
            "2.0.0.a\t2.0.a\t1", reason));
  }

  @TestFactory
  Stream<DynamicTest> versionRangeTable() {
    return VectorFile.load("maven_versionrange_contains.tsv")
        .tests(
            r -> String.valueOf(maven.satisfies(r.get("version"), r.get("range"))),
            r -> r.get("expected"));
  }

  private Stream<DynamicTest> compareTable(String file, Map<String, String> known) {
    return VectorFile.load(file)
        .tests(
            r -> actualSign(r.get("expected"), maven.compare(r.get("left"), r.get("right"))),
            r -> expectedSign(r.get("expected")),
            known);
  }

  @Test
  void multipleRanges() {
    assertThat(maven.satisfies("1.1", "(,1.0],[1.2,)")).isFalse();
    assertThat(maven.satisfies("1.0", "(,1.0],[1.2,)")).isTrue();
    assertThat(maven.satisfies("2.5", "(,1.0],[1.2,)")).isTrue();
    assertThat(maven.satisfies("2.0.0.RELEASE", "[2.0.0]")).isTrue();
  }

  @Test
  void antisymmetric() {
    RandomVersions.checkAntisymmetric(maven::compare, versions());
  }

  @Test
  void transitive() {
    RandomVersions.checkTransitive(maven::compare, versions());
  }

  /** Generated versions: the shapes this scheme must order, mixed so ties and near-ties occur. */
  private static Gen<String> versions() {
    Gen<String> first = intBetween(0, 9);
    Gen<List<String>> tokens =
        listOf(
            oneOf("0", "1", "2", "10", "alpha", "a", "beta", "b", "m", "rc", "cr",
                "snapshot", "ga", "final", "release", "sp", "foo", "jre"),
            0,
            4);
    Gen<String> sep = oneOf(".", "-", "");
    return r -> {
      StringBuilder sb = new StringBuilder(first.next(r));
      for (String token : tokens.next(r)) {
        sb.append(sep.next(r)).append(token);
      }
      return sb.toString();
    };
  }
}
