package dev.moat.version;

/**
 * The fallback for ecosystems without a scheme of their own: a SemVer-like order that accepts
 * any string. Numeric runs compare numerically, letter runs case-insensitively, and a number
 * sorts after letters at the same place; separators ({@code . - _ +} and others) only split.
 * Text after {@code +} is ignored. As in SemVer, a version whose first extra part (after
 * {@code -} or a letter run right after the numbers) is text sorts before the bare version:
 * {@code 1.0-rc1 < 1.0 < 1.0.1}. Constraints use operators ({@code >= 1.2, < 2}).
 */
public final class GenericVersion implements VersionScheme {

  @Override
  public String name() {
    return "generic";
  }

  @Override
  public int compare(String a, String b) {
    String x = strip(a);
    String y = strip(b);
    int i = 0;
    int j = 0;
    while (true) {
      i = skipSeparators(x, i);
      j = skipSeparators(y, j);
      boolean endX = i >= x.length();
      boolean endY = j >= y.length();
      if (endX || endY) {
        if (endX && endY) {
          return 0;
        }
        // The longer one wins unless what remains starts with text (a pre-release tag).
        return endX ? (startsWithLetter(y, j) ? 1 : -1) : (startsWithLetter(x, i) ? -1 : 1);
      }
      boolean numX = DigitRuns.isDigit(x.charAt(i));
      boolean numY = DigitRuns.isDigit(y.charAt(j));
      int ei = runEnd(x, i, numX);
      int ej = runEnd(y, j, numY);
      int c;
      if (numX && numY) {
        c = DigitRuns.compare(x, i, ei, y, j, ej);
      } else if (numX != numY) {
        c = numX ? 1 : -1;
      } else {
        c = Integer.signum(x.substring(i, ei).compareToIgnoreCase(y.substring(j, ej)));
      }
      if (c != 0) {
        return c;
      }
      i = ei;
      j = ej;
    }
  }

  @Override
  public boolean isValid(String v) {
    return !strip(v).isEmpty() && DigitRuns.isDigit(strip(v).charAt(0));
  }

  @Override
  public boolean satisfies(String version, String constraint) {
    return OperatorConstraint.satisfies(version, constraint, this::compare, name());
  }

  private static String strip(String v) {
    String s = v.strip();
    if (s.startsWith("v") || s.startsWith("V")) {
      s = s.substring(1);
    }
    int plus = s.indexOf('+');
    return plus >= 0 ? s.substring(0, plus) : s;
  }

  private static boolean isSeparator(char c) {
    return !DigitRuns.isDigit(c) && !DigitRuns.isLetter(c);
  }

  private static int skipSeparators(String s, int i) {
    while (i < s.length() && isSeparator(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean startsWithLetter(String s, int i) {
    return i < s.length() && DigitRuns.isLetter(s.charAt(i));
  }

  private static int runEnd(String s, int i, boolean numeric) {
    while (i < s.length()
        && (numeric ? DigitRuns.isDigit(s.charAt(i)) : DigitRuns.isLetter(s.charAt(i)))) {
      i++;
    }
    return i;
  }
}
