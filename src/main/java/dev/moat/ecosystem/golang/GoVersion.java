package dev.moat.ecosystem.golang;

import dev.moat.MoatException;
import dev.moat.version.OperatorConstraint;
import dev.moat.version.SemVer;
import dev.moat.version.VersionScheme;
import java.util.List;
import java.util.Optional;

/**
 * Go module versions as golang.org/x/mod/semver: {@code vMAJOR[.MINOR[.PATCH]][-pre][+build]},
 * where the short forms {@code v1}, {@code v1.2} mean {@code v1.0.0}, {@code v1.2.0}. Build
 * metadata, including {@code +incompatible}, does not affect order; pseudo-versions
 * ({@code v0.0.0-20191109021931-daa7c04131f5}) are pre-releases and order by their timestamp.
 * The {@code v} may be omitted (OSV's Go ranges omit it). Constraints use operators
 * ({@code >= v1.2.3, < v1.3.0}).
 */
public final class GoVersion implements VersionScheme {

  @Override
  public String name() {
    return "go";
  }

  @Override
  public int compare(String a, String b) {
    return require(a).compareTo(require(b));
  }

  /** x/mod/semver's Compare: invalid versions are equal to each other and below valid ones. */
  public static int compareLenient(String a, String b) {
    Optional<SemVer> x = GoVersionParser.parse(a);
    Optional<SemVer> y = GoVersionParser.parse(b);
    if (x.isEmpty() || y.isEmpty()) {
      return Boolean.compare(x.isPresent(), y.isPresent());
    }
    return Integer.signum(x.get().compareTo(y.get()));
  }

  @Override
  public boolean isValid(String v) {
    return GoVersionParser.parse(withV(v)).isPresent();
  }

  @Override
  public boolean satisfies(String version, String constraint) {
    return OperatorConstraint.satisfies(version, constraint, this::compare, name());
  }

  /** The canonical form {@code vX.Y.Z[-pre]}, or empty when {@code v} is not a Go version. */
  public static Optional<String> canonical(String v) {
    return GoVersionParser.parse(v)
        .map(s -> new SemVer(s.major(), s.minor(), s.patch(), s.prerelease(), List.of()))
        .map(s -> "v" + s);
  }

  private static SemVer require(String v) {
    return GoVersionParser.parse(withV(v))
        .orElseThrow(() -> MoatException.invalid("invalid Go module version '" + v + "'"));
  }

  private static String withV(String v) {
    return v.startsWith("v") ? v : "v" + v;
  }
}
