package dev.moat.ecosystem.cargo;

import dev.moat.MoatException;
import dev.moat.version.DigitRuns;
import dev.moat.version.SemVer;
import dev.moat.version.VersionScheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * crates.io versions: strict SemVer 2.0 (no {@code v}, no leading zeros), ordered by SemVer
 * precedence (build metadata ignored), with Cargo's requirement syntax ({@code ^1.2}, {@code ~1},
 * {@code 1.*}, {@code >=1.0, <2}; a bare version means caret).
 */
public final class CargoVersion implements VersionScheme {

  @Override
  public String name() {
    return "cargo";
  }

  @Override
  public int compare(String a, String b) {
    return parse(a).compareTo(parse(b));
  }

  @Override
  public boolean isValid(String v) {
    return strict(v).isPresent();
  }

  @Override
  public boolean satisfies(String version, String constraint) {
    return CargoRequirement.parse(constraint).matches(parse(version));
  }

  /** Parses a crate version; throws MoatException INVALID_INPUT when it is not strict SemVer. */
  public static SemVer parse(String v) {
    return strict(v).orElseThrow(() -> MoatException.invalid("invalid crate version '" + v + "'"));
  }

  static Optional<SemVer> strict(String v) {
    String s = v.strip();
    int plus = s.indexOf('+');
    List<String> build = new ArrayList<>();
    if (plus >= 0) {
      if (!identifiers(s.substring(plus + 1), build, false)) {
        return Optional.empty();
      }
      s = s.substring(0, plus);
    }
    int dash = s.indexOf('-');
    List<String> pre = new ArrayList<>();
    if (dash >= 0) {
      if (!identifiers(s.substring(dash + 1), pre, true)) {
        return Optional.empty();
      }
      s = s.substring(0, dash);
    }
    String[] parts = s.split("\\.", -1);
    if (parts.length != 3) {
      return Optional.empty();
    }
    long[] n = new long[3];
    for (int i = 0; i < 3; i++) {
      Optional<Long> x = number(parts[i]);
      if (x.isEmpty()) {
        return Optional.empty();
      }
      n[i] = x.get();
    }
    return Optional.of(new SemVer(n[0], n[1], n[2], pre, build));
  }

  static Optional<Long> number(String s) {
    if (s.isEmpty() || s.length() > 18 || (s.length() > 1 && s.charAt(0) == '0')) {
      return Optional.empty();
    }
    for (int i = 0; i < s.length(); i++) {
      if (!DigitRuns.isDigit(s.charAt(i))) {
        return Optional.empty();
      }
    }
    return Optional.of(Long.parseLong(s));
  }

  private static boolean identifiers(String s, List<String> out, boolean prerelease) {
    for (String id : s.split("\\.", -1)) {
      if (id.isEmpty()
          || !id.chars().allMatch(c -> DigitRuns.isDigit((char) c) || DigitRuns.isLetter((char) c) || c == '-')
          || (prerelease && SemVer.isNumeric(id) && id.length() > 1 && id.charAt(0) == '0')) {
        return false;
      }
      out.add(id);
    }
    return true;
  }
}
