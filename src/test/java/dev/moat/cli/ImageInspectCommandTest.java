package dev.moat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.moat.image.OciLayoutWriter;
import dev.moat.image.TestLayers;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageInspectCommandTest {

  @TempDir Path tmp;

  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }

  private OciLayoutWriter.Written image() {
    return new OciLayoutWriter(tmp.resolve("layout")).add("v1", "linux/amd64",
        List.of(new TestLayers().file("etc/os-release", "ID=test").tar()));
  }

  @Test
  void printsStableJsonFields() throws Exception {
    OciLayoutWriter.Written written = image();
    Result r = run("image", "inspect", "--format", "json", "oci:" + tmp.resolve("layout") + ":v1");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.properties()).extracting(java.util.Map.Entry::getKey).containsExactly("name", "reference",
        "manifestDigest", "indexDigest", "manifestMediaType", "platform", "os", "architecture", "variant", "created",
        "configDigest", "configMediaType", "configSize", "config", "diffIds", "layers");
    assertThat(json.path("manifestDigest").asText()).isEqualTo(written.manifestDigest());
    assertThat(json.path("configDigest").asText()).isEqualTo(written.configDigest());
    assertThat(json.path("diffIds").get(0).asText()).isEqualTo(written.diffIds().get(0));
    assertThat(json.path("layers").get(0).path("digest").asText()).isEqualTo(written.layerDigests().get(0));
    assertThat(json.path("config").path("user").asText()).isEqualTo("app");
    assertThat(json.path("config").path("labels").path("org.example.tag").asText()).isEqualTo("v1");
    assertThat(json.path("reference").isNull()).isTrue();
  }

  @Test
  void printsATable() {
    OciLayoutWriter.Written written = image();
    Result r = run("image", "inspect", "oci:" + tmp.resolve("layout") + ":v1");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Manifest digest: " + written.manifestDigest())
        .contains("Env:             PATH=/usr/bin")
        .contains("Label:           org.example.tag=v1")
        .containsPattern("0 +" + written.layerDigests().get(0) + " +\\d+ +" + written.diffIds().get(0));
  }

  @Test
  void reportsErrorsOnOneLineWithExitCode2() {
    Result r = run("image", "inspect", "oci:" + tmp.resolve("missing"));
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("moat: error: cannot read oci:" + tmp.resolve("missing") + ": no such directory "
        + tmp.resolve("missing") + System.lineSeparator());
    Result badPlatform = run("image", "inspect", "--platform", "linux", "oci:" + tmp);
    assertThat(badPlatform.code()).isEqualTo(2);
    assertThat(badPlatform.err()).contains("invalid platform 'linux'");
  }
}
