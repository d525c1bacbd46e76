package dev.moat.ecosystem.nuget;

import dev.moat.MoatException;
import java.util.Comparator;
import java.util.Optional;

/**
 * A NuGet version range: a bare version means "this or later"; otherwise interval notation with
 * {@code [ ]} inclusive and {@code ( )} exclusive bounds, either side open.
 */
record NuGetRange(Optional<String> min, boolean minInclusive, Optional<String> max, boolean maxInclusive) {

  static NuGetRange parse(String spec) {
    String s = spec.strip();
    if (s.isEmpty()) {
      throw invalid(spec, "empty");
    }
    char open = s.charAt(0);
    if (open != '[' && open != '(') {
      return new NuGetRange(Optional.of(s), true, Optional.empty(), false);
    }
    char close = s.charAt(s.length() - 1);
    if (s.length() < 2 || (close != ']' && close != ')')) {
      throw invalid(spec, "unclosed interval");
    }
    String body = s.substring(1, s.length() - 1);
    int comma = body.indexOf(',');
    if (comma < 0) {
      if (open != '[' || close != ']' || body.isBlank()) {
        throw invalid(spec, "a single version must be written [version]");
      }
      Optional<String> v = Optional.of(body.strip());
      return new NuGetRange(v, true, v, true);
    }
    String lo = body.substring(0, comma).strip();
    String hi = body.substring(comma + 1).strip();
    if (hi.contains(",")) {
      throw invalid(spec, "more than two bounds");
    }
    return new NuGetRange(
        lo.isEmpty() ? Optional.empty() : Optional.of(lo), open == '[',
        hi.isEmpty() ? Optional.empty() : Optional.of(hi), close == ']');
  }

  private static MoatException invalid(String spec, String why) {
    return MoatException.invalid("invalid NuGet version range '" + spec + "': " + why);
  }

  boolean contains(String version, Comparator<String> cmp) {
    if (min.isPresent()) {
      int c = cmp.compare(version, min.get());
      if (c < 0 || (c == 0 && !minInclusive)) {
        return false;
      }
    }
    if (max.isPresent()) {
      int c = cmp.compare(version, max.get());
      return c < 0 || (c == 0 && maxInclusive);
    }
    return true;
  }
}
