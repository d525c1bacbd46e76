package dev.moat.ecosystem.rpm;

import dev.moat.MoatException;
import dev.moat.version.DigitRuns;
import dev.moat.version.OperatorConstraint;
import dev.moat.version.VersionScheme;

/**
 * RPM ordering of {@code [epoch:]version[-release]} strings: epochs numerically (missing = 0),
 * then version and release with rpm's {@code rpmvercmp} ({@code ~} sorts before the end of a
 * string, {@code ^} after it but before any further segment). A missing release on either side
 * is not compared, as rpm does when matching a bare version. Constraints use operators
 * ({@code < <= = >= >}).
 */
public final class RpmVersion implements VersionScheme {

  @Override
  public String name() {
    return "rpm";
  }

  @Override
  public int compare(String a, String b) {
    Evr x = Evr.parse(a);
    Evr y = Evr.parse(b);
    int c = DigitRuns.compare(x.epoch(), y.epoch());
    if (c != 0) {
      return c;
    }
    c = vercmp(x.version(), y.version());
    if (c != 0 || x.release().isEmpty() || y.release().isEmpty()) {
      return c;
    }
    return vercmp(x.release(), y.release());
  }

  @Override
  public boolean isValid(String v) {
    try {
      Evr e = Evr.parse(v);
      return !e.version().isEmpty() && e.version().chars().allMatch(RpmVersion::allowed)
          && e.release().chars().allMatch(RpmVersion::allowed);
    } catch (MoatException e) {
      return false;
    }
  }

  private static boolean allowed(int c) {
    return c < 128 && (Character.isLetterOrDigit(c) || "._+~^".indexOf(c) >= 0);
  }

  @Override
  public boolean satisfies(String version, String constraint) {
    return OperatorConstraint.satisfies(version, constraint, this::compare, name());
  }

  /** rpm's rpmvercmp on one version or release string. */
  public static int vercmp(String a, String b) {
    if (a.equals(b)) {
      return 0;
    }
    int i = 0;
    int j = 0;
    int la = a.length();
    int lb = b.length();
    while (i < la || j < lb) {
      while (i < la && isSeparator(a.charAt(i))) {
        i++;
      }
      while (j < lb && isSeparator(b.charAt(j))) {
        j++;
      }
      char ca = i < la ? a.charAt(i) : 0;
      char cb = j < lb ? b.charAt(j) : 0;
      if (ca == '~' || cb == '~') {
        if (ca != '~') {
          return 1;
        }
        if (cb != '~') {
          return -1;
        }
        i++;
        j++;
        continue;
      }
      if (ca == '^' || cb == '^') {
        if (i >= la) {
          return -1;
        }
        if (j >= lb) {
          return 1;
        }
        if (ca != '^') {
          return 1;
        }
        if (cb != '^') {
          return -1;
        }
        i++;
        j++;
        continue;
      }
      if (i >= la || j >= lb) {
        break;
      }
      int si = i;
      int sj = j;
      boolean numeric = DigitRuns.isDigit(ca);
      if (numeric) {
        while (i < la && DigitRuns.isDigit(a.charAt(i))) {
          i++;
        }
        while (j < lb && DigitRuns.isDigit(b.charAt(j))) {
          j++;
        }
      } else {
        while (i < la && DigitRuns.isLetter(a.charAt(i))) {
          i++;
        }
        while (j < lb && DigitRuns.isLetter(b.charAt(j))) {
          j++;
        }
      }
      if (sj == j) {
        // Segment types differ: a number is newer than letters.
        return numeric ? 1 : -1;
      }
      int c = numeric ? DigitRuns.compare(a, si, i, b, sj, j) : compareText(a, si, i, b, sj, j);
      if (c != 0) {
        return c;
      }
    }
    if (i >= la && j >= lb) {
      return 0;
    }
    return i >= la ? -1 : 1;
  }

  private static boolean isSeparator(char c) {
    return !(DigitRuns.isDigit(c) || DigitRuns.isLetter(c)) && c != '~' && c != '^';
  }

  private static int compareText(String a, int as, int ae, String b, int bs, int be) {
    int n = Math.min(ae - as, be - bs);
    for (int k = 0; k < n; k++) {
      int d = a.charAt(as + k) - b.charAt(bs + k);
      if (d != 0) {
        return d < 0 ? -1 : 1;
      }
    }
    return Integer.compare(ae - as, be - bs);
  }
}
