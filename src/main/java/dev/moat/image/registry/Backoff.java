package dev.moat.image.registry;

import dev.moat.MoatException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/** Exponential backoff with full jitter, honouring a server's {@code Retry-After}. */
final class Backoff {

  private static final long BASE_MILLIS = 200;
  private static final long MAX_MILLIS = 10_000;
  private static final long MAX_RETRY_AFTER_MILLIS = 60_000;

  private Backoff() {}

  /** How long to wait before attempt {@code attempt + 1} (attempt counts from 0). */
  static Duration delay(int attempt, Optional<HttpResponse<?>> response) {
    Optional<Duration> retryAfter = response.flatMap(r -> r.headers().firstValue("Retry-After")).flatMap(Backoff::parse);
    if (retryAfter.isPresent()) {
      return retryAfter.get();
    }
    long cap = Math.min(MAX_MILLIS, BASE_MILLIS << Math.min(attempt, 16));
    return Duration.ofMillis(ThreadLocalRandom.current().nextLong(cap / 2, cap + 1));
  }

  /** Retry-After is delta-seconds or an HTTP-date (RFC 9110 section 10.2.3). */
  static Optional<Duration> parse(String value) {
    String text = value.strip();
    try {
      long seconds = Long.parseLong(text);
      return Optional.of(Duration.ofMillis(Math.min(Math.max(0, seconds) * 1000, MAX_RETRY_AFTER_MILLIS)));
    } catch (NumberFormatException e) {
      try {
        ZonedDateTime when = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
        long millis = Duration.between(ZonedDateTime.now(when.getZone()), when).toMillis();
        return Optional.of(Duration.ofMillis(Math.min(Math.max(0, millis), MAX_RETRY_AFTER_MILLIS)));
      } catch (DateTimeParseException ignored) {
        return Optional.empty();
      }
    }
  }

  static void sleep(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MoatException(MoatException.Kind.NETWORK, "interrupted while waiting to retry", e);
    }
  }
}
