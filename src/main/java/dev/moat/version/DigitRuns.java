package dev.moat.version;

/** Compares runs of ASCII digits as unbounded non-negative integers, without allocating. */
public final class DigitRuns {

  private DigitRuns() {}

  /**
   * Compares {@code a[as,ae)} with {@code b[bs,be)}, both digit-only, by numeric value: leading
   * zeros are skipped, then the longer run is larger, then the first differing digit decides.
   */
  public static int compare(CharSequence a, int as, int ae, CharSequence b, int bs, int be) {
    while (as < ae && a.charAt(as) == '0') {
      as++;
    }
    while (bs < be && b.charAt(bs) == '0') {
      bs++;
    }
    int la = ae - as;
    int lb = be - bs;
    if (la != lb) {
      return la < lb ? -1 : 1;
    }
    for (int i = 0; i < la; i++) {
      char ca = a.charAt(as + i);
      char cb = b.charAt(bs + i);
      if (ca != cb) {
        return ca < cb ? -1 : 1;
      }
    }
    return 0;
  }

  /** Compares two digit-only strings by numeric value. */
  public static int compare(String a, String b) {
    return compare(a, 0, a.length(), b, 0, b.length());
  }

  /** Whether {@code c} is an ASCII digit. */
  public static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Whether {@code c} is an ASCII letter. */
  public static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
