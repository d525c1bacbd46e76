package dev.moat.ecosystem.npm;

import dev.moat.version.DigitRuns;
import dev.moat.version.SemVer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Parses full SemVer strings the way node-semver does: strict mode allows one leading {@code v};
 * loose mode also allows {@code =}, spaces, leading zeros and a prerelease without its hyphen.
 * Also parses the partial "x-range" versions ({@code 1}, {@code 1.x}, {@code 1.2.*}) of ranges.
 */
final class SemVerParser {

  /** node-semver's MAX_LENGTH. */
  private static final int MAX_LENGTH = 256;

  /** A possibly partial version; a null part means x / * / absent. */
  record Partial(Long major, Long minor, Long patch, List<String> prerelease) {
    boolean isFull() {
      return patch != null;
    }
  }

  private final String s;
  private final boolean loose;
  private int pos;

  private SemVerParser(String s, boolean loose) {
    this.s = s;
    this.loose = loose;
  }

  static Optional<SemVer> parse(String version, boolean loose) {
    String t = version.trim();
    if (t.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    SemVerParser p = new SemVerParser(t, loose);
    if (loose) {
      p.skipPrefix();
    } else if (p.peek() == 'v') {
      p.pos++;
    }
    return p.full();
  }

  /** Parses an x-range version (after its operator); empty when malformed. */
  static Optional<Partial> parsePartial(String text, boolean loose) {
    SemVerParser p = new SemVerParser(text, loose);
    p.skipPrefix();
    return p.partial();
  }

  private void skipPrefix() {
    while (pos < s.length() && (s.charAt(pos) == 'v' || s.charAt(pos) == '=' || s.charAt(pos) == ' ')) {
      pos++;
    }
  }

  private char peek() {
    return pos < s.length() ? s.charAt(pos) : 0;
  }

  private Optional<SemVer> full() {
    Long major = number();
    if (major == null || !expect('.')) {
      return Optional.empty();
    }
    Long minor = number();
    if (minor == null || !expect('.')) {
      return Optional.empty();
    }
    Long patch = number();
    if (patch == null) {
      return Optional.empty();
    }
    List<String> pre = new ArrayList<>();
    List<String> build = new ArrayList<>();
    if (!tail(pre, build) || pos != s.length()) {
      return Optional.empty();
    }
    return Optional.of(new SemVer(major, minor, patch, pre, build));
  }

  private Optional<Partial> partial() {
    Long[] parts = new Long[3];
    int n = 0;
    while (n < 3) {
      char c = peek();
      if (c == 'x' || c == 'X' || c == '*') {
        pos++;
        parts[n] = null;
      } else {
        parts[n] = number();
        if (parts[n] == null) {
          return Optional.empty();
        }
      }
      n++;
      if (peek() != '.' || n == 3) {
        break;
      }
      pos++;
    }
    List<String> pre = new ArrayList<>();
    if (pos < s.length() && (n < 3 || !tail(pre, new ArrayList<>()) || pos != s.length())) {
      return Optional.empty();
    }
    // An x in an earlier place makes every later place an x too.
    Long major = parts[0];
    Long minor = major == null || n < 2 ? null : parts[1];
    Long patch = minor == null || n < 3 ? null : parts[2];
    return Optional.of(new Partial(major, minor, patch, pre));
  }

  private boolean tail(List<String> pre, List<String> build) {
    if (peek() == '-' || (loose && pos < s.length() && peek() != '+')) {
      if (peek() == '-') {
        pos++;
      }
      if (!identifiers(pre, true)) {
        return false;
      }
    }
    if (peek() == '+') {
      pos++;
      return identifiers(build, false);
    }
    return true;
  }

  private boolean identifiers(List<String> out, boolean prerelease) {
    while (true) {
      int start = pos;
      while (pos < s.length() && isIdentChar(s.charAt(pos))) {
        pos++;
      }
      if (pos == start) {
        return false;
      }
      String id = s.substring(start, pos);
      if (prerelease && SemVer.isNumeric(id)) {
        if (!loose && id.length() > 1 && id.charAt(0) == '0') {
          return false;
        }
      }
      out.add(id);
      if (peek() != '.') {
        return true;
      }
      pos++;
    }
  }

  private static boolean isIdentChar(char c) {
    return DigitRuns.isDigit(c) || DigitRuns.isLetter(c) || c == '-';
  }

  private Long number() {
    int start = pos;
    while (pos < s.length() && DigitRuns.isDigit(s.charAt(pos))) {
      pos++;
    }
    int len = pos - start;
    if (len == 0 || len > 16 || (!loose && len > 1 && s.charAt(start) == '0')) {
      return null;
    }
    long v = Long.parseLong(s, start, pos, 10);
    return v > SemVer.MAX_SAFE_INTEGER ? null : v;
  }

  private boolean expect(char c) {
    if (peek() != c) {
      return false;
    }
    pos++;
    return true;
  }
}
