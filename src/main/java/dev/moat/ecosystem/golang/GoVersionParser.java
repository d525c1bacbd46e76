package dev.moat.ecosystem.golang;

import dev.moat.version.DigitRuns;
import dev.moat.version.SemVer;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Parses Go semantic versions with the rules of golang.org/x/mod/semver's parse. */
final class GoVersionParser {

  private GoVersionParser() {}

  static Optional<SemVer> parse(String v) {
    if (v.length() < 2 || v.charAt(0) != 'v') {
      return Optional.empty();
    }
    int[] pos = {1};
    Optional<Long> major = number(v, pos);
    if (major.isEmpty()) {
      return Optional.empty();
    }
    if (pos[0] == v.length()) {
      return Optional.of(SemVer.of(major.get(), 0, 0));
    }
    if (v.charAt(pos[0]) != '.') {
      return Optional.empty();
    }
    pos[0]++;
    Optional<Long> minor = number(v, pos);
    if (minor.isEmpty()) {
      return Optional.empty();
    }
    if (pos[0] == v.length()) {
      return Optional.of(SemVer.of(major.get(), minor.get(), 0));
    }
    if (v.charAt(pos[0]) != '.') {
      return Optional.empty();
    }
    pos[0]++;
    Optional<Long> patch = number(v, pos);
    if (patch.isEmpty()) {
      return Optional.empty();
    }
    List<String> pre = new ArrayList<>();
    List<String> build = new ArrayList<>();
    if (pos[0] < v.length() && v.charAt(pos[0]) == '-') {
      pos[0]++;
      if (!identifiers(v, pos, pre, true)) {
        return Optional.empty();
      }
    }
    if (pos[0] < v.length() && v.charAt(pos[0]) == '+') {
      pos[0]++;
      if (!identifiers(v, pos, build, false)) {
        return Optional.empty();
      }
    }
    if (pos[0] != v.length()) {
      return Optional.empty();
    }
    return Optional.of(new SemVer(major.get(), minor.get(), patch.get(), pre, build));
  }

  /** A decimal number without leading zeros; Go allows any size, we bound it to a long. */
  private static Optional<Long> number(String v, int[] pos) {
    int start = pos[0];
    while (pos[0] < v.length() && DigitRuns.isDigit(v.charAt(pos[0]))) {
      pos[0]++;
    }
    int len = pos[0] - start;
    if (len == 0 || (len > 1 && v.charAt(start) == '0')) {
      return Optional.empty();
    }
    BigInteger n = new BigInteger(v.substring(start, pos[0]));
    return n.bitLength() < 63 ? Optional.of(n.longValue()) : Optional.empty();
  }

  private static boolean identifiers(String v, int[] pos, List<String> out, boolean prerelease) {
    while (true) {
      int start = pos[0];
      while (pos[0] < v.length() && isIdentChar(v.charAt(pos[0]))) {
        pos[0]++;
      }
      String id = v.substring(start, pos[0]);
      if (id.isEmpty() || (prerelease && SemVer.isNumeric(id) && id.length() > 1 && id.charAt(0) == '0')) {
        return false;
      }
      out.add(id);
      if (pos[0] >= v.length() || v.charAt(pos[0]) != '.') {
        return true;
      }
      pos[0]++;
    }
  }

  private static boolean isIdentChar(char c) {
    return DigitRuns.isDigit(c) || DigitRuns.isLetter(c) || c == '-';
  }
}
