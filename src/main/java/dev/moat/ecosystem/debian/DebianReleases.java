package dev.moat.ecosystem.debian;

import java.util.Map;
import java.util.Optional;

/** Debian release code names and their numbers, as OSV writes them ({@code Debian:12}). */
public final class DebianReleases {

  private static final Map<String, String> NUMBERS = Map.ofEntries(
      Map.entry("buzz", "1.1"), Map.entry("rex", "1.2"), Map.entry("bo", "1.3"), Map.entry("hamm", "2.0"),
      Map.entry("slink", "2.1"), Map.entry("potato", "2.2"), Map.entry("woody", "3.0"), Map.entry("sarge", "3.1"),
      Map.entry("etch", "4"), Map.entry("lenny", "5"), Map.entry("squeeze", "6"), Map.entry("wheezy", "7"),
      Map.entry("jessie", "8"), Map.entry("stretch", "9"), Map.entry("buster", "10"), Map.entry("bullseye", "11"),
      Map.entry("bookworm", "12"), Map.entry("trixie", "13"), Map.entry("forky", "14"), Map.entry("duke", "15"));

  private DebianReleases() {}

  /** {@code Debian:12} for {@code bookworm}; empty for {@code sid} and unknown names. */
  public static Optional<String> ecosystem(String codename) {
    return Optional.ofNullable(NUMBERS.get(codename)).map(n -> "Debian:" + n);
  }
}
