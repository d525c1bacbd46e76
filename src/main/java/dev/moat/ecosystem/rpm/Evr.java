package dev.moat.ecosystem.rpm;

import dev.moat.MoatException;
import dev.moat.version.DigitRuns;

/** An RPM epoch-version-release triple; epoch is a digit string ("0" when absent). */
record Evr(String epoch, String version, String release) {

  /** Splits {@code [epoch:]version[-release]}; the release follows the last hyphen. */
  static Evr parse(String s) {
    String t = s.trim();
    String epoch = "0";
    int colon = t.indexOf(':');
    if (colon >= 0) {
      epoch = colon == 0 ? "0" : t.substring(0, colon);
      for (int i = 0; i < epoch.length(); i++) {
        if (!DigitRuns.isDigit(epoch.charAt(i))) {
          throw MoatException.invalid("invalid RPM version '" + s + "': epoch is not a number");
        }
      }
      t = t.substring(colon + 1);
    }
    int dash = t.lastIndexOf('-');
    if (dash < 0) {
      return new Evr(epoch, t, "");
    }
    return new Evr(epoch, t.substring(0, dash), t.substring(dash + 1));
  }
}
