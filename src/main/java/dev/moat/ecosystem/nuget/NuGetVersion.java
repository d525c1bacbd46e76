package dev.moat.ecosystem.nuget;

import dev.moat.MoatException;
import dev.moat.version.DigitRuns;
import dev.moat.version.VersionScheme;

/**
 * NuGet version ordering (NuGet.Versioning's VersionComparer): up to four numeric parts
 * (missing parts are 0, leading zeros allowed), then SemVer 2.0 release labels compared
 * case-insensitively; build metadata is ignored. Constraints use NuGet range notation:
 * {@code 1.0} (at least 1.0), {@code [1.0]}, {@code [1.0,2.0)}, {@code (,2.0]}.
 */
public final class NuGetVersion implements VersionScheme {

  @Override
  public String name() {
    return "nuget";
  }

  @Override
  public int compare(String a, String b) {
    String x = core(a);
    String y = core(b);
    int xi = 0;
    int yi = 0;
    int xEnd = releaseEnd(x);
    int yEnd = releaseEnd(y);
    for (int part = 0; part < 4; part++) {
      int xs = xi;
      int ys = yi;
      while (xi < xEnd && x.charAt(xi) != '.') {
        xi++;
      }
      while (yi < yEnd && y.charAt(yi) != '.') {
        yi++;
      }
      int c = DigitRuns.compare(x, xs, xi, y, ys, yi);
      if (c != 0) {
        return c;
      }
      xi = Math.min(xi + 1, xEnd);
      yi = Math.min(yi + 1, yEnd);
    }
    return compareLabels(x.substring(xEnd), y.substring(yEnd));
  }

  @Override
  public boolean isValid(String v) {
    try {
      core(v);
      return true;
    } catch (MoatException e) {
      return false;
    }
  }

  @Override
  public boolean satisfies(String version, String constraint) {
    return NuGetRange.parse(constraint).contains(version, this::compare);
  }

  /** The version without build metadata, validated. */
  private static String core(String v) {
    String s = v.strip();
    int plus = s.indexOf('+');
    if (plus >= 0) {
      s = s.substring(0, plus);
    }
    int end = releaseEnd(s);
    int parts = 1;
    int digits = 0;
    for (int i = 0; i < end; i++) {
      char c = s.charAt(i);
      if (c == '.') {
        if (digits == 0) {
          throw invalid(v);
        }
        parts++;
        digits = 0;
      } else if (DigitRuns.isDigit(c)) {
        digits++;
      } else {
        throw invalid(v);
      }
    }
    if (digits == 0 || parts > 4) {
      throw invalid(v);
    }
    if (end < s.length()) {
      for (String label : s.substring(end + 1).split("\\.", -1)) {
        if (label.isEmpty() || !label.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '-'))) {
          throw invalid(v);
        }
      }
    }
    return s;
  }

  private static MoatException invalid(String v) {
    return MoatException.invalid("invalid NuGet version '" + v + "'");
  }

  private static int releaseEnd(String s) {
    int dash = s.indexOf('-');
    return dash < 0 ? s.length() : dash;
  }

  /** {@code rest} is empty or {@code -label.label}; no label sorts after any label. */
  private static int compareLabels(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      return Boolean.compare(a.isEmpty(), b.isEmpty());
    }
    String[] x = a.substring(1).split("\\.");
    String[] y = b.substring(1).split("\\.");
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      boolean xn = isNumber(x[i]);
      boolean yn = isNumber(y[i]);
      int c;
      if (xn && yn) {
        c = DigitRuns.compare(x[i], y[i]);
      } else if (xn != yn) {
        c = xn ? -1 : 1;
      } else {
        c = Integer.signum(x[i].compareToIgnoreCase(y[i]));
      }
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  }

  private static boolean isNumber(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!DigitRuns.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
