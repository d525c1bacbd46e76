package dev.moat.ecosystem.npm;

import dev.moat.version.SemVer;

/** One primitive comparator of a desugared node-semver range, e.g. {@code >=1.2.0}. */
record NpmComparator(String operator, SemVer version) {

  /** Matches every version ({@code *}); {@code version} is 0.0.0 for the outside() algorithm. */
  static final NpmComparator ANY = new NpmComparator("", null);

  /** node-semver's null set {@code <0.0.0-0}: matches nothing. */
  static final NpmComparator NONE = new NpmComparator("<", SemVer.of(0, 0, 0, "0"));

  boolean isAny() {
    return version == null;
  }

  boolean isNone() {
    return equals(NONE);
  }

  boolean test(SemVer v) {
    if (version == null) {
      return true;
    }
    int c = v.compareTo(version);
    return switch (operator) {
      case "" -> c == 0;
      case "<" -> c < 0;
      case "<=" -> c <= 0;
      case ">" -> c > 0;
      case ">=" -> c >= 0;
      default -> throw new IllegalStateException(operator);
    };
  }

  @Override
  public String toString() {
    return version == null ? "*" : operator + version;
  }
}
