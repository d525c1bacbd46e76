package dev.moat.ecosystem.maven;

import dev.moat.version.DigitRuns;

/**
 * One token of a maven-resolver {@code GenericVersion}. Kinds order min < qualifier < string <
 * number < max; {@code compareTo(null)} compares against the padding (0 or the release qualifier).
 *
 * @param text digits without leading zeros for numbers, lower-case text for strings
 * @param rank the qualifier rank (alpha -5 ... sp 1) for qualifiers
 */
record ResolverItem(int kind, String text, int rank) {

  static final int MIN = 0;
  static final int QUALIFIER = 2;
  static final int STRING = 3;
  static final int NUMBER = 4;
  static final int MAX = 8;

  static final ResolverItem MIN_ITEM = new ResolverItem(MIN, "min", 0);
  static final ResolverItem MAX_ITEM = new ResolverItem(MAX, "max", 0);

  boolean isNumber() {
    return kind == MIN || kind == NUMBER || kind == MAX;
  }

  int compareTo(ResolverItem that) {
    if (that == null) {
      return switch (kind) {
        case MIN -> -1;
        case MAX, STRING -> 1;
        case NUMBER -> text.equals("0") ? 0 : 1;
        default -> Integer.signum(rank);
      };
    }
    if (kind != that.kind) {
      return kind < that.kind ? -1 : 1;
    }
    return switch (kind) {
      case NUMBER -> DigitRuns.compare(text, that.text);
      case QUALIFIER -> Integer.compare(rank, that.rank);
      case STRING -> Integer.signum(text.compareToIgnoreCase(that.text));
      default -> 0;
    };
  }
}
