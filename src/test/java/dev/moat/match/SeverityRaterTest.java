package dev.moat.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.vulndb.Advisory;
import dev.moat.vulndb.Affected;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SeverityRaterTest {

  private static Advisory advisory(List<dev.moat.vulndb.Severity> severities, Map<String, Object> specific) {
    return new Advisory("GHSA-test", List.of("CVE-2024-0001"), List.of(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), severities, List.of(), List.of(), specific, "ghsa");
  }

  private static Affected affected(Optional<String> vendorSeverity) {
    return new Affected("Debian:12", "p", List.of(), List.of(), Optional.empty(), vendorSeverity, Map.of());
  }

  @Test
  void vendorRatingComesFirstThenEcosystemThenCvss() {
    var cvss = List.of(new dev.moat.vulndb.Severity("CVSS_V3", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"));
    Advisory a = advisory(cvss, Map.of("severity", "MODERATE"));
    var scores = SeverityRater.cvss(a);
    assertThat(scores).singleElement().satisfies(s -> assertThat(s.score()).contains(9.8));

    assertThat(SeverityRater.rate(a, affected(Optional.of("unimportant")), scores))
        .isEqualTo(new SeverityRater.Rating(Severity.LOW, "debian"));
    assertThat(SeverityRater.rate(a, affected(Optional.empty()), scores))
        .isEqualTo(new SeverityRater.Rating(Severity.MEDIUM, "ghsa"));
    Advisory bare = advisory(cvss, Map.of());
    assertThat(SeverityRater.rate(bare, affected(Optional.of("not yet assigned")), SeverityRater.cvss(bare)).severity())
        .isEqualTo(Severity.CRITICAL);
    Advisory none = advisory(List.of(), Map.of());
    assertThat(SeverityRater.rate(none, affected(Optional.empty()), List.of()).severity()).isEqualTo(Severity.UNKNOWN);
  }
}
