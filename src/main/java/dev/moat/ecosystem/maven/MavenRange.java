package dev.moat.ecosystem.maven;

import dev.moat.MoatException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A Maven version range in POM syntax: intervals such as {@code [1.0,2.0)}, {@code (,1.0]},
 * {@code [1.5]}, joined by commas ({@code (,1.0],[1.2,)}) meaning "any of". A bare version, which
 * Maven treats as a soft recommendation, here means exactly that version. With resolver
 * wildcards, {@code [1.2.*]} spans every {@code 1.2} version (maven-resolver's
 * GenericVersionRange: {@code [1.2.min,1.2.max]}).
 */
public record MavenRange(List<Interval> intervals) {

  /** One interval; an empty bound is unbounded. */
  public record Interval(
      Optional<String> lower, boolean lowerInclusive, Optional<String> upper, boolean upperInclusive) {

    boolean contains(String version, Comparator<String> cmp) {
      if (lower.isPresent()) {
        int c = cmp.compare(version, lower.get());
        if (c < 0 || (c == 0 && !lowerInclusive)) {
          return false;
        }
      }
      if (upper.isPresent()) {
        int c = cmp.compare(version, upper.get());
        return c < 0 || (c == 0 && upperInclusive);
      }
      return true;
    }
  }

  public MavenRange {
    intervals = List.copyOf(intervals);
  }

  public boolean contains(String version, Comparator<String> cmp) {
    for (Interval i : intervals) {
      if (i.contains(version, cmp)) {
        return true;
      }
    }
    return false;
  }

  public static MavenRange parse(String spec, boolean resolverWildcards) {
    String s = spec.trim();
    if (s.isEmpty()) {
      throw MoatException.invalid("empty Maven version range");
    }
    if (s.charAt(0) != '[' && s.charAt(0) != '(') {
      Optional<String> v = Optional.of(s);
      return new MavenRange(List.of(new Interval(v, true, v, true)));
    }
    List<Interval> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char open = s.charAt(i);
      if (open == ',' || Character.isWhitespace(open)) {
        i++;
        continue;
      }
      if (open != '[' && open != '(') {
        throw invalid(spec, "expected [ or ( at position " + i);
      }
      int close = indexOfClose(s, i + 1);
      if (close < 0) {
        throw invalid(spec, "unclosed interval");
      }
      out.add(interval(s.substring(i + 1, close).trim(), open == '[', s.charAt(close) == ']',
          resolverWildcards, spec));
      i = close + 1;
    }
    return new MavenRange(out);
  }

  private static int indexOfClose(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ']' || c == ')') {
        return i;
      }
    }
    return -1;
  }

  private static Interval interval(
      String body, boolean lowerInclusive, boolean upperInclusive, boolean wildcards, String spec) {
    int comma = body.indexOf(',');
    if (comma < 0) {
      if (!lowerInclusive || !upperInclusive || body.isEmpty()) {
        throw invalid(spec, "a single version must be written [version]");
      }
      if (wildcards && body.endsWith(".*")) {
        String prefix = body.substring(0, body.length() - 1);
        return new Interval(Optional.of(prefix + "min"), true, Optional.of(prefix + "max"), true);
      }
      return new Interval(Optional.of(body), true, Optional.of(body), true);
    }
    if (body.indexOf(',', comma + 1) >= 0) {
      throw invalid(spec, "an interval has two bounds");
    }
    String lo = body.substring(0, comma).trim();
    String hi = body.substring(comma + 1).trim();
    return new Interval(
        lo.isEmpty() ? Optional.empty() : Optional.of(lo), lowerInclusive,
        hi.isEmpty() ? Optional.empty() : Optional.of(hi), upperInclusive);
  }

  private static MoatException invalid(String spec, String why) {
    return MoatException.invalid("invalid Maven version range '" + spec + "': " + why);
  }
}
