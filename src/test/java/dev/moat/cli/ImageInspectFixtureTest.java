package dev.moat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code moat image inspect --format json} on the real fixture images, across the three local transports. */
class ImageInspectFixtureTest {

  private static Path fixtures;

  @BeforeAll
  static void fixtures() {
    fixtures = dev.moat.scan.Fixtures.dir();
  }

  private static JsonNode inspect(String image) throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"image", "inspect", "--format", "json", image}, new PrintWriter(out),
        new PrintWriter(err));
    assertThat(code).as(err.toString()).isZero();
    return new ObjectMapper().readTree(out.toString());
  }

  @Test
  void appHasTheSameConfigAndDiffIdsThroughEveryTransport() throws Exception {
    JsonNode oci = inspect("oci:" + fixtures.resolve("oci") + ":app");
    JsonNode ociArchive = inspect("oci-archive:" + fixtures.resolve("app.oci.tar"));
    JsonNode dockerArchive = inspect("docker-archive:" + fixtures.resolve("app.docker.tar"));

    assertThat(oci.path("configDigest").asText()).startsWith("sha256:");
    assertThat(ociArchive.path("configDigest")).isEqualTo(oci.path("configDigest"));
    assertThat(dockerArchive.path("configDigest")).isEqualTo(oci.path("configDigest"));
    assertThat(oci.path("diffIds")).hasSize(2);
    assertThat(ociArchive.path("diffIds")).isEqualTo(oci.path("diffIds"));
    assertThat(dockerArchive.path("diffIds")).isEqualTo(oci.path("diffIds"));

    assertThat(oci.path("manifestDigest").asText()).startsWith("sha256:");
    assertThat(ociArchive.path("manifestDigest")).isEqualTo(oci.path("manifestDigest"));
    assertThat(dockerArchive.path("manifestDigest").isNull()).isTrue();

    assertThat(oci.path("config").path("workingDir").asText()).isEqualTo("/app");
    assertThat(oci.path("platform").asText()).isEqualTo("linux/amd64");
    assertThat(dockerArchive.path("reference").asText()).isEqualTo("moat.test/app:1.0");
    for (int i = 0; i < 2; i++) {
      assertThat(oci.path("layers").path(i).path("diffId")).isEqualTo(oci.path("diffIds").path(i));
    }
  }

  @Test
  void bookwormAndAppDifferInTheirTopLayerOnly() throws Exception {
    JsonNode bookworm = inspect("oci:" + fixtures.resolve("oci") + ":bookworm");
    JsonNode app = inspect("oci-archive:" + fixtures.resolve("app.oci.tar"));
    assertThat(bookworm.path("diffIds")).hasSize(1);
    assertThat(app.path("diffIds").path(0)).isEqualTo(bookworm.path("diffIds").path(0));
    assertThat(app.path("manifestDigest")).isNotEqualTo(bookworm.path("manifestDigest"));
  }
}
