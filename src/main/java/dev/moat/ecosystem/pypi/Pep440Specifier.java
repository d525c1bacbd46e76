package dev.moat.ecosystem.pypi;

import dev.moat.MoatException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One PEP 440 version specifier ({@code ~= == != <= >= < > ===}), evaluated as packaging's
 * {@code Specifier(spec, prereleases=True).contains(version)}: pre-releases are not filtered out.
 */
record Pep440Specifier(String operator, String version) {

  private static final List<String> OPERATORS =
      List.of("===", "~=", "==", "!=", "<=", ">=", "<", ">");

  static Pep440Specifier parse(String spec) {
    String s = spec.trim();
    for (String op : OPERATORS) {
      if (s.startsWith(op)) {
        String v = s.substring(op.length()).trim();
        if (v.isEmpty()) {
          throw invalid(spec, "no version");
        }
        return new Pep440Specifier(op, v);
      }
    }
    throw invalid(spec, "no operator");
  }

  private static MoatException invalid(String spec, String why) {
    return MoatException.invalid("invalid PEP 440 specifier '" + spec + "': " + why);
  }

  /** Whether {@code candidate} (any string for {@code ===}) satisfies this specifier. */
  boolean contains(String candidate) {
    if (operator.equals("===")) {
      return candidate.trim().equalsIgnoreCase(version);
    }
    Optional<Pep440Version> parsed = Pep440Parser.parse(candidate);
    if (parsed.isEmpty()) {
      return false;
    }
    Pep440Version v = parsed.get();
    return switch (operator) {
      case "==" -> equal(v, version);
      case "!=" -> !equal(v, version);
      case "<=" -> v.publicVersion().compareTo(spec()) <= 0;
      case ">=" -> v.publicVersion().compareTo(spec()) >= 0;
      case "<" -> lessThan(v, spec());
      case ">" -> greaterThan(v, spec());
      case "~=" -> compatible(v);
      default -> throw new IllegalStateException(operator);
    };
  }

  private Pep440Version spec() {
    return parseOrThrow(version);
  }

  private Pep440Version parseOrThrow(String v) {
    return Pep440Parser.parse(v).orElseThrow(() -> invalid(operator + version, "not a PEP 440 version"));
  }

  private boolean equal(Pep440Version v, String spec) {
    if (spec.endsWith(".*")) {
      List<String> prefix = split(parseOrThrow(spec.substring(0, spec.length() - 2)));
      List<String> candidate = split(v.publicVersion());
      // Pad the candidate's release with zeros to the prefix's release length.
      candidate = pad(candidate, releaseLength(prefix));
      return candidate.size() >= prefix.size() && candidate.subList(0, prefix.size()).equals(prefix);
    }
    Pep440Version s = parseOrThrow(spec);
    Pep440Version c = s.local().isPresent() ? v : v.publicVersion();
    return c.compareTo(s) == 0;
  }

  private static boolean lessThan(Pep440Version v, Pep440Version spec) {
    if (v.compareTo(spec) >= 0) {
      return false;
    }
    // "<V" excludes pre-releases of V itself unless V is a pre-release.
    return spec.isPrerelease() || !v.isPrerelease()
        || v.baseVersion().compareTo(spec.baseVersion()) != 0;
  }

  private static boolean greaterThan(Pep440Version v, Pep440Version spec) {
    if (v.compareTo(spec) <= 0) {
      return false;
    }
    boolean sameBase = v.baseVersion().compareTo(spec.baseVersion()) == 0;
    // ">V" excludes post-releases and local versions of V itself.
    if (!spec.isPostrelease() && v.isPostrelease() && sameBase) {
      return false;
    }
    return !(v.local().isPresent() && v.publicVersion().compareTo(spec) == 0);
  }

  private boolean compatible(Pep440Version v) {
    List<String> parts = split(spec());
    List<String> release = new ArrayList<>();
    for (String p : parts.subList(1, parts.size())) {
      if (p.startsWith("dev") || p.startsWith("a") || p.startsWith("b") || p.startsWith("rc")
          || p.startsWith("post")) {
        break;
      }
      release.add(p);
    }
    if (release.size() < 2) {
      throw invalid("~=" + version, "needs at least two release segments");
    }
    String epoch = parts.get(0).equals("0") ? "" : parts.get(0) + "!";
    String prefix = epoch + String.join(".", release.subList(0, release.size() - 1)) + ".*";
    return v.publicVersion().compareTo(spec()) >= 0 && equal(v, prefix);
  }

  /** packaging's {@code _version_split}: epoch, release numbers, then pre/post/dev pieces. */
  private static List<String> split(Pep440Version v) {
    List<String> out = new ArrayList<>();
    out.add(v.epoch());
    out.addAll(v.release());
    v.preLabel().ifPresent(l -> out.add(l + v.preNumber()));
    v.post().ifPresent(p -> out.add("post" + p));
    v.dev().ifPresent(d -> out.add("dev" + d));
    return out;
  }

  private static int releaseLength(List<String> split) {
    int n = 1;
    while (n < split.size() && Pep440Version.isNumber(split.get(n))) {
      n++;
    }
    return n;
  }

  private static List<String> pad(List<String> split, int releaseLength) {
    int have = releaseLength(split);
    if (have >= releaseLength) {
      return split;
    }
    List<String> out = new ArrayList<>(split.subList(0, have));
    while (out.size() < releaseLength) {
      out.add("0");
    }
    out.addAll(split.subList(have, split.size()));
    return out;
  }
}
