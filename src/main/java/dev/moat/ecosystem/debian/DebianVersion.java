package dev.moat.ecosystem.debian;

import dev.moat.MoatException;
import dev.moat.version.DigitRuns;
import dev.moat.version.OperatorConstraint;
import dev.moat.version.VersionScheme;

/**
 * Debian version ordering as {@code dpkg --compare-versions}: {@code [epoch:]upstream[-revision]},
 * compared part by part with dpkg's verrevcmp, where {@code ~} sorts before everything, even the
 * end of the string. Constraints use Debian relation operators ({@code << <= = >= >>}).
 */
public final class DebianVersion implements VersionScheme {

  @Override
  public String name() {
    return "deb";
  }

  @Override
  public int compare(String a, String b) {
    String x = a.trim();
    String y = b.trim();
    requireNonEmpty(x, a);
    requireNonEmpty(y, b);
    int xColon = x.indexOf(':');
    int yColon = y.indexOf(':');
    int c = compareEpoch(x, xColon, y, yColon);
    if (c != 0) {
      return c;
    }
    int xDash = x.lastIndexOf('-');
    int yDash = y.lastIndexOf('-');
    if (xDash <= xColon) {
      xDash = x.length();
    }
    if (yDash <= yColon) {
      yDash = y.length();
    }
    c = verrevcmp(x, xColon + 1, xDash, y, yColon + 1, yDash);
    if (c != 0) {
      return c;
    }
    return verrevcmp(x, Math.min(xDash + 1, x.length()), x.length(),
        y, Math.min(yDash + 1, y.length()), y.length());
  }

  @Override
  public boolean isValid(String v) {
    String s = v.trim();
    if (s.isEmpty()) {
      return false;
    }
    int colon = s.indexOf(':');
    for (int i = 0; i < colon; i++) {
      if (!DigitRuns.isDigit(s.charAt(i))) {
        return false;
      }
    }
    if (colon == 0) {
      return false;
    }
    int dash = s.lastIndexOf('-');
    int upstreamEnd = dash > colon ? dash : s.length();
    if (upstreamEnd == colon + 1 || !DigitRuns.isDigit(s.charAt(colon + 1))) {
      return false;
    }
    if (dash > colon && dash == s.length() - 1) {
      return false;
    }
    for (int i = colon + 1; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok = Character.isLetterOrDigit(c) && c < 128 || ".+~-".indexOf(c) >= 0;
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean satisfies(String version, String constraint) {
    String c = constraint.trim();
    if (c.startsWith("(") && c.endsWith(")")) {
      c = c.substring(1, c.length() - 1);
    }
    return OperatorConstraint.satisfies(version, c, this::compare, name());
  }

  private static void requireNonEmpty(String s, String original) {
    if (s.isEmpty()) {
      throw MoatException.invalid("invalid Debian version '" + original + "': empty");
    }
  }

  private static int compareEpoch(String x, int xColon, String y, int yColon) {
    int xs = 0;
    int xe = Math.max(xColon, 0);
    int ys = 0;
    int ye = Math.max(yColon, 0);
    checkEpoch(x, xe);
    checkEpoch(y, ye);
    return DigitRuns.compare(x, xs, xe, y, ys, ye);
  }

  private static void checkEpoch(String s, int end) {
    for (int i = 0; i < end; i++) {
      if (!DigitRuns.isDigit(s.charAt(i))) {
        throw MoatException.invalid("invalid Debian version '" + s + "': epoch is not a number");
      }
    }
  }

  /** dpkg's verrevcmp: alternating non-digit and digit runs, ~ lowest, letters before others. */
  static int verrevcmp(String a, int ai, int ae, String b, int bi, int be) {
    while (ai < ae || bi < be) {
      while ((ai < ae && !DigitRuns.isDigit(a.charAt(ai)))
          || (bi < be && !DigitRuns.isDigit(b.charAt(bi)))) {
        int ac = ai < ae ? order(a.charAt(ai)) : 0;
        int bc = bi < be ? order(b.charAt(bi)) : 0;
        if (ac != bc) {
          return ac < bc ? -1 : 1;
        }
        ai++;
        bi++;
      }
      int aStart = ai;
      int bStart = bi;
      while (ai < ae && DigitRuns.isDigit(a.charAt(ai))) {
        ai++;
      }
      while (bi < be && DigitRuns.isDigit(b.charAt(bi))) {
        bi++;
      }
      int c = DigitRuns.compare(a, aStart, ai, b, bStart, bi);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  private static int order(char c) {
    if (DigitRuns.isDigit(c)) {
      return 0;
    }
    if (DigitRuns.isLetter(c)) {
      return c;
    }
    if (c == '~') {
      return -1;
    }
    return c + 256;
  }
}
