package dev.moat.match;

import dev.moat.sbom.Package;
import java.util.List;
import java.util.Optional;

/**
 * One vulnerability in one package: advisories that are aliases of each other are merged into one
 * finding that keeps every id.
 *
 * @param id the primary id (the CVE when there is one, else the advisory's own id)
 * @param aliases every other id of the same vulnerability (GHSA-, GO-, RUSTSEC-, DSA-, ...)
 * @param pkg the affected package, with its layer and path
 * @param installedVersion the version compared (for Debian/Ubuntu the source package version)
 * @param fixedVersions versions that fix it (empty when none)
 * @param status whether and how it is fixed
 * @param severity the rating used for gating
 * @param severitySource who rated it ({@code debian}, {@code ghsa}, {@code nvd}, {@code cvss-v3} ...)
 * @param cvss CVSS vectors and scores known for it
 * @param knownExploited listed in CISA's Known Exploited Vulnerabilities catalogue
 * @param dataSource the feed the advisory came from ({@code osv:Go}, {@code debian-tracker}, ...)
 */
public record Finding(
    String id,
    List<String> aliases,
    Package pkg,
    String installedVersion,
    List<String> fixedVersions,
    FixStatus status,
    Severity severity,
    String severitySource,
    List<CvssScore> cvss,
    Optional<String> title,
    Optional<String> description,
    List<String> references,
    boolean knownExploited,
    String dataSource) {

  public Finding {
    aliases = List.copyOf(aliases);
    fixedVersions = List.copyOf(fixedVersions);
    cvss = List.copyOf(cvss);
    references = List.copyOf(references);
  }

  /** Every id this finding is known by, primary first. */
  public List<String> allIds() {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(id), aliases.stream()).toList();
  }

  /** A CVSS rating: {@code version} is {@code 3.1}, {@code 4.0}, ...; {@code score} may be computed from the vector. */
  public record CvssScore(String version, String vector, Optional<Double> score, String source) {}
}
