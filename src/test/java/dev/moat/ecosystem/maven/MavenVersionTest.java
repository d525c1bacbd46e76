package dev.moat.ecosystem.maven;

import static dev.moat.version.VectorFile.actualSign;
import static dev.moat.version.VectorFile.expectedSign;
import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.version.OrderingLaws;
import dev.moat.version.VectorFile;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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

  @Property
  void antisymmetric(@ForAll("versions") String a, @ForAll("versions") String b) {
    OrderingLaws.antisymmetric(maven::compare, a, b);
    OrderingLaws.reflexive(maven::compare, a);
  }

  @Property
  void transitive(
      @ForAll("versions") String a, @ForAll("versions") String b, @ForAll("versions") String c) {
    OrderingLaws.transitive(maven::compare, a, b, c);
  }

  @Provide
  Arbitrary<String> versions() {
    Arbitrary<String> token =
        Arbitraries.of("0", "1", "2", "10", "alpha", "a", "beta", "b", "m", "rc", "cr",
            "snapshot", "ga", "final", "release", "sp", "foo", "jre");
    Arbitrary<String> sep = Arbitraries.of(".", "-", "");
    return Arbitraries.integers().between(0, 9).flatMap(first ->
        Arbitraries.lazy(() -> token).list().ofMaxSize(4).flatMap(tokens ->
            sep.list().ofSize(tokens.size()).map(seps -> {
              StringBuilder sb = new StringBuilder().append(first);
              for (int i = 0; i < tokens.size(); i++) {
                sb.append(seps.get(i)).append(tokens.get(i));
              }
              return sb.toString();
            })));
  }
}
