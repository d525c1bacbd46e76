package dev.moat.ecosystem.npm;

import dev.moat.MoatException;
import dev.moat.ecosystem.npm.SemVerParser.Partial;
import dev.moat.version.SemVer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Desugars one node-semver comparator set (no {@code ||}) into primitive comparators: hyphen
 * ranges, x-ranges, {@code ~}, {@code ~>} and {@code ^}, following node-semver's classes/range.js.
 */
final class NpmRangeParser {

  private final boolean loose;
  private final boolean includePrerelease;
  private final String whole;

  NpmRangeParser(boolean loose, boolean includePrerelease, String whole) {
    this.loose = loose;
    this.includePrerelease = includePrerelease;
    this.whole = whole;
  }

  /** The comparators of one alternative; empty when loose mode dropped every token. */
  List<NpmComparator> parseSet(String alternative) {
    String text = alternative.trim();
    List<String> words = List.of(text.isEmpty() ? new String[0] : text.split("\\s+"));
    if (words.size() == 3 && words.get(1).equals("-")) {
      Optional<Partial> from = SemVerParser.parsePartial(words.get(0), loose);
      Optional<Partial> to = SemVerParser.parsePartial(words.get(2), loose);
      if (from.isPresent() && to.isPresent()) {
        return normalize(hyphen(from.get(), to.get()));
      }
    }
    List<NpmComparator> out = new ArrayList<>();
    for (String token : joinOperators(text)) {
      Optional<List<NpmComparator>> parsed = comparator(token);
      if (parsed.isPresent()) {
        out.addAll(parsed.get());
      } else if (!loose) {
        throw MoatException.invalid("invalid npm range '" + whole + "': cannot parse '" + token + "'");
      }
    }
    if (text.isEmpty()) {
      out.add(NpmComparator.ANY);
    }
    return normalize(out);
  }

