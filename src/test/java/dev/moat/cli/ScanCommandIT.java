package dev.moat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.moat.image.OciLayoutWriter;
import dev.moat.image.TestLayers;
import dev.moat.scan.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code moat scan} end to end, as a CI pipeline runs it: the real jar, the real fixture images, a
 * database built by {@code moat db build} from real advisories bundled in the test resources.
 */
class ScanCommandIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path work;
  static Path db;
  static Map<String, String> env;

  @BeforeAll
  static void buildDatabase() throws Exception {
    Path advisories = Path.of("src/test/resources/dev/moat/scan/advisories");
    db = work.resolve("test.db");
    env = Map.of("MOAT_CACHE_DIR", work.resolve("cache").toString());
    MoatProcess.Result built = MoatProcess.run(env, "db", "build", "--from", advisories.resolve("ghsa").toString(),
        "--from", advisories.resolve("golang").toString(), "--from", advisories.resolve("kev").toString(),
        "--output", db.toString());
    assertThat(built.exitCode()).as(built.stderr()).isZero();
  }

  private static MoatProcess.Result scan(String... args) {
    List<String> all = new ArrayList<>(List.of("scan", "--db", db.toString()));
    all.addAll(List.of(args));
    return MoatProcess.run(env, all.toArray(String[]::new));
  }

  private static String app() {
    return "oci-archive:" + Fixtures.file("app.oci.tar");
  }

  private static List<JsonNode> vulnerabilities(JsonNode report) {
    List<JsonNode> all = new ArrayList<>();
    report.path("results").forEach(r -> r.path("vulnerabilities").forEach(all::add));
    return all;
  }

  private static JsonNode find(List<JsonNode> vulns, String id, String pkg) {
    return vulns.stream().filter(v -> v.path("id").asText().equals(id) && v.path("pkgName").asText().equals(pkg))
        .findFirst().orElseThrow(() -> new AssertionError(id + " in " + pkg + " not reported"));
  }

  @Test
  void knownAdvisoriesOfTheAppImageAreReportedWithFixedVersionsAndTheSecretIsMasked() throws Exception {
    MoatProcess.Result result = scan("--format", "json", app());
    assertThat(result.exitCode()).as(result.stderr()).isZero();
    JsonNode report = JSON.readTree(result.stdout());
    List<JsonNode> vulns = vulnerabilities(report);

    JsonNode text4shell = find(vulns, "CVE-2022-42889", "org.apache.commons:commons-text");
    assertThat(text4shell.path("fixedVersions").get(0).asText()).isEqualTo("1.10.0");
    assertThat(text4shell.path("severity").asText()).isEqualTo("CRITICAL");
    assertThat(text4shell.path("aliases").toString()).contains("GHSA-599f-7c49-w659");
    JsonNode struts = find(vulns, "CVE-2020-17530", "org.apache.struts:struts2-core");
    assertThat(struts.path("knownExploited").asBoolean()).isTrue();
    assertThat(struts.path("path").asText()).startsWith("/app/legacy.war!/WEB-INF/lib/");
    assertThat(find(vulns, "CVE-2021-3749", "axios").path("fixedVersions").get(0).asText()).isEqualTo("0.21.2");
    assertThat(vulns).filteredOn(v -> v.path("pkgName").asText().equals("stdlib"))
        .isNotEmpty()
        .allSatisfy(v -> assertThat(v.path("installedVersion").asText()).isEqualTo("1.19.8"));

    assertThat(report.path("secrets").toString()).contains("aws-access-key-id").contains("/app/config/.env");
    assertThat(result.stdout()).doesNotContain("AKIA2E0A8F3B244C9986").doesNotContain("Tq3WcJ9rV1fZ8mXo2LbN7eKs5YuHd4Pg6AiQz0Cw");
    List<String> deleted = Fixtures.truth("deleted.txt").stream().map(r -> r[0]).toList();
    assertThat(vulns).noneSatisfy(v -> assertThat(deleted).anyMatch(d -> v.path("path").asText().startsWith(d)));
  }

  @Test
  void exitCodeGateFailsOnCriticalFindingsOnly() {
    assertThat(scan("--exit-code", "1", "--severity", "CRITICAL", "--scanners", "vuln", app()).exitCode()).isEqualTo(1);
    MoatProcess.Result base = scan("--exit-code", "1", "--severity", "CRITICAL", "--scanners", "vuln",
        "oci-archive:" + Fixtures.file("bookworm.oci.tar"));
    assertThat(base.exitCode()).as(base.stderr()).isZero();
  }

  @Test
  void ignoreFileAndVexEachRemoveExactlyTheFindingTheyName() throws Exception {
    List<JsonNode> before = vulnerabilities(JSON.readTree(scan("--format", "json", "--scanners", "vuln", app()).stdout()));

    Path ignore = work.resolve(".moatignore");
    Files.writeString(ignore, "# Text4Shell: we never call StringSubstitutor with user input\nCVE-2022-42889\n");
    JsonNode ignored = JSON.readTree(scan("--format", "json", "--scanners", "vuln", "--ignorefile", ignore.toString(),
        app()).stdout());
    assertThat(vulnerabilities(ignored)).hasSize(before.size() - 1)
        .noneMatch(v -> v.path("id").asText().equals("CVE-2022-42889"));
    assertThat(ignored.path("suppressed").get(0).path("id").asText()).isEqualTo("CVE-2022-42889");

    Path vex = work.resolve("app.vex.json");
    Files.writeString(vex, """
        {"@context": "https://openvex.dev/ns/v0.2.0", "@id": "https://example.com/vex/app-1", "author": "app team",
         "timestamp": "2026-12-01T00:00:00Z", "version": 1,
         "statements": [{"vulnerability": {"name": "CVE-2021-3749"},
                         "products": [{"@id": "pkg:npm/axios@0.21.1"}],
                         "status": "not_affected", "justification": "vulnerable_code_not_in_execute_path"}]}
        """);
    JsonNode vexed = JSON.readTree(scan("--format", "json", "--scanners", "vuln", "--vex", vex.toString(), app()).stdout());
    assertThat(vulnerabilities(vexed)).hasSize(before.size() - 1)
        .noneMatch(v -> v.path("id").asText().equals("CVE-2021-3749"));
  }

  @Test
  void sarifAndCycloneDxReportsAreWrittenToFilesAtomically() throws Exception {
    Path sarif = work.resolve("out/moat.sarif");
    MoatProcess.Result result = scan("--format", "sarif", "--output", sarif.toString(), app());
    assertThat(result.exitCode()).as(result.stderr()).isZero();
    assertThat(result.stdout()).isEmpty();
    assertThat(JSON.readTree(sarif.toFile()).path("runs").get(0).path("results").size()).isGreaterThan(10);
    try (var files = Files.list(sarif.getParent())) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("moat.sarif");
    }
    Path cdx = work.resolve("out/moat.cdx.json");
    assertThat(scan("--format", "cyclonedx", "--output", cdx.toString(), app()).exitCode()).isZero();
    assertThat(new org.cyclonedx.parsers.JsonParser().validate(cdx.toFile(), org.cyclonedx.Version.VERSION_16)).isEmpty();
  }

  @Test
  void secretOnlyScanNeedsNoDatabase() {
    MoatProcess.Result result = MoatProcess.run(env, "scan", "--scanners", "secret", "--exit-code", "3", app());
    assertThat(result.exitCode()).as(result.stderr()).isEqualTo(3);
    assertThat(result.stdout()).contains("aws-access-key-id").doesNotContain("AKIA2E0A8F3B244C9986");
  }

  @Test
  void hostileImagesGiveOneClearErrorLineAndExitTwo() throws Exception {
    Path dir = work.resolve("evil");
    OciLayoutWriter writer = new OciLayoutWriter(dir);
    writer.add("escape", "linux/amd64", List.of(new TestLayers().file("etc/ok", "x").file("../../etc/passwd", "root").tar()));
    writer.add("hardlink", "linux/amd64", List.of(new TestLayers().hardlink("etc/shadow", "../../../etc/shadow").tar()));
    for (String tag : List.of("escape", "hardlink")) {
      MoatProcess.Result result = MoatProcess.run(env, "scan", "--scanners", "secret", "oci:" + dir + ":" + tag);
      assertThat(result.exitCode()).as(result.stderr()).isEqualTo(2);
      assertThat(result.stderr().strip().lines()).singleElement().asString()
          .startsWith("moat: error: ").contains("oci:" + dir + ":" + tag).doesNotContain("Exception");
    }
    MoatProcess.Result missingDb = MoatProcess.run(env, "scan", "--db", work.resolve("nope.db").toString(), app());
    assertThat(missingDb.exitCode()).isEqualTo(2);
    assertThat(missingDb.stderr()).contains("no vulnerability database at").contains("nope.db");
    MoatProcess.Result badFormat = scan("--format", "xml", app());
    assertThat(badFormat.exitCode()).isEqualTo(2);
    assertThat(badFormat.stderr().strip()).isEqualTo("moat: error: unknown format 'xml': use table, json, sarif, cyclonedx or spdx");
  }
}
