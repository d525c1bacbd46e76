package dev.moat.gate;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One entry of an ignore file: a vulnerability or secret rule id, optionally limited to some
 * package purls or paths, optionally until an expiry date (after which it stops ignoring).
 */
public record IgnoreRule(String id, List<String> purls, List<String> paths, Optional<LocalDate> expires,
    Optional<String> reason, int line) {

  public IgnoreRule {
    purls = List.copyOf(purls);
    paths = List.copyOf(paths);
  }

  public boolean expiredOn(LocalDate today) {
    return expires.map(today::isAfter).orElse(false);
  }
}
