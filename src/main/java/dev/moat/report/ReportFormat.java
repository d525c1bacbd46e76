package dev.moat.report;

import dev.moat.MoatException;
import java.util.Locale;

/** The formats {@code moat scan} writes. */
public enum ReportFormat {
  TABLE,
  JSON,
  SARIF,
  CYCLONEDX,
  SPDX;

  /** Whether the format is an inventory format that needs the package list even without vulnerabilities. */
  public boolean isSbom() {
    return this == CYCLONEDX || this == SPDX;
  }

  public static ReportFormat parse(String text) {
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT).replace("-JSON", ""));
    } catch (IllegalArgumentException e) {
      throw MoatException.invalid("unknown format '" + text + "': use table, json, sarif, cyclonedx or spdx");
    }
  }
}
