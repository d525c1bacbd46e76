package dev.moat.ecosystem.npm;

import dev.moat.MoatException;
import dev.moat.version.ParseCache;
import dev.moat.version.SemVer;
import dev.moat.version.VersionScheme;

/**
 * SemVer 2.0 ordering with node-semver's range syntax ({@code ^ ~ x * ||} and hyphen ranges), in
 * node-semver's default (strict, prereleases excluded) mode. Also used for ecosystems that follow
 * SemVer without a range syntax of their own (Hex, Pub, SwiftURL).
 */
public final class NpmVersion implements VersionScheme {

  @Override
  public String name() {
    return "semver";
  }

  private static final ParseCache<SemVer> STRICT = new ParseCache<>(8192, v -> parse(v, false));

  @Override
  public int compare(String a, String b) {
    return STRICT.get(a).compareTo(STRICT.get(b));
  }

  @Override
  public boolean isValid(String v) {
    return SemVerParser.parse(v, false).isPresent();
  }

  @Override
  public boolean satisfies(String version, String constraint) {
    return NpmRange.parse(constraint, false, false).test(parse(version, false));
  }

  /** Parses a version as node-semver does; {@code loose} accepts {@code =1.2.3}, {@code 1.2.3beta}. */
  public static SemVer parse(String version, boolean loose) {
    return SemVerParser.parse(version, loose)
        .orElseThrow(() -> MoatException.invalid("invalid semver version '" + version + "'"));
  }
}
