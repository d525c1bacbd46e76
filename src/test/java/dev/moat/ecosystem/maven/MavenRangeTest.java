package dev.moat.ecosystem.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.moat.MoatException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MavenRangeTest {

  private final MavenVersion maven = new MavenVersion();

  @Test
  void parsesPomRangeForms() {
    MavenRange r = MavenRange.parse("(,1.0],[1.2,)", false);
    assertThat(r.intervals()).hasSize(2);
    assertThat(r.intervals().get(0).lower()).isEmpty();
    assertThat(r.intervals().get(0).upper()).contains("1.0");
    assertThat(r.intervals().get(0).upperInclusive()).isTrue();
    assertThat(r.intervals().get(1).lower()).contains("1.2");
    assertThat(r.intervals().get(1).upper()).isEmpty();
  }

  @Test
  void exclusiveBounds() {
    MavenRange r = MavenRange.parse("(1.0,2.0)", false);
    assertThat(r.contains("1.0", maven::compare)).isFalse();
    assertThat(r.contains("1.5", maven::compare)).isTrue();
    assertThat(r.contains("2.0", maven::compare)).isFalse();
    assertThat(r.contains("2.0-rc1", maven::compare)).isTrue();
  }

  @Test
  void bareVersionIsExact() {
    MavenRange r = MavenRange.parse("1.0", false);
    assertThat(r.intervals()).containsExactly(
        new MavenRange.Interval(Optional.of("1.0"), true, Optional.of("1.0"), true));
  }

  @Test
  void wildcardOnlyForResolver() {
    MavenRange r = MavenRange.parse("[1.2.*]", true);
    assertThat(r.intervals().get(0).lower()).contains("1.2.min");
    assertThat(MavenRange.parse("[1.2.*]", false).intervals().get(0).lower()).contains("1.2.*");
  }

  @Test
  void rejectsMalformed() {
    assertThatThrownBy(() -> MavenRange.parse("[1.0,2.0", false))
        .isInstanceOf(MoatException.class).hasMessageContaining("unclosed");
    assertThatThrownBy(() -> MavenRange.parse("(1.0)", false))
        .isInstanceOf(MoatException.class);
    assertThatThrownBy(() -> MavenRange.parse("[1,2,3]", false))
        .isInstanceOf(MoatException.class);
  }
}
