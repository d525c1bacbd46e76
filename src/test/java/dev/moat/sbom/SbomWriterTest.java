package dev.moat.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cyclonedx.Version;
import org.cyclonedx.parsers.JsonParser;
import org.junit.jupiter.api.Test;

class SbomWriterTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final Inventory inventory = SampleInventories.debianApp();

  private byte[] write(SbomFormat format) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new SbomWriter("test").write(inventory, format, out);
    return out.toByteArray();
  }

  /** Validates {@code document} against the official SPDX 2.3 JSON schema. */
  static Set<ValidationMessage> spdxSchemaErrors(byte[] document) throws Exception {
    try (InputStream schema = SbomWriterTest.class.getResourceAsStream("/schemas/spdx-schema-v2.3.json")) {
      JsonSchema s = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V201909).getSchema(schema);
      return s.validate(JSON.readTree(document));
    }
  }

  @Test
  void cycloneDxIsValid16WithImageSubjectPurlsLayersAndDependencies() throws Exception {
    byte[] bytes = write(SbomFormat.CYCLONEDX);
    assertThat(new JsonParser().validate(bytes, Version.VERSION_16)).isEmpty();

    JsonNode bom = JSON.readTree(bytes);
    assertThat(bom.path("specVersion").asText()).isEqualTo("1.6");
    JsonNode subject = bom.path("metadata").path("component");
    assertThat(subject.path("type").asText()).isEqualTo("container");
    assertThat(subject.path("version").asText()).isEqualTo("sha256:" + "c".repeat(64));
    List<String> purls = new ArrayList<>();
    bom.path("components").forEach(c -> purls.add(c.path("purl").asText()));
    assertThat(purls).contains("pkg:deb/debian/libc6@2.36-9%2Bdeb12u4?arch=amd64&distro=debian-12",
        "pkg:maven/org.apache.struts/struts2-core@2.5.20");
    JsonNode struts = find(bom.path("components"), "name", "struts2-core");
    assertThat(struts.path("group").asText()).isEqualTo("org.apache.struts");
    assertThat(struts.path("hashes").get(0).path("content").asText()).hasSize(40);
    assertThat(struts.path("properties").toString()).contains(SampleInventories.APP)
        .contains("/app/legacy.war!/WEB-INF/lib/struts2-core-2.5.20.jar");
    JsonNode axiosDeps = find(bom.path("dependencies"), "ref", "pkg:npm/axios@0.21.1");
    assertThat(axiosDeps.path("dependsOn").get(0).asText()).isEqualTo("pkg:npm/follow-redirects@1.14.0");
  }

  @Test
  void spdxIsValid23WithImageAsDescribedPackage() throws Exception {
    byte[] bytes = write(SbomFormat.SPDX);
    assertThat(spdxSchemaErrors(bytes)).isEmpty();

    JsonNode doc = JSON.readTree(bytes);
    assertThat(doc.path("spdxVersion").asText()).isEqualTo("SPDX-2.3");
    JsonNode image = find(doc.path("packages"), "SPDXID", "SPDXRef-Image");
    assertThat(image.path("primaryPackagePurpose").asText()).isEqualTo("CONTAINER");
    assertThat(doc.path("packages").size()).isEqualTo(2 + inventory.packages().size());
    assertThat(doc.path("relationships").toString()).contains("DESCRIBES").contains("DEPENDS_ON");
    JsonNode jinja = find(doc.path("packages"), "name", "Jinja2");
    assertThat(jinja.path("licenseDeclared").asText()).isEqualTo("NOASSERTION");
  }

  @Test
  void schemaValidationRejectsABrokenSpdxDocument() throws Exception {
    JsonNode doc = JSON.readTree(write(SbomFormat.SPDX));
    ((com.fasterxml.jackson.databind.node.ObjectNode) doc.path("packages").get(0)).remove("downloadLocation");
    assertThat(spdxSchemaErrors(JSON.writeValueAsBytes(doc))).isNotEmpty();
  }

  @Test
  void moatJsonListsEveryPackageWithPurlAndLayer() throws Exception {
    JsonNode doc = JSON.readTree(write(SbomFormat.JSON));
    assertThat(doc.path("schemaVersion").asInt()).isEqualTo(1);
    assertThat(doc.path("packages").size()).isEqualTo(inventory.packages().size());
    assertThat(find(doc.path("packages"), "name", "libc6").path("layer").asText()).isEqualTo(SampleInventories.BASE);
  }

  private static JsonNode find(JsonNode array, String field, String value) {
    for (JsonNode n : array) {
      if (n.path(field).asText().equals(value)) {
        return n;
      }
    }
    throw new AssertionError("no element with " + field + "=" + value + " in " + array);
  }
}
