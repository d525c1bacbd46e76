package dev.moat.match;

import dev.moat.vulndb.Advisory;
import dev.moat.vulndb.Affected;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Rates a finding as Trivy does: the distribution's or ecosystem's own rating first (Debian urgency,
 * Ubuntu priority, GitHub's severity), then the highest CVSS v3 base score, then a CVSS v4 score
 * if the feed gives one as a number.
 */
final class SeverityRater {

  /** A rating and who gave it. */
  record Rating(Severity severity, String source) {}

  private SeverityRater() {}

  static Rating rate(Advisory advisory, Affected affected, List<Finding.CvssScore> cvss) {
    Optional<Severity> vendor = affected.severity().flatMap(SeverityRater::word);
    if (vendor.isPresent()) {
      return new Rating(vendor.get(), vendorName(affected.ecosystem()));
    }
    Object ecosystemSeverity = advisory.databaseSpecific().get("severity");
    if (ecosystemSeverity instanceof String s) {
      Optional<Severity> parsed = word(s);
      if (parsed.isPresent()) {
        return new Rating(parsed.get(), advisory.id().startsWith("GHSA-") || advisory.aliases().stream()
            .anyMatch(a -> a.startsWith("GHSA-")) ? "ghsa" : sourceName(advisory));
      }
    }
    Optional<Finding.CvssScore> best = cvss.stream().filter(c -> c.score().isPresent())
        .max((a, b) -> Double.compare(a.score().get(), b.score().get()));
    if (best.isPresent()) {
      return new Rating(Severity.ofCvssScore(best.get().score().get()), "cvss-v" + best.get().version()
          + " (" + best.get().source() + ")");
    }
    return new Rating(Severity.UNKNOWN, "none");
  }

  static List<Finding.CvssScore> cvss(Advisory advisory) {
    List<Finding.CvssScore> scores = new ArrayList<>();
    for (var s : advisory.severities()) {
      String type = s.type().toUpperCase(Locale.ROOT);
      String source = s.source().orElse(sourceName(advisory));
      if (type.equals("CVSS_V3")) {
        String version = s.score().startsWith("CVSS:3.0") ? "3.0" : "3.1";
        scores.add(new Finding.CvssScore(version, s.score(), CvssV3.baseScore(s.score()), source));
      } else if (type.equals("CVSS_V4")) {
        scores.add(new Finding.CvssScore("4.0", s.score(), numeric(s.score()), source));
      } else if (type.equals("CVSS_V2")) {
        scores.add(new Finding.CvssScore("2.0", s.score(), numeric(s.score()), source));
      }
    }
    return scores;
  }

  /** Vendor severity words: Debian urgency, Ubuntu priority, GHSA and distro ratings. */
  static Optional<Severity> word(String text) {
    String w = text.trim().toLowerCase(Locale.ROOT).replace("*", "");
    return switch (w) {
      case "critical" -> Optional.of(Severity.CRITICAL);
      case "high", "important" -> Optional.of(Severity.HIGH);
      case "medium", "moderate" -> Optional.of(Severity.MEDIUM);
      case "low", "negligible", "unimportant" -> Optional.of(Severity.LOW);
      default -> Optional.empty();
    };
  }

  private static Optional<Double> numeric(String text) {
    try {
      return Optional.of(Double.parseDouble(text));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static String vendorName(String ecosystem) {
    int colon = ecosystem.indexOf(':');
    return (colon < 0 ? ecosystem : ecosystem.substring(0, colon)).toLowerCase(Locale.ROOT);
  }

  private static String sourceName(Advisory advisory) {
    return advisory.source().isEmpty() ? "osv" : advisory.source();
  }
}
