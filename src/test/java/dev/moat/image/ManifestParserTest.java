package dev.moat.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.moat.MoatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ManifestParserTest {

  static byte[] resource(String name) {
    try (InputStream in = ManifestParserTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static ManifestParser.Parsed parse(String json) {
    return ManifestParser.parse(json.getBytes(StandardCharsets.UTF_8), Optional.empty(), "manifest x");
  }

  @Test
  void parsesOciManifest() {
    var parsed = ManifestParser.parse(resource("oci-manifest-app.json"), Optional.empty(), "m");
    assertThat(parsed).isInstanceOfSatisfying(ImageManifest.class, m -> {
      assertThat(m.mediaType()).isEqualTo(MediaTypes.OCI_MANIFEST);
      assertThat(m.config().digest()).isEqualTo("sha256:74b551e4323aae8f85a8a5c484083eeef7696ac59aab018fd0a42ba4333701a6");
      assertThat(m.config().size()).isEqualTo(672);
      assertThat(m.layers()).extracting(Descriptor::digest).containsExactly(
          "sha256:133a427681bc32160e16104f93274bfd9ef744e2ba1150e1531d2ecc2cfe7734",
          "sha256:a47b29e2f1570b8b34541da3c3c5117f707fa8d5a4960d1862cd4c64eb0df180");
      assertThat(m.layers().get(0).mediaType()).isEqualTo("application/vnd.oci.image.layer.v1.tar+gzip");
      assertThat(m.layers().get(1).size()).isEqualTo(12648616);
    });
  }

  @Test
  void parsesDockerV2s2ManifestAndGzipLayerType() {
    var parsed = ManifestParser.parse(resource("docker-v2s2-manifest.json"), Optional.empty(), "m");
    assertThat(parsed).isInstanceOfSatisfying(ImageManifest.class, m -> {
      assertThat(m.mediaType()).isEqualTo(MediaTypes.DOCKER_MANIFEST);
      assertThat(m.config().mediaType()).isEqualTo(MediaTypes.DOCKER_CONFIG);
      Layer layer = new Layer(0, m.layers().get(0), "sha256:" + "0".repeat(64));
      assertThat(layer.compression()).isEqualTo(Compression.GZIP);
    });
  }

  @Test
  void parsesLayoutIndexWithRefNames() {
    ImageIndex index = ManifestParser.parseIndex(resource("oci-layout-index.json"), "index.json");
    assertThat(index.manifests()).extracting(d -> d.annotations().get("org.opencontainers.image.ref.name"))
        .containsExactly("bookworm", "app");
  }

  @Test
  void parsesDockerManifestListAndSelectsByPlatform() {
    var parsed = ManifestParser.parse(resource("docker-manifest-list.json"), Optional.empty(), "m");
    assertThat(parsed).isInstanceOfSatisfying(ImageIndex.class, index -> {
      assertThat(index.mediaType()).isEqualTo(MediaTypes.DOCKER_MANIFEST_LIST);
      assertThat(index.select(Platform.LINUX_AMD64, "x").digest())
          .isEqualTo("sha256:5b0bcabd1ed22e9fb1310cf6c2dec7cdef19f0ad69efa1f392e94a4333501270");
      assertThat(index.select(Platform.parse("linux/ppc64le"), "x").size()).isEqualTo(7143);
      assertThatThrownBy(() -> index.select(Platform.parse("linux/arm64"), "cannot read img"))
          .isInstanceOfSatisfying(MoatException.class, e -> assertThat(e.kind()).isEqualTo(MoatException.Kind.NOT_FOUND))
          .hasMessage("cannot read img: no manifest for platform linux/arm64 (the index offers linux/ppc64le, linux/amd64)");
    });
  }

  @Test
  void parsesOciSpecIndexWithPlatforms() {
    ImageIndex index = ManifestParser.parseIndex(resource("oci-image-index-example.json"), "example");
    assertThat(index.mediaType()).isEqualTo(MediaTypes.OCI_INDEX);
    assertThat(index.manifests()).extracting(Descriptor::platform).containsExactly(
        Optional.of(new Platform("linux", "ppc64le", Optional.empty())),
        Optional.of(new Platform("linux", "amd64", Optional.empty())));
    assertThat(index.select(Platform.LINUX_AMD64, "example").size()).isEqualTo(7682);
  }

  @Test
  void infersMediaTypeFromDeclaredTypeOrShape() {
    String digest = "sha256:" + "a".repeat(64);
    String manifest = "{\"schemaVersion\":2,\"config\":{\"digest\":\"" + digest + "\",\"size\":1},\"layers\":[]}";
    assertThat(parse(manifest).mediaType()).isEqualTo(MediaTypes.OCI_MANIFEST);
    assertThat(ManifestParser.parse(manifest.getBytes(StandardCharsets.UTF_8), Optional.of(MediaTypes.DOCKER_MANIFEST),
        "m").mediaType()).isEqualTo(MediaTypes.DOCKER_MANIFEST);
    assertThat(parse("{\"schemaVersion\":2,\"manifests\":[]}").mediaType()).isEqualTo(MediaTypes.OCI_INDEX);
  }

  @Test
  void rejectsMalformedAndUnsupportedDocuments() {
    String digest = "sha256:" + "a".repeat(64);
    assertThatThrownBy(() -> parse("{\"schemaVersion\":2,")).hasMessageStartingWith("manifest x is not valid JSON: ");
    assertThatThrownBy(() -> parse("[1]")).hasMessage("manifest x is not a JSON object");
    assertThatThrownBy(() -> parse("{\"schemaVersion\":1,\"fsLayers\":[]}"))
        .hasMessage("manifest x: unsupported schemaVersion 1 (only schema 2 manifests are supported)");
    assertThatThrownBy(() -> parse("{\"schemaVersion\":2,\"mediaType\":\"application/vnd.docker.distribution.manifest.v1+prettyjws\"}"))
        .hasMessage("manifest x: unsupported manifest media type 'application/vnd.docker.distribution.manifest.v1+prettyjws'");
    assertThatThrownBy(() -> parse("{\"schemaVersion\":2,\"layers\":[]}"))
        .hasMessage("manifest x: the manifest has no config descriptor");
    assertThatThrownBy(() -> parse("{\"schemaVersion\":3}"))
        .hasMessage("manifest x: unsupported schemaVersion 3 (only schema 2 manifests are supported)");
    assertThatThrownBy(() -> parse("{\"schemaVersion\":2,\"config\":{\"digest\":\"md5:1\",\"size\":1}}"))
        .hasMessage("manifest x: config: invalid digest 'md5:1'");
    assertThatThrownBy(() -> parse("{\"schemaVersion\":2,\"config\":{\"digest\":\"sha256:../../etc\",\"size\":1}}"))
        .isInstanceOf(MoatException.class).hasMessageContaining("invalid digest 'sha256:../../etc'");
    assertThatThrownBy(() -> parse("{\"schemaVersion\":2,\"config\":{\"digest\":\"" + digest + "\",\"size\":-1}}"))
        .hasMessageContaining("has no valid size");
    assertThatThrownBy(() -> parse("{\"schemaVersion\":2,\"config\":{\"digest\":\"" + digest + "\",\"size\":1},\"layers\":{}}"))
        .hasMessage("manifest x: layers is not a list");
  }
}
