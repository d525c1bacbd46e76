package dev.moat.ecosystem.rubygems;

import dev.moat.MoatException;
import java.util.ArrayList;
import java.util.List;

/** One {@code Gem::Requirement} clause: an operator (default {@code =}) and a version. */
record GemRequirement(String operator, List<Object> version) {

  static GemRequirement parse(String clause) {
    String s = clause.strip();
    String op = "=";
    for (String candidate : List.of("~>", ">=", "<=", "!=", "=", ">", "<")) {
      if (s.startsWith(candidate)) {
        op = candidate;
        s = s.substring(candidate.length());
        break;
      }
    }
    if (s.isBlank()) {
      throw MoatException.invalid("invalid RubyGems requirement '" + clause + "': no version");
    }
    return new GemRequirement(op, GemVersion.segments(s));
  }

  /** Whether the canonical segments {@code v} satisfy this clause. */
  boolean test(List<Object> v) {
    List<Object> req = GemVersion.canonical(version);
    int c = GemVersion.compareSegments(v, req);
    return switch (operator) {
      case "=" -> c == 0;
      case "!=" -> c != 0;
      case ">" -> c > 0;
      case "<" -> c < 0;
      case ">=" -> c >= 0;
      case "<=" -> c <= 0;
      case "~>" -> c >= 0 && GemVersion.compareSegments(release(v), GemVersion.canonical(bump(version))) < 0;
      default -> throw new IllegalStateException(operator);
    };
  }

  /** The version without its pre-release segments ({@code Gem::Version#release}). */
  private static List<Object> release(List<Object> v) {
    int end = 0;
    while (end < v.size() && !(v.get(end) instanceof GemVersion.Text)) {
      end++;
    }
    return v.subList(0, end);
  }

  /** {@code Gem::Version#bump}: drop pre-release and last segment, increment the new last. */
  private static List<Object> bump(List<Object> v) {
    List<Object> b = new ArrayList<>(release(v));
    if (b.size() > 1) {
      b.remove(b.size() - 1);
    }
    if (b.isEmpty()) {
      b.add("0");
    }
    String last = (String) b.get(b.size() - 1);
    b.set(b.size() - 1, new java.math.BigInteger(last).add(java.math.BigInteger.ONE).toString());
    return b;
  }
}
