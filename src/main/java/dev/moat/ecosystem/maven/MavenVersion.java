package dev.moat.ecosystem.maven;

import dev.moat.version.ParseCache;
import dev.moat.version.VersionScheme;

/**
 * Maven version ordering as Maven 4's {@code ComparableVersion} (maven-artifact 4.0; it differs
 * from 3.9 only on MNG-7714-style release-qualifier combinations such as {@code 1.0.final-redhat}),
 * with POM version ranges ({@code [1.0,2.0)}, several intervals OR-ed). Every string is a Maven
 * version; only an empty one is invalid.
 */
public final class MavenVersion implements VersionScheme {

  @Override
  public String name() {
    return "maven";
  }

  @Override
  public int compare(String a, String b) {
    return Integer.signum(items(a).compareTo(items(b)));
  }

  @Override
  public boolean isValid(String v) {
    return !v.isBlank();
  }

  @Override
  public boolean satisfies(String version, String constraint) {
    items(version);
    return MavenRange.parse(constraint, false).contains(version, this::compare);
  }

  private static final ParseCache<MavenItem.Sub> PARSED =
      new ParseCache<>(8192, MavenVersionParser::parse);

  private static MavenItem.Sub items(String v) {
    return PARSED.get(v);
  }
}
