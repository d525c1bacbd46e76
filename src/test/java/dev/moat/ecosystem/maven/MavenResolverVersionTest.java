package dev.moat.ecosystem.maven;

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

  @Property
  void antisymmetric(@ForAll("versions") String a, @ForAll("versions") String b) {
    OrderingLaws.antisymmetric(resolver::compare, a, b);
    OrderingLaws.reflexive(resolver::compare, a);
  }

  @Property
  void transitive(
      @ForAll("versions") String a, @ForAll("versions") String b, @ForAll("versions") String c) {
    OrderingLaws.transitive(resolver::compare, a, b, c);
  }

  @Provide
  Arbitrary<String> versions() {
    return Arbitraries.of("0", "1", "2", "10", "alpha", "a1", "beta", "rc", "snapshot", "ga",
            "sp", "foo", "min", "max", "")
        .list().ofMinSize(1).ofMaxSize(4)
        .map(l -> String.join(".", l));
  }
}