  /** Removes the space between an operator and its version ({@code >= 1.2} is {@code >=1.2}). */
  private static List<String> joinOperators(String text) {
    List<String> tokens = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        boolean onlyOperator = !cur.isEmpty() && cur.chars().allMatch(ch -> "<>=~^".indexOf(ch) >= 0);
        if (!onlyOperator && !cur.isEmpty()) {
          tokens.add(cur.toString());
          cur.setLength(0);
        }
      } else {
        cur.append(c);
      }
    }
    if (!cur.isEmpty()) {
      tokens.add(cur.toString());
    }
    return tokens;
  }

  private Optional<List<NpmComparator>> comparator(String token) {
    String op;
    if (token.startsWith("~>")) {
      op = "~";
    } else if (token.startsWith("~") || token.startsWith("^")) {
      op = token.substring(0, 1);
    } else {
      int i = 0;
      if (i < token.length() && (token.charAt(i) == '<' || token.charAt(i) == '>')) {
        i++;
      }
      if (i < token.length() && token.charAt(i) == '=') {
        i++;
      }
      op = token.substring(0, i);
    }
    String rest = token.substring(token.startsWith("~>") ? 2 : op.length());
    if (rest.isEmpty()) {
      return Optional.empty();
    }
    Optional<Partial> p = SemVerParser.parsePartial(rest, loose);
    if (p.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(switch (op) {
      case "~" -> tilde(p.get());
      case "^" -> caret(p.get());
      default -> xrange(op, p.get());
    });
  }

  private String z() {
    return includePrerelease ? "0" : null;
  }

  private static SemVer v(long major, long minor, long patch, String pre) {
    return pre == null ? SemVer.of(major, minor, patch) : SemVer.of(major, minor, patch, pre);
  }

  private static SemVer v(long major, long minor, long patch, List<String> pre) {
    return new SemVer(major, minor, patch, pre, List.of());
  }

  private static NpmComparator c(String op, SemVer v) {
    return new NpmComparator(op, v);
  }

  private List<NpmComparator> tilde(Partial p) {
    if (p.major() == null) {
      return List.of(NpmComparator.ANY);
    }
    long mj = p.major();
    if (p.minor() == null) {
      return List.of(c(">=", v(mj, 0, 0, z())), c("<", v(mj + 1, 0, 0, "0")));
    }
    long mn = p.minor();
    if (p.patch() == null) {
      return List.of(c(">=", v(mj, mn, 0, z())), c("<", v(mj, mn + 1, 0, "0")));
    }
    return List.of(c(">=", v(mj, mn, p.patch(), p.prerelease())), c("<", v(mj, mn + 1, 0, "0")));
  }

  private List<NpmComparator> caret(Partial p) {
    if (p.major() == null) {
      return List.of(NpmComparator.ANY);
    }
    long mj = p.major();
    if (p.minor() == null) {
      return List.of(c(">=", v(mj, 0, 0, z())), c("<", v(mj + 1, 0, 0, "0")));
    }
    long mn = p.minor();
    if (p.patch() == null) {
      SemVer upper = mj == 0 ? v(0, mn + 1, 0, "0") : v(mj + 1, 0, 0, "0");
      return List.of(c(">=", v(mj, mn, 0, z())), c("<", upper));
    }
    long pt = p.patch();
    SemVer lower = v(mj, mn, pt, p.prerelease());
    SemVer upper;
    if (mj == 0 && mn == 0) {
      upper = v(0, 0, pt + 1, "0");
    } else if (mj == 0) {
      upper = v(0, mn + 1, 0, "0");
    } else {
      upper = v(mj + 1, 0, 0, "0");
    }
    return List.of(c(">=", lower), c("<", upper));
  }

  private List<NpmComparator> xrange(String op, Partial p) {
    String gtlt = op.equals("=") ? "" : op;
    if (p.isFull()) {
      return List.of(c(gtlt, v(p.major(), p.minor(), p.patch(), p.prerelease())));
    }
    if (p.major() == null) {
      return List.of(gtlt.equals("<") || gtlt.equals(">") ? NpmComparator.NONE : NpmComparator.ANY);
    }
    long mj = p.major();
    boolean xMinor = p.minor() == null;
    long mn = xMinor ? 0 : p.minor();
    if (gtlt.isEmpty()) {
      return xMinor
          ? List.of(c(">=", v(mj, 0, 0, z())), c("<", v(mj + 1, 0, 0, "0")))
          : List.of(c(">=", v(mj, mn, 0, z())), c("<", v(mj, mn + 1, 0, "0")));
    }
    String pre = z();
    if (gtlt.equals(">")) {
      gtlt = ">=";
      if (xMinor) {
        mj++;
        mn = 0;
      } else {
        mn++;
      }
    } else if (gtlt.equals("<=")) {
      gtlt = "<";
      if (xMinor) {
        mj++;
      } else {
        mn++;
      }
    }
    if (gtlt.equals("<")) {
      pre = "0";
    }
    return List.of(c(gtlt, v(mj, mn, 0, pre)));
  }

  private List<NpmComparator> hyphen(Partial from, Partial to) {
    List<NpmComparator> out = new ArrayList<>();
    if (from.major() != null) {
      long mj = from.major();
      if (from.minor() == null) {
        out.add(c(">=", v(mj, 0, 0, z())));
      } else if (from.patch() == null) {
        out.add(c(">=", v(mj, from.minor(), 0, z())));
      } else if (!from.prerelease().isEmpty()) {
        out.add(c(">=", v(mj, from.minor(), from.patch(), from.prerelease())));
      } else {
        out.add(c(">=", v(mj, from.minor(), from.patch(), z())));
      }
    }
    if (to.major() != null) {
      long mj = to.major();
      if (to.minor() == null) {
        out.add(c("<", v(mj + 1, 0, 0, "0")));
      } else if (to.patch() == null) {
        out.add(c("<", v(mj, to.minor() + 1, 0, "0")));
      } else if (!to.prerelease().isEmpty()) {
        out.add(c("<=", v(mj, to.minor(), to.patch(), to.prerelease())));
      } else if (includePrerelease) {
        out.add(c("<", v(mj, to.minor(), to.patch() + 1, "0")));
      } else {
        out.add(c("<=", v(mj, to.minor(), to.patch(), (String) null)));
      }
    }
    if (out.isEmpty()) {
      out.add(NpmComparator.ANY);
    }
    return out;
  }

  /** {@code >=0.0.0} means any; a null set wins; {@code *} drops out next to others. */
  private List<NpmComparator> normalize(List<NpmComparator> in) {
    Set<NpmComparator> out = new LinkedHashSet<>();
    SemVer zero = includePrerelease ? SemVer.of(0, 0, 0, "0") : SemVer.of(0, 0, 0);
    for (NpmComparator comp : in) {
      if (comp.isNone()) {
        return List.of(comp);
      }
      out.add(comp.operator().equals(">=") && comp.version().equals(zero) ? NpmComparator.ANY : comp);
    }
    if (out.size() > 1) {
      out.remove(NpmComparator.ANY);
    }
    return List.copyOf(out);
  }
}
