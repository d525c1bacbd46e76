package dev.moat.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.moat.MoatException;
import java.util.Comparator;
import org.junit.jupiter.api.Test;

class OperatorConstraintTest {

  private final Comparator<String> numeric = DigitRuns::compare;

  @Test
  void andOrAndOperators() {
    assertThat(OperatorConstraint.satisfies("5", ">= 3, << 7", numeric, "t")).isTrue();
    assertThat(OperatorConstraint.satisfies("7", ">=3 <7", numeric, "t")).isFalse();
    assertThat(OperatorConstraint.satisfies("9", "<3 || >8", numeric, "t")).isTrue();
    assertThat(OperatorConstraint.satisfies("4", "4", numeric, "t")).isTrue();
    assertThat(OperatorConstraint.satisfies("4", "!=4", numeric, "t")).isFalse();
  }

  @Test
  void rejectsMalformed() {
    assertThatThrownBy(() -> OperatorConstraint.satisfies("4", "", numeric, "t"))
        .isInstanceOf(MoatException.class);
    assertThatThrownBy(() -> OperatorConstraint.satisfies("4", ">=", numeric, "t"))
        .isInstanceOf(MoatException.class)
        .hasMessageContaining("operator without a version");
    assertThatThrownBy(() -> OperatorConstraint.satisfies("4", "=>4", numeric, "t"))
        .isInstanceOf(MoatException.class)
        .hasMessageContaining("unknown operator");
  }
}
