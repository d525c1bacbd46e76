package dev.moat.ecosystem.cargo;

import dev.moat.MoatException;
import dev.moat.version.SemVer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Cargo version requirement: comma-separated comparators that must all hold, as the semver
 * crate's VersionReq. A pre-release version matches only when some comparator names a
 * pre-release of the same {@code major.minor.patch}.
 */
record CargoRequirement(List<Bound> bounds, List<SemVer> prereleaseAnchors) {

  /** A primitive comparison {@code version <op> target}. */
  record Bound(String op, SemVer target) {
    boolean test(SemVer v) {
      int c = v.compareTo(target);
      return switch (op) {
        case ">=" -> c >= 0;
        case ">" -> c > 0;
        case "<" -> c < 0;
        case "<=" -> c <= 0;
        default -> c == 0;
      };
    }
  }

  static CargoRequirement parse(String req) {
    String s = req.strip();
    if (s.isEmpty()) {
      throw invalid(req, "empty");
    }
    List<Bound> bounds = new ArrayList<>();
    List<SemVer> anchors = new ArrayList<>();
    for (String part : s.split(",")) {
      comparator(part.strip(), req, bounds, anchors);
    }
    return new CargoRequirement(List.copyOf(bounds), List.copyOf(anchors));
  }

  boolean matches(SemVer v) {
    for (Bound b : bounds) {
      if (!b.test(v)) {
        return false;
      }
    }
    if (!v.isPrerelease()) {
      return true;
    }
    return prereleaseAnchors.stream().anyMatch(a -> a.compareMain(v) == 0);
  }

  private static void comparator(String c, String req, List<Bound> out, List<SemVer> anchors) {
    String op = "^";
    for (String candidate : List.of(">=", "<=", ">", "<", "=", "~", "^")) {
      if (c.startsWith(candidate)) {
        op = candidate;
        c = c.substring(candidate.length()).strip();
        break;
      }
    }
    if (c.equals("*")) {
      return;
    }
    if (op.equals("^") && (c.contains("*") || c.contains("x") || c.contains("X"))) {
      op = "="; // a wildcard version means "any version with this prefix"
    }
    String text = c;
    Partial p = Partial.parse(text).orElseThrow(() -> invalid(req, "cannot parse '" + text + "'"));
    if (!p.pre().isEmpty()) {
      anchors.add(p.at(p.major(), p.minor().orElse(0L), p.patch().orElse(0L)));
    }
    long mj = p.major();
    long mn = p.minor().orElse(0L);
    switch (op) {
      case "=" -> exactish(p, out);
      case ">" -> out.add(p.patch().isPresent() ? new Bound(">", p.at(mj, mn, p.patch().get()))
          : p.minor().isPresent() ? new Bound(">=", SemVer.of(mj, mn + 1, 0))
          : new Bound(">=", SemVer.of(mj + 1, 0, 0)));
      case ">=" -> out.add(new Bound(">=", p.at(mj, mn, p.patch().orElse(0L))));
      case "<" -> out.add(new Bound("<", p.at(mj, mn, p.patch().orElse(0L))));
      case "<=" -> out.add(p.patch().isPresent() ? new Bound("<=", p.at(mj, mn, p.patch().get()))
          : p.minor().isPresent() ? new Bound("<", SemVer.of(mj, mn + 1, 0))
          : new Bound("<", SemVer.of(mj + 1, 0, 0)));
      case "~" -> {
        if (p.patch().isPresent()) {
          out.add(new Bound(">=", p.at(mj, mn, p.patch().get())));
          out.add(new Bound("<", SemVer.of(mj, mn + 1, 0)));
        } else {
          exactish(p, out);
        }
      }
      default -> caret(p, out);
    }
  }

  /** {@code =I.J.K}, {@code =I.J} (any I.J.x), {@code =I} (any I.x.y). */
  private static void exactish(Partial p, List<Bound> out) {
    long mj = p.major();
    if (p.patch().isPresent()) {
      out.add(new Bound("=", p.at(mj, p.minor().get(), p.patch().get())));
    } else if (p.minor().isPresent()) {
      out.add(new Bound(">=", SemVer.of(mj, p.minor().get(), 0)));
      out.add(new Bound("<", SemVer.of(mj, p.minor().get() + 1, 0)));
    } else {
      out.add(new Bound(">=", SemVer.of(mj, 0, 0)));
      out.add(new Bound("<", SemVer.of(mj + 1, 0, 0)));
    }
  }

  private static void caret(Partial p, List<Bound> out) {
    long mj = p.major();
    if (p.minor().isEmpty()) {
      exactish(p, out);
      return;
    }
    long mn = p.minor().get();
    long pt = p.patch().orElse(0L);
    out.add(new Bound(">=", p.at(mj, mn, pt)));
    if (mj > 0) {
      out.add(new Bound("<", SemVer.of(mj + 1, 0, 0)));
    } else if (mn > 0 || p.patch().isEmpty()) {
      out.add(new Bound("<", SemVer.of(0, mn + 1, 0)));
    } else {
      out.add(new Bound("<", SemVer.of(0, 0, pt + 1)));
    }
  }

  private static MoatException invalid(String req, String why) {
    return MoatException.invalid("invalid Cargo version requirement '" + req + "': " + why);
  }

  /** {@code I[.J[.K[-pre]]]}, where {@code *} or {@code x} ends the version early. */
  record Partial(long major, Optional<Long> minor, Optional<Long> patch, List<String> pre) {
    SemVer at(long mj, long mn, long pt) {
      return new SemVer(mj, mn, pt, pre, List.of());
    }

    static Optional<Partial> parse(String s) {
      int plus = s.indexOf('+');
      String t = plus >= 0 ? s.substring(0, plus) : s;
      int dash = t.indexOf('-');
      List<String> pre = dash >= 0 ? List.of(t.substring(dash + 1).split("\\.")) : List.of();
      String[] parts = (dash >= 0 ? t.substring(0, dash) : t).split("\\.", -1);
      if (parts.length > 3) {
        return Optional.empty();
      }
      List<Long> nums = new ArrayList<>();
      for (String part : parts) {
        if (part.equals("*") || part.equalsIgnoreCase("x")) {
          break;
        }
        Optional<Long> n = CargoVersion.number(part);
        if (n.isEmpty()) {
          return Optional.empty();
        }
        nums.add(n.get());
      }
      if (nums.isEmpty() || (!pre.isEmpty() && nums.size() < 3)) {
        return Optional.empty();
      }
      return Optional.of(new Partial(nums.get(0),
          nums.size() > 1 ? Optional.of(nums.get(1)) : Optional.empty(),
          nums.size() > 2 ? Optional.of(nums.get(2)) : Optional.empty(), pre));
    }
  }
}
