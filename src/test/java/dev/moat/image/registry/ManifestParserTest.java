package dev.moat.image.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.moat.image.Descriptor;
import dev.moat.image.Platform;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ManifestParserTest {

  @Test
  void readsFixtureManifest() throws Exception {
    byte[] bytes = resource("app-manifest.json");
    ManifestParser.ImageManifest manifest = ManifestParser.manifest(bytes, "app");

    assertThat(Sha256.of(bytes)).isEqualTo("sha256:c2057bd36cd16df91c7b4106c5fe267041a4145af868b5984cec6228f17f88b4");
    assertThat(manifest.config().digest()).isEqualTo(Sha256.of(resource("app-config.json")));
    assertThat(manifest.config().size()).isEqualTo(resource("app-config.json").length);
    assertThat(manifest.layers()).extracting(Descriptor::mediaType)
        .containsOnly("application/vnd.oci.image.layer.v1.tar+gzip").hasSize(2);
  }

  @Test
  void readsSpecExampleIndexWithPlatforms() throws Exception {
    List<Descriptor> entries = ManifestParser.index(resource("oci-image-index-example.json"), "example");

    assertThat(entries).extracting(Descriptor::platform).containsExactly(
        Optional.of(new Platform("linux", "ppc64le", Optional.empty())),
        Optional.of(new Platform("linux", "amd64", Optional.empty())));
    assertThat(entries.get(1).size()).isEqualTo(7682);
  }

  @Test
  void refusesOtherSchemaVersionsAndBadDigests() {
    assertThatThrownBy(() -> ManifestParser.manifest(bytes("{\"schemaVersion\":3}"), "x"))
        .hasMessage("manifest x has schemaVersion 3, Moat reads only 2");
    assertThatThrownBy(() -> ManifestParser.manifest(bytes("{\"schemaVersion\":2,\"config\":{\"digest\":\"md5:1\","
        + "\"size\":1},\"layers\":[]}"), "x"))
        .hasMessage("manifest x has an invalid or non-sha256 digest 'md5:1'");
  }

  static byte[] resource(String name) throws Exception {
    try (InputStream in = ManifestParserTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
