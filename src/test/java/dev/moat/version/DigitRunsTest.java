package dev.moat.version;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DigitRunsTest {

  private static final BigInteger MAX = new BigInteger("100000000000000000000000");

  @Test
  void leadingZerosAndLength() {
    assertThat(DigitRuns.compare("007", "7")).isZero();
    assertThat(DigitRuns.compare("10", "9")).isPositive();
    assertThat(DigitRuns.compare("", "0")).isZero();
    assertThat(DigitRuns.compare("123456789012345678901234567890", "123456789012345678901234567891"))
        .isNegative();
  }

  @Test
  void agreesWithBigInteger() {
    RandomVersions.forPairs(
        DigitRunsTest::upToMax,
        (a, b) ->
            assertThat(Integer.signum(DigitRuns.compare("00" + a, b.toString())))
                .as("compare(00%s, %s)", a, b)
                .isEqualTo(a.compareTo(b)));
  }

  /**
   * An integer in {@code [0, MAX]} of uniformly random bit length, so short and long digit runs
   * are both common; one draw in eight is an edge (0, 1, MAX) so that equal pairs occur.
   */
  private static BigInteger upToMax(Random r) {
    if (r.nextInt(8) == 0) {
      return switch (r.nextInt(3)) {
        case 0 -> BigInteger.ZERO;
        case 1 -> BigInteger.ONE;
        default -> MAX;
      };
    }
    while (true) {
      BigInteger n = new BigInteger(r.nextInt(MAX.bitLength() + 1), r);
      if (n.compareTo(MAX) <= 0) {
        return n;
      }
    }
  }
}
