package dev.moat.version;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class GenericVersionTest {

  private final GenericVersion generic = new GenericVersion();

  @Test
  void semverLikeOrder() {
    assertThat(generic.compare("1.0-rc1", "1.0")).isNegative();
    assertThat(generic.compare("1.0", "1.0.1")).isNegative();
    assertThat(generic.compare("v1.10.0", "1.9.9")).isPositive();
    assertThat(generic.compare("1.0.0+build", "1.0.0")).isZero();
    assertThat(generic.compare("2.0.0-RC1", "2.0.0-rc1")).isZero();
    assertThat(generic.compare("1.0-alpha", "1.0-beta")).isNegative();
    assertThat(generic.satisfies("1.5", ">= 1.0, < 2.0")).isTrue();
    assertThat(generic.satisfies("2.0-dev", "< 2.0")).isTrue();
  }

  @Property
  void antisymmetric(@ForAll("versions") String a, @ForAll("versions") String b) {
    OrderingLaws.antisymmetric(generic::compare, a, b);
    OrderingLaws.reflexive(generic::compare, a);
  }

  @Property
  void transitive(
      @ForAll("versions") String a, @ForAll("versions") String b, @ForAll("versions") String c) {
    OrderingLaws.transitive(generic::compare, a, b, c);
  }

  @Provide
  Arbitrary<String> versions() {
    return Arbitraries.strings().withChars("0129.-_+abRC").ofMinLength(1).ofMaxLength(8);
  }
}
