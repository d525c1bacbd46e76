package dev.moat.ecosystem.maven;

import dev.moat.version.DigitRuns;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tokenizes a version like maven-resolver's GenericVersion: {@code . - _} separate tokens, as do
 * digit/letter transitions; an empty token is 0; {@code min}/{@code max} as the last token are the
 * extreme items; trailing padding (0, ga, final, release) is trimmed.
 */
final class ResolverVersionParser {

  private static final Map<String, Integer> QUALIFIERS =
      Map.ofEntries(
          Map.entry("alpha", -5),
          Map.entry("beta", -4),
          Map.entry("milestone", -3),
          Map.entry("cr", -2),
          Map.entry("rc", -2),
          Map.entry("snapshot", -1),
          Map.entry("ga", 0),
          Map.entry("final", 0),
          Map.entry("release", 0),
          Map.entry("", 0),
          Map.entry("sp", 1));

  private ResolverVersionParser() {}

  static ResolverItem[] parse(String version) {
    String v = version.isEmpty() ? "0" : version;
    List<ResolverItem> items = new ArrayList<>();
    int index = 0;
    int n = v.length();
    while (index < n) {
      int state = -2; // -2 start, -1 letters, 0 zeros so far, 1 number
      int start = index;
      int end = n;
      boolean terminatedByNumber = false;
      for (; index < n; index++) {
        char c = v.charAt(index);
        if (c == '.' || c == '-' || c == '_') {
          end = index;
          index++;
          break;
        }
        if (DigitRuns.isDigit(c)) {
          if (state == -1) {
            end = index;
            terminatedByNumber = true;
            break;
          }
          if (state == 0) {
            start++; // strip leading zeros
          }
          state = (state > 0 || c > '0') ? 1 : 0;
        } else {
          if (state >= 0) {
            end = index;
            break;
          }
          state = -1;
        }
      }
      if (end > start) {
        items.add(item(v.substring(start, end), state >= 0, terminatedByNumber, index >= n));
      } else {
        items.add(new ResolverItem(ResolverItem.NUMBER, "0", 0));
      }
    }
    trimPadding(items);
    return items.toArray(new ResolverItem[0]);
  }

  private static ResolverItem item(String token, boolean number, boolean beforeNumber, boolean last) {
    if (number) {
      return new ResolverItem(ResolverItem.NUMBER, token, 0);
    }
    if (last && token.equalsIgnoreCase("min")) {
      return ResolverItem.MIN_ITEM;
    }
    if (last && token.equalsIgnoreCase("max")) {
      return ResolverItem.MAX_ITEM;
    }
    String lower = token.toLowerCase(Locale.ENGLISH);
    if (beforeNumber && token.length() == 1) {
      switch (lower.charAt(0)) {
        case 'a' -> lower = "alpha";
        case 'b' -> lower = "beta";
        case 'm' -> lower = "milestone";
        default -> { }
      }
    }
    Integer rank = QUALIFIERS.get(lower);
    return rank != null
        ? new ResolverItem(ResolverItem.QUALIFIER, lower, rank)
        : new ResolverItem(ResolverItem.STRING, lower, 0);
  }

  /** Removes trailing runs of padding items of the same number/qualifier type. */
  private static void trimPadding(List<ResolverItem> items) {
    Boolean number = null;
    int end = items.size() - 1;
    for (int i = end; i > 0; i--) {
      ResolverItem item = items.get(i);
      if (!Boolean.valueOf(item.isNumber()).equals(number)) {
        end = i;
        number = item.isNumber();
      }
      if (end == i
          && (i == items.size() - 1 || items.get(i - 1).isNumber() == item.isNumber())
          && item.compareTo(null) == 0) {
        items.remove(i);
        end--;
      }
    }
  }
}
