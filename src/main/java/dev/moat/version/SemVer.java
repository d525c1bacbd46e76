package dev.moat.version;

import java.util.List;

/**
 * A parsed SemVer 2.0 version; build metadata is kept but never affects ordering.
 *
 * @param prerelease dot-separated identifiers after {@code -}; numeric ones compare numerically
 */
public record SemVer(long major, long minor, long patch, List<String> prerelease, List<String> build)
    implements Comparable<SemVer> {

  /** Largest number node-semver accepts in a version (JavaScript's MAX_SAFE_INTEGER). */
  public static final long MAX_SAFE_INTEGER = 9007199254740991L;

  public SemVer {
    prerelease = List.copyOf(prerelease);
    build = List.copyOf(build);
  }

  public static SemVer of(long major, long minor, long patch, String... prerelease) {
    return new SemVer(major, minor, patch, List.of(prerelease), List.of());
  }

  public boolean isPrerelease() {
    return !prerelease.isEmpty();
  }

  /** SemVer 2.0 section 11 precedence. */
  @Override
  public int compareTo(SemVer o) {
    int c = compareMain(o);
    return c != 0 ? c : comparePrerelease(o);
  }

  public int compareMain(SemVer o) {
    int c = Long.compare(major, o.major);
    if (c == 0) {
      c = Long.compare(minor, o.minor);
    }
    if (c == 0) {
      c = Long.compare(patch, o.patch);
    }
    return c;
  }

  public int comparePrerelease(SemVer o) {
    if (prerelease.isEmpty() || o.prerelease.isEmpty()) {
      return Boolean.compare(prerelease.isEmpty(), o.prerelease.isEmpty());
    }
    int n = Math.min(prerelease.size(), o.prerelease.size());
    for (int i = 0; i < n; i++) {
      int c = compareIdentifiers(prerelease.get(i), o.prerelease.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(prerelease.size(), o.prerelease.size());
  }

  /** Numeric identifiers compare numerically and sort before alphanumeric ones. */
  public static int compareIdentifiers(String a, String b) {
    boolean an = isNumeric(a);
    boolean bn = isNumeric(b);
    if (an && bn) {
      return DigitRuns.compare(a, b);
    }
    if (an != bn) {
      return an ? -1 : 1;
    }
    return Integer.signum(a.compareTo(b));
  }

  public static boolean isNumeric(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!DigitRuns.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    String s = major + "." + minor + "." + patch;
    if (!prerelease.isEmpty()) {
      s += "-" + String.join(".", prerelease);
    }
    return s;
  }
}
