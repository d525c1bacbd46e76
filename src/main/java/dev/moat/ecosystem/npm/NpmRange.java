package dev.moat.ecosystem.npm;

import dev.moat.MoatException;
import dev.moat.version.SemVer;
import java.util.ArrayList;
import java.util.List;

/**
 * A node-semver range: alternatives joined by {@code ||}, each a set of primitive comparators that
 * must all hold. A prerelease version only matches a set that names a prerelease of the same
 * {@code major.minor.patch}, unless {@code includePrerelease} is set.
 */
public final class NpmRange {

  private final List<List<NpmComparator>> sets;
  private final boolean includePrerelease;

  private NpmRange(List<List<NpmComparator>> sets, boolean includePrerelease) {
    this.sets = sets;
    this.includePrerelease = includePrerelease;
  }

  /** Parses {@code range}; throws MoatException INVALID_INPUT when it is not a range. */
  public static NpmRange parse(String range, boolean loose, boolean includePrerelease) {
    NpmRangeParser parser = new NpmRangeParser(loose, includePrerelease, range);
    List<List<NpmComparator>> sets = new ArrayList<>();
    for (String alternative : range.trim().split("\\s*\\|\\|\\s*", -1)) {
      List<NpmComparator> set = parser.parseSet(alternative);
      if (!set.isEmpty()) {
        sets.add(set);
      }
    }
    if (sets.isEmpty()) {
      throw MoatException.invalid("invalid npm range '" + range + "'");
    }
    if (sets.size() > 1) {
      List<List<NpmComparator>> kept = sets.stream().filter(s -> !s.get(0).isNone()).toList();
      sets = kept.isEmpty() ? List.of(sets.get(0)) : kept;
      for (List<NpmComparator> s : sets) {
        if (s.size() == 1 && s.get(0).isAny()) {
          sets = List.of(s);
          break;
        }
      }
    }
    return new NpmRange(List.copyOf(sets), includePrerelease);
  }

  public boolean test(SemVer v) {
    for (List<NpmComparator> set : sets) {
      if (testSet(set, v)) {
        return true;
      }
    }
    return false;
  }

  private boolean testSet(List<NpmComparator> set, SemVer v) {
    for (NpmComparator c : set) {
      if (!c.test(v)) {
        return false;
      }
    }
    if (v.isPrerelease() && !includePrerelease) {
      for (NpmComparator c : set) {
        if (!c.isAny() && c.version().isPrerelease() && c.version().compareMain(v) == 0) {
          return true;
        }
      }
      return false;
    }
    return true;
  }

  /**
   * node-semver's {@code gtr} ({@code high = true}) or {@code ltr}: whether {@code v} is above (or
   * below) every version the range admits.
   */
  public boolean outside(SemVer v, boolean high) {
    if (test(v)) {
      return false;
    }
    String comp = high ? ">" : "<";
    String ecomp = high ? ">=" : "<=";
    NpmComparator zero = new NpmComparator(">=", SemVer.of(0, 0, 0));
    for (List<NpmComparator> set : sets) {
      NpmComparator hi = null;
      NpmComparator lo = null;
      for (NpmComparator c : set) {
        NpmComparator cc = c.isAny() ? zero : c;
        hi = hi == null ? cc : hi;
        lo = lo == null ? cc : lo;
        int vsHigh = cc.version().compareTo(hi.version());
        int vsLow = cc.version().compareTo(lo.version());
        if (high ? vsHigh > 0 : vsHigh < 0) {
          hi = cc;
        } else if (high ? vsLow < 0 : vsLow > 0) {
          lo = cc;
        }
      }
      if (hi.operator().equals(comp) || hi.operator().equals(ecomp)) {
        return false;
      }
      int vl = v.compareTo(lo.version());
      boolean lte = high ? vl <= 0 : vl >= 0;
      boolean lt = high ? vl < 0 : vl > 0;
      if ((lo.operator().isEmpty() || lo.operator().equals(comp)) && lte) {
        return false;
      } else if (lo.operator().equals(ecomp) && lt) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return sets.toString();
  }
}
