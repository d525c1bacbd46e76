package dev.moat.ecosystem.maven;

import static dev.moat.version.RandomVersions.joined;
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

class MavenResolverVersionTest {

  private final MavenResolverVersion resolver = new MavenResolverVersion();

  @TestFactory
  Stream<DynamicTest> genericVersionTable() {
    return VectorFile.load("maven_resolver_genericversion.tsv")
        .tests(
            r -> Integer.signum(resolver.compare(r.get("left"), r.get("right"))),
            r -> expectedSign(r.get("expected")),
            Map.of());
  }

  @TestFactory
  Stream<DynamicTest> versionRangeTable() {
    return VectorFile.load("maven_resolver_versionrange_contains.tsv")
        .tests(
            r -> String.valueOf(resolver.satisfies(r.get("version"), r.get("range"))),
            r -> r.get("expected"));
  }

  @Test
  void minAndMaxOnlyAsLastToken() {
    assertThat(resolver.compare("1.2.min", "1.2-alpha")).isNegative();
    assertThat(resolver.compare("1.2.max", "1.2.99999")).isPositive();
  }

  @Test
  void antisymmetric() {
    RandomVersions.checkAntisymmetric(resolver::compare, versions());
  }

  @Test
  void transitive() {
    RandomVersions.checkTransitive(resolver::compare, versions());
  }

  /** Generated versions: the shapes this scheme must order, mixed so ties and near-ties occur. */
  private static Gen<String> versions() {
    return joined(
        oneOf("0", "1", "2", "10", "alpha", "a1", "beta", "rc", "snapshot", "ga",
            "sp", "foo", "min", "max", ""),
        1,
        4,
        ".");
  }
}
