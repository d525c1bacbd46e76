package dev.moat.match;

import dev.moat.MoatException;
import java.util.Locale;

/** Severity of a finding, ordered from least to most severe. */
public enum Severity {
  UNKNOWN,
  LOW,
  MEDIUM,
  HIGH,
  CRITICAL;

  public static Severity parse(String text) {
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw MoatException.invalid("unknown severity '" + text + "': use UNKNOWN, LOW, MEDIUM, HIGH or CRITICAL");
    }
  }

  /** The CVSS v3/v4 qualitative rating of a base score (FIRST CVSS v3.1 spec, section 5). */
  public static Severity ofCvssScore(double score) {
    if (score >= 9.0) {
      return CRITICAL;
    }
    if (score >= 7.0) {
      return HIGH;
    }
    if (score >= 4.0) {
      return MEDIUM;
    }
    if (score > 0.0) {
      return LOW;
    }
    return UNKNOWN;
  }
}
