package dev.moat.match;

import dev.moat.version.VersionScheme;
import dev.moat.vulndb.Affected;
import dev.moat.vulndb.Event;
import dev.moat.vulndb.Range;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates whether a version is affected by an OSV {@code affected} entry, following the OSV
 * schema's evaluation rules: explicit {@code versions} first, then each {@code ECOSYSTEM} or
 * {@code SEMVER} range's events in version order ({@code introduced} opens, {@code fixed} closes
 * at the version, {@code last_affected} closes after it, {@code limit} bounds the range).
 * {@code GIT} ranges are skipped: an installed package has no commit.
 */
final class OsvRangeEvaluator {

  private OsvRangeEvaluator() {}

  static boolean affects(Affected affected, String version, VersionScheme scheme) {
    for (String listed : affected.versions()) {
      if (listed.equals(version) || safeCompare(scheme, listed, version) == 0) {
        return true;
      }
    }
    for (Range range : affected.ranges()) {
      if (range.type() != Range.Type.GIT && inRange(range, version, scheme)) {
        return true;
      }
    }
    return false;
  }

  /** The lowest fixed version above {@code version} among the ranges, if any. */
  static List<String> fixedVersions(Affected affected, String version, VersionScheme scheme) {
    List<String> fixed = new ArrayList<>();
    for (Range range : affected.ranges()) {
      for (Event e : range.events()) {
        if (e.kind() == Event.Kind.FIXED && safeCompare(scheme, e.version(), version) > 0
            && !fixed.contains(e.version())) {
          fixed.add(e.version());
        }
      }
    }
    fixed.sort((a, b) -> safeCompare(scheme, a, b));
    return fixed.isEmpty() ? fixed : List.of(fixed.get(0));
  }

  private static boolean inRange(Range range, String version, VersionScheme scheme) {
    List<Event> events = new ArrayList<>(range.events());
    events.sort(Comparator.comparing((Event e) -> e.version(), (a, b) -> compareEventVersions(scheme, a, b)));
    boolean affected = false;
    Optional<String> limit = Optional.empty();
    for (Event e : events) {
      if (e.kind() == Event.Kind.LIMIT) {
        limit = Optional.of(e.version());
      }
    }
    if (limit.isPresent() && !limit.get().equals("*") && safeCompare(scheme, version, limit.get()) >= 0) {
      return false;
    }
    for (Event e : events) {
      boolean zero = e.version().equals("0");
      switch (e.kind()) {
        case INTRODUCED -> {
          if (zero || safeCompare(scheme, e.version(), version) <= 0) {
            affected = true;
          }
        }
        case FIXED -> {
          if (safeCompare(scheme, e.version(), version) <= 0) {
            affected = false;
          }
        }
        case LAST_AFFECTED -> {
          if (safeCompare(scheme, e.version(), version) < 0) {
            affected = false;
          }
        }
        case LIMIT -> { }
      }
    }
    return affected;
  }

  /** "0" sorts before every version; events are compared with the ecosystem's scheme. */
  private static int compareEventVersions(VersionScheme scheme, String a, String b) {
    if (a.equals(b)) {
      return 0;
    }
    if (a.equals("0")) {
      return -1;
    }
    if (b.equals("0")) {
      return 1;
    }
    return safeCompare(scheme, a, b);
  }

  /** A version the scheme cannot parse compares by text, so one odd advisory cannot abort a scan. */
  static int safeCompare(VersionScheme scheme, String a, String b) {
    try {
      return scheme.compare(a, b);
    } catch (RuntimeException e) {
      return a.compareTo(b);
    }
  }
}
