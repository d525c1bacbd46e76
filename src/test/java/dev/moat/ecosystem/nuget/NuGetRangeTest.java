package dev.moat.ecosystem.nuget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.moat.MoatException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NuGetRangeTest {

  @Test
  void notations() {
    assertThat(NuGetRange.parse("1.0"))
        .isEqualTo(new NuGetRange(Optional.of("1.0"), true, Optional.empty(), false));
    assertThat(NuGetRange.parse("(1.0,)"))
        .isEqualTo(new NuGetRange(Optional.of("1.0"), false, Optional.empty(), false));
    assertThat(NuGetRange.parse("[1.0]"))
        .isEqualTo(new NuGetRange(Optional.of("1.0"), true, Optional.of("1.0"), true));
    assertThat(NuGetRange.parse("(,1.0]"))
        .isEqualTo(new NuGetRange(Optional.empty(), false, Optional.of("1.0"), true));
    assertThat(NuGetRange.parse("[1.0, 2.0)"))
        .isEqualTo(new NuGetRange(Optional.of("1.0"), true, Optional.of("2.0"), false));
  }

  @Test
  void rejectsMalformed() {
    assertThatThrownBy(() -> NuGetRange.parse("[1.0,2.0")).isInstanceOf(MoatException.class);
    assertThatThrownBy(() -> NuGetRange.parse("(1.0)")).isInstanceOf(MoatException.class);
    assertThatThrownBy(() -> NuGetRange.parse(" ")).isInstanceOf(MoatException.class);
  }
}
