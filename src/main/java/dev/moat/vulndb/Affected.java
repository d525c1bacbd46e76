package dev.moat.vulndb;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One affected package of an advisory (OSV {@code affected[]}), plus the distro's verdict.
 *
 * @param ecosystem the OSV ecosystem name, normalised by {@link Ecosystems#normalise}: {@code Debian:12},
 *     {@code Alpine:v3.20}, {@code Ubuntu:20.04}, {@code Go}, {@code PyPI}, ...
 * @param name the package name as the ecosystem spells it (PyPI names PEP 503-normalised)
 * @param ranges OSV ranges; empty when only {@code versions} or a status is known
 * @param versions explicitly affected versions
 * @param status the distro's verdict for this release, when the feed gives one
 * @param severity the ecosystem's own severity word (Debian urgency, Ubuntu priority), if any
 * @param databaseSpecific feed facts for this package (RubySec requirement lists, Ubuntu binaries)
 */
public record Affected(
    String ecosystem,
    String name,
    List<Range> ranges,
    List<String> versions,
    Optional<DistroStatus> status,
    Optional<String> severity,
    Map<String, Object> databaseSpecific) {

  public Affected {
    ranges = Nulls.list(ranges);
    versions = Nulls.list(versions);
    status = Nulls.optional(status);
    severity = Nulls.optional(severity);
    databaseSpecific = Nulls.map(databaseSpecific);
  }

  /** A fixed package of a distro: affected from the start, fixed in {@code fixedVersion}. */
  public static Affected fixedIn(String ecosystem, String name, String fixedVersion, Optional<String> severity) {
    Range range = new Range(Range.Type.ECOSYSTEM,
        List.of(new Event(Event.Kind.INTRODUCED, "0"), new Event(Event.Kind.FIXED, fixedVersion)));
    return new Affected(ecosystem, name, List.of(range), List.of(), Optional.of(DistroStatus.FIXED), severity, Map.of());
  }

  /** A distro verdict without a fixed version (unfixed, will-not-fix, end-of-life, not-affected). */
  public static Affected withStatus(String ecosystem, String name, DistroStatus status, Optional<String> severity) {
    List<Range> ranges = status == DistroStatus.NOT_AFFECTED ? List.of()
        : List.of(new Range(Range.Type.ECOSYSTEM, List.of(new Event(Event.Kind.INTRODUCED, "0"))));
    return new Affected(ecosystem, name, ranges, List.of(), Optional.of(status), severity, Map.of());
  }

  /** Every {@code fixed} event of every range, in feed order. */
  public List<String> fixedVersions() {
    return ranges.stream().flatMap(r -> r.events().stream())
        .filter(e -> e.kind() == Event.Kind.FIXED).map(Event::version).toList();
  }
}
