package dev.moat.version;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import org.junit.jupiter.api.Test;

class DigitRunsTest {

  @Test
  void leadingZerosAndLength() {
    assertThat(DigitRuns.compare("007", "7")).isZero();
    assertThat(DigitRuns.compare("10", "9")).isPositive();
    assertThat(DigitRuns.compare("", "0")).isZero();
    assertThat(DigitRuns.compare("123456789012345678901234567890", "123456789012345678901234567891"))
        .isNegative();
  }

  @Property
  void agreesWithBigInteger(
      @ForAll @BigRange(min = "0", max = "100000000000000000000000") BigInteger a,
      @ForAll @BigRange(min = "0", max = "100000000000000000000000") BigInteger b) {
    assertThat(Integer.signum(DigitRuns.compare("00" + a, b.toString())))
        .isEqualTo(a.compareTo(b));
  }
}
