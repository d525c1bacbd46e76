package dev.moat.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cyclonedx.Version;
import org.cyclonedx.parsers.JsonParser;
import org.junit.jupiter.api.Test;

class ReportWritersTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final ScanReport report = SampleReports.sample();

  @Test
  void jsonReportMatchesItsPublishedSchema() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new JsonReportWriter().write(report, out);
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
        .getSchema(Files.newInputStream(Path.of("docs/schemas/moat-report-v1.schema.json")));
    JsonNode doc = JSON.readTree(out.toByteArray());
    assertThat(schema.validate(doc)).isEmpty();
    assertThat(doc.path("results").get(0).path("class").asText()).isEqualTo("os-pkgs");
    assertThat(doc.path("results").get(1).path("vulnerabilities").get(0).path("id").asText()).isEqualTo("CVE-2021-44228");
    assertThat(doc.path("suppressed").get(0).path("reason").asText()).isEqualTo("VEX not_affected");
  }

  @Test
  void sarifIsValid210WithSecuritySeverityForGitHub() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new SarifReportWriter().write(report, out);
    JsonNode doc = JSON.readTree(out.toByteArray());
    try (InputStream schema = getClass().getResourceAsStream("/schemas/sarif-2.1.0-rtm.5.json")) {
      JsonSchema sarif = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(schema);
      assertThat(sarif.validate(doc)).isEmpty();
      JsonNode broken = doc.deepCopy();
      ((com.fasterxml.jackson.databind.node.ObjectNode) broken.path("runs").get(0).path("results").get(0))
          .put("level", "fatal");
      assertThat(sarif.validate(broken)).isNotEmpty();
    }
    JsonNode rules = doc.path("runs").get(0).path("tool").path("driver").path("rules");
    assertThat(rules).hasSize(3);
    assertThat(rules.get(1).path("properties").path("security-severity").asText()).isEqualTo("10.0");
    JsonNode results = doc.path("runs").get(0).path("results");
    assertThat(results.get(1).path("locations").get(0).path("physicalLocation").path("artifactLocation")
        .path("uri").asText()).isEqualTo("app/lib/log4j-core-2.14.1.jar");
    assertThat(results.get(2).path("ruleId").asText()).isEqualTo("aws-access-key-id");
  }

  @Test
  void cycloneDxCarriesVulnerabilitiesAffectingComponentBomRefs() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new CycloneDxReportWriter().write(report, out);
    assertThat(new JsonParser().validate(out.toByteArray(), Version.VERSION_16)).isEmpty();
    JsonNode bom = JSON.readTree(out.toByteArray());
    JsonNode vuln = bom.path("vulnerabilities").get(1);
    assertThat(vuln.path("id").asText()).isEqualTo("CVE-2021-44228");
    assertThat(vuln.path("references").get(0).path("id").asText()).isEqualTo("GHSA-jfh8-c2jp-5v3q");
    String ref = vuln.path("affects").get(0).path("ref").asText();
    JsonNode component = null;
    for (JsonNode c : bom.path("components")) {
      if (c.path("bom-ref").asText().equals(ref)) {
        component = c;
      }
    }
    assertThat(component).isNotNull();
    assertThat(component.path("purl").asText()).isEqualTo("pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1");
  }

  @Test
  void tableGroupsByTargetWithCountsAndNoColourWhenNotATerminal() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new TableReportWriter(false).write(report, out);
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text).contains("oci-archive:app.oci.tar (debian 12) (deb)")
        .contains("Total: 1 (UNKNOWN: 0, LOW: 0, MEDIUM: 0, HIGH: 1, CRITICAL: 0)")
        .contains("/app/lib/log4j-core-2.14.1.jar (maven)")
        .contains("CVE-2021-44228 (KEV)")
        .contains("AWS_ACCESS_KEY_ID=****")
        .doesNotContain("\u001B[");
    ByteArrayOutputStream coloured = new ByteArrayOutputStream();
    new TableReportWriter(true).write(report, coloured);
    assertThat(coloured.toString(StandardCharsets.UTF_8)).contains("\u001B[1;31mCRITICAL");
  }
}
