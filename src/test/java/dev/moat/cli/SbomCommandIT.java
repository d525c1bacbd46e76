package dev.moat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.moat.scan.Fixtures;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code moat sbom} end to end on the real fixture images. */
class SbomCommandIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path work;

  @Test
  void cycloneDxAndSpdxOfTheAppImageAreValidAndNameTheImage() throws Exception {
    Map<String, String> env = Map.of("MOAT_CACHE_DIR", work.resolve("cache").toString());
    String image = "docker-archive:" + Fixtures.file("app.docker.tar");
    MoatProcess.Result cdx = MoatProcess.run(env, "sbom", "--format", "cyclonedx", image);
    assertThat(cdx.exitCode()).as(cdx.stderr()).isZero();
    assertThat(new org.cyclonedx.parsers.JsonParser().validate(cdx.stdout().getBytes(), org.cyclonedx.Version.VERSION_16))
        .isEmpty();
    JsonNode bom = JSON.readTree(cdx.stdout());
    assertThat(bom.path("metadata").path("component").path("type").asText()).isEqualTo("container");
    assertThat(bom.path("components").toString())
        .contains("pkg:deb/debian/libc6@")
        .contains("distro=debian-12")
        .contains("pkg:maven/org.apache.struts/struts2-core@2.5.20")
        .contains("pkg:npm/axios@0.21.1")
        .contains("pkg:golang/stdlib@1.19.8");

    MoatProcess.Result spdx = MoatProcess.run(env, "sbom", "--format", "spdx", image);
    assertThat(spdx.exitCode()).as(spdx.stderr()).isZero();
    try (InputStream schema = getClass().getResourceAsStream("/schemas/spdx-schema-v2.3.json")) {
      assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V201909).getSchema(schema)
          .validate(JSON.readTree(spdx.stdout()))).isEmpty();
    }
  }
}
