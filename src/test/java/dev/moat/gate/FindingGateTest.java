package dev.moat.gate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.match.Finding;
import dev.moat.match.FixStatus;
import dev.moat.match.Severity;
import dev.moat.sbom.Package;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FindingGateTest {

  @TempDir Path dir;

  private static final Package LOG4J = Package.of("maven", "org.apache.logging.log4j:log4j-core", "2.14.1", "/app/a.jar");
  private static final Package SNAKE = Package.of("maven", "org.yaml:snakeyaml", "1.33", "/app/lib/snakeyaml-1.33.jar");
  private static final Package BASH = Package.of("deb", "bash", "5.2.15-2+b2", "/var/lib/dpkg/status");

  private static Finding finding(String id, List<String> aliases, Package p, Severity s, FixStatus status) {
    return new Finding(id, aliases, p, p.version(), status == FixStatus.FIXED ? List.of("9") : List.of(), status, s,
        "test", List.of(), Optional.empty(), Optional.empty(), List.of(), false, "test");
  }

  private final List<Finding> findings = List.of(
      finding("CVE-2021-44228", List.of("GHSA-jfh8-c2jp-5v3q"), LOG4J, Severity.CRITICAL, FixStatus.FIXED),
      finding("CVE-2022-1471", List.of("GHSA-mjmj-j48q-9wg2"), SNAKE, Severity.HIGH, FixStatus.FIXED),
      finding("CVE-2022-3715", List.of(), BASH, Severity.LOW, FixStatus.AFFECTED));

  private static String purl(Package p) {
    return dev.moat.sbom.PurlFactory.purl(p, Optional.empty());
  }

  private List<String> keptIds(FindingGate gate) {
    return gate.apply(findings, FindingGateTest::purl, Optional.empty()).kept().stream().map(Finding::id).toList();
  }

  @Test
  void severityListAndIgnoreUnfixedSelectFindings() {
    LocalDate today = LocalDate.of(2026, 12, 1);
    assertThat(keptIds(new FindingGate(Set.of(Severity.CRITICAL), false, List.of(), List.of(), today)))
        .containsExactly("CVE-2021-44228");
    assertThat(keptIds(new FindingGate(Set.of(), true, List.of(), List.of(), today)))
        .containsExactly("CVE-2021-44228", "CVE-2022-1471");
  }

  @Test
  void ignoreEntryByAliasRemovesExactlyThatFindingUntilItExpires() throws Exception {
    Path ignore = dir.resolve(".moatignore");
    Files.writeString(ignore, "# accepted risk\nGHSA-mjmj-j48q-9wg2 exp:2027-01-31 # we never load untrusted YAML\n");
    List<IgnoreRule> rules = IgnoreFile.read(ignore);

    GateResult before = new FindingGate(Set.of(), false, rules, List.of(), LocalDate.of(2026, 12, 1))
        .apply(findings, FindingGateTest::purl, Optional.empty());
    assertThat(before.kept()).extracting(Finding::id).containsExactly("CVE-2021-44228", "CVE-2022-3715");
    assertThat(before.suppressed()).singleElement().satisfies(s -> {
      assertThat(s.finding().id()).isEqualTo("CVE-2022-1471");
      assertThat(s.reason()).contains("line 2").contains("untrusted YAML");
    });

    GateResult after = new FindingGate(Set.of(), false, rules, List.of(), LocalDate.of(2027, 2, 1))
        .apply(findings, FindingGateTest::purl, Optional.empty());
    assertThat(after.kept()).hasSize(3);
    assertThat(after.warnings()).singleElement().asString().contains("expired");
  }

  @Test
  void vexNotAffectedForThePackagePurlRemovesExactlyThatFinding() throws Exception {
    Path vex = dir.resolve("app.openvex.json");
    Files.writeString(vex, """
        {
          "@context": "https://openvex.dev/ns/v0.2.0",
          "@id": "https://example.com/vex/1",
          "author": "app team",
          "timestamp": "2026-11-30T10:00:00Z",
          "version": 1,
          "statements": [
            {
              "vulnerability": {"name": "CVE-2021-44228"},
              "products": [{"@id": "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1"}],
              "status": "not_affected",
              "justification": "vulnerable_code_not_in_execute_path"
            },
            {
              "vulnerability": {"name": "CVE-2022-1471"},
              "products": [{"@id": "pkg:maven/org.yaml/snakeyaml@1.33"}],
              "status": "affected"
            }
          ]
        }
        """);
    GateResult result = new FindingGate(Set.of(), false, List.of(), VexDocument.read(vex), LocalDate.of(2026, 12, 1))
        .apply(findings, FindingGateTest::purl, Optional.empty());
    assertThat(result.kept()).extracting(Finding::id).containsExactly("CVE-2022-1471", "CVE-2022-3715");
    assertThat(result.suppressed()).singleElement().extracting(Suppression::reason).asString()
        .contains("not_affected");
  }

  @Test
  void vexOnTheImageWithSubcomponentsAppliesToThoseSubcomponentsOnly() {
    VexStatement s = new VexStatement("CVE-2022-3715", List.of(), List.of(new VexStatement.Product(
        "pkg:oci/app@sha256:abc", List.of("pkg:deb/debian/bash"))), "not_affected", Optional.empty());
    GateResult result = new FindingGate(Set.of(), false, List.of(), List.of(s), LocalDate.of(2026, 12, 1))
        .apply(findings, p -> p == BASH ? "pkg:deb/debian/bash@5.2.15-2%2Bb2?arch=amd64" : purl(p),
            Optional.of("pkg:oci/app@sha256:abc"));
    assertThat(result.suppressed()).extracting(x -> x.finding().id()).containsExactly("CVE-2022-3715");
  }

  @Test
  void secretsAreFilteredByIgnoredRuleForItsPathAndBySeverity() {
    dev.moat.analyze.LayerSecret env = secret("aws-access-key-id", dev.moat.secret.Severity.CRITICAL, "/app/config/.env");
    dev.moat.analyze.LayerSecret doc = secret("aws-access-key-id", dev.moat.secret.Severity.CRITICAL, "/srv/docs/x.md");
    dev.moat.analyze.LayerSecret jwt = secret("jwt-token", dev.moat.secret.Severity.MEDIUM, "/app/token");
    IgnoreRule underApp = new IgnoreRule("aws-access-key-id", List.of(), List.of("/app"), Optional.empty(),
        Optional.empty(), 0);
    IgnoreRule expired = new IgnoreRule("jwt-token", List.of(), List.of(), Optional.of(LocalDate.of(2026, 1, 1)),
        Optional.empty(), 0);
    LocalDate today = LocalDate.of(2026, 12, 1);

    assertThat(new FindingGate(Set.of(), false, List.of(underApp, expired), List.of(), today)
        .applyToSecrets(List.of(env, doc, jwt))).containsExactly(doc, jwt);
    assertThat(new FindingGate(Set.of(Severity.CRITICAL), false, List.of(), List.of(), today)
        .applyToSecrets(List.of(env, doc, jwt))).containsExactly(env, doc);
  }

  private static dev.moat.analyze.LayerSecret secret(String rule, dev.moat.secret.Severity severity, String path) {
    return new dev.moat.analyze.LayerSecret(new dev.moat.secret.SecretFinding(rule, "test", severity, rule, path, 1, 1,
        "****", "****"), "sha256:" + "1".repeat(64), false);
  }
}
