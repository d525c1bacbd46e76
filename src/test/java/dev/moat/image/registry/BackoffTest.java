package dev.moat.image.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BackoffTest {

  @Test
  void retryAfterSecondsAreHonouredAndCapped() {
    assertThat(Backoff.parse("3")).contains(Duration.ofSeconds(3));
    assertThat(Backoff.parse("100000")).contains(Duration.ofSeconds(60));
    assertThat(Backoff.parse("soon")).isEmpty();
  }

  @Test
  void pastHttpDateMeansNoWait() {
    assertThat(Backoff.parse("Wed, 21 Oct 2015 07:28:00 GMT")).contains(Duration.ZERO);
  }

  @Test
  void exponentialDelayStaysWithinItsJitterWindow() {
    for (int attempt = 0; attempt < 8; attempt++) {
      long cap = Math.min(10_000, 200L << attempt);
      assertThat(Backoff.delay(attempt, Optional.empty()).toMillis()).isBetween(cap / 2, cap);
    }
  }
}
