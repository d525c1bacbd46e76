package dev.moat.image.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.moat.MoatException;
import dev.moat.image.Compression;
import dev.moat.image.Digests;
import dev.moat.image.Image;
import dev.moat.image.ImageLimits;
import dev.moat.image.ImageOptions;
import dev.moat.image.ImageReference;
import dev.moat.image.ImageSource;
import dev.moat.image.Layer;
import dev.moat.image.MediaTypes;
import dev.moat.image.Platform;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Reads the fixture image "app" (src/test/fixtures/make-images.sh) from a real registry after
 * {@code skopeo copy}, as OCI and as Docker v2 schema 2, and a two-platform index built from it.
 */
class RegistryImageSourceFixtureTest {

  @RegisterExtension
  static final RegistryServer REGISTRY = RegistryServer.plain();

  private static Path fixtures;
  private static String multiIndexDigest;
  private static String armManifestDigest;

  @BeforeAll
  static void fillRegistry() throws Exception {
    fixtures = dev.moat.scan.Fixtures.dir();
    REGISTRY.skopeoCopy("oci:" + fixtures.resolve("oci") + ":app", "app:1.0");
    REGISTRY.skopeoCopy("oci:" + fixtures.resolve("oci") + ":app", "app:v2s2", "--format", "v2s2");
    pushTwoPlatformIndex();
  }

  /** app for linux/amd64 plus the same layers under an arm64/v8 config, in one OCI index. */
  private static void pushTwoPlatformIndex() throws Exception {
    ObjectMapper json = new ObjectMapper();
    try (RegistryClient client = RegistryClient.open(REGISTRY.host(), REGISTRY.options(), Map.of())) {
      RegistryManifest amd = client.pullManifest("app", "1.0");
      ObjectNode manifest = (ObjectNode) json.readTree(amd.bytes());
      String configDigest = manifest.get("config").get("digest").asText();
      ObjectNode config = (ObjectNode) json.readTree(client.pullBlobBytes("app", configDigest, -1, 1 << 20));
      config.put("architecture", "arm64").put("variant", "v8");
      byte[] armConfig = json.writeValueAsBytes(config);
      ((ObjectNode) manifest.get("config")).put("digest", client.pushBlob("app", armConfig)).put("size", armConfig.length);
      byte[] armManifest = json.writeValueAsBytes(manifest);
      armManifestDigest = client.pushManifest("app", Digests.sha256(armManifest), MediaTypes.OCI_MANIFEST, armManifest);
      byte[] index = json.writeValueAsBytes(Map.of("schemaVersion", 2, "mediaType", MediaTypes.OCI_INDEX,
          "manifests", List.of(
              Map.of("mediaType", MediaTypes.OCI_MANIFEST, "digest", amd.digest(), "size", amd.bytes().length,
                  "platform", Map.of("os", "linux", "architecture", "amd64")),
              Map.of("mediaType", MediaTypes.OCI_MANIFEST, "digest", armManifestDigest, "size", armManifest.length,
                  "platform", Map.of("os", "linux", "architecture", "arm64", "variant", "v8")))));
      multiIndexDigest = client.pushManifest("app", "multi", MediaTypes.OCI_INDEX, index);
      RegistryManifest v2s2 = client.pullManifest("app", "v2s2");
      byte[] list = json.writeValueAsBytes(Map.of("schemaVersion", 2, "mediaType", MediaTypes.DOCKER_MANIFEST_LIST,
          "manifests", List.of(Map.of("mediaType", MediaTypes.DOCKER_MANIFEST, "digest", v2s2.digest(),
              "size", v2s2.bytes().length, "platform", Map.of("os", "linux", "architecture", "amd64")))));
      client.pushManifest("app", "list", MediaTypes.DOCKER_MANIFEST_LIST, list);
    }
  }

  @Test
  void resolvesOciImageWithTheRegistrysDigest() throws Exception {
    try (ImageSource source = open("1.0", REGISTRY.options())) {
      Image image = source.image();

      assertThat(image.manifestDigest()).contains(REGISTRY.dockerContentDigest("app", "1.0"));
      assertThat(image.manifestDigest()).contains(fixtureManifestDigest("app"));
      assertThat(image.indexDigest()).isEmpty();
      assertThat(image.manifestMediaType()).isEqualTo(MediaTypes.OCI_MANIFEST);
      assertThat(image.name()).isEqualTo(REGISTRY.host() + "/app:1.0");
      assertThat(image.platform()).isEqualTo(Platform.LINUX_AMD64);
      assertThat(image.layers()).hasSize(image.config().diffIds().size()).isNotEmpty();
    }
  }

  @Test
  void layersStreamVerifiedAndDecompressToTheirDiffIds() throws Exception {
    try (ImageSource source = open("1.0", REGISTRY.options())) {
      for (Layer layer : source.image().layers()) {
        assertThat(layer.compression()).isEqualTo(Compression.GZIP);
        MessageDigest uncompressed = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new DigestInputStream(new GZIPInputStream(source.openLayer(layer)), uncompressed)) {
          in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        assertThat("sha256:" + HexFormat.of().formatHex(uncompressed.digest())).isEqualTo(layer.diffId());
      }
    }
  }

  @Test
  void readsDockerSchema2Manifest() throws Exception {
    try (ImageSource source = open("v2s2", REGISTRY.options())) {
      Image image = source.image();

      assertThat(image.manifestMediaType()).isEqualTo(MediaTypes.DOCKER_MANIFEST);
      assertThat(image.manifestDigest()).contains(REGISTRY.dockerContentDigest("app", "v2s2"));
      assertThat(image.layers().getFirst().blob().mediaType()).isEqualTo("application/vnd.docker.image.rootfs.diff.tar.gzip");
    }
  }

  @Test
  void indexResolvesToTheRequestedPlatform() throws Exception {
    try (ImageSource amd = open("multi", REGISTRY.options());
        ImageSource arm = open("multi", REGISTRY.options().withPlatform(Platform.parse("linux/arm64")))) {
      assertThat(amd.image().indexDigest()).contains(REGISTRY.dockerContentDigest("app", "multi"))
          .contains(multiIndexDigest);
      assertThat(amd.image().manifestDigest()).contains(REGISTRY.dockerContentDigest("app", "1.0"));
      assertThat(arm.image().manifestDigest()).contains(armManifestDigest);
      assertThat(arm.image().platform()).isEqualTo(Platform.parse("linux/arm64/v8"));
    }
  }

  @Test
  void dockerManifestListResolvesToItsSchema2Manifest() throws Exception {
    try (ImageSource source = open("list", REGISTRY.options())) {
      Image image = source.image();

      assertThat(image.indexDigest()).contains(REGISTRY.dockerContentDigest("app", "list"));
      assertThat(image.manifestDigest()).contains(REGISTRY.dockerContentDigest("app", "v2s2"));
      assertThat(image.manifestMediaType()).isEqualTo(MediaTypes.DOCKER_MANIFEST);
    }
  }

  @Test
  void indexPulledByDigestKeepsThatDigest() {
    ImageReference byDigest = new ImageReference(REGISTRY.host(), "app", Optional.empty(), Optional.of(multiIndexDigest));
    try (ImageSource source = RegistryImageSource.open(byDigest, REGISTRY.options(), Map.of())) {
      assertThat(source.image().indexDigest()).contains(multiIndexDigest);
      assertThat(source.image().name()).isEqualTo(REGISTRY.host() + "/app@" + multiIndexDigest);
    }
  }

  @Test
  void indexWithoutTheRequestedPlatformIsNotFound() {
    try (ImageSource source = open("multi", REGISTRY.options().withPlatform(Platform.parse("linux/arm64/v7")))) {
      assertThatThrownBy(source::image)
          .isInstanceOfSatisfying(MoatException.class, e -> assertThat(e.kind()).isEqualTo(MoatException.Kind.NOT_FOUND))
          .hasMessage("cannot read image " + REGISTRY.host() + "/app:multi: no manifest for platform linux/arm64/v7"
              + " (the index offers linux/amd64, linux/arm64/v8)");
    }
  }

  @Test
  void missingTagIsNotFound() {
    try (ImageSource source = open("missing", REGISTRY.options())) {
      assertThatThrownBy(source::image)
          .isInstanceOfSatisfying(MoatException.class, e -> assertThat(e.kind()).isEqualTo(MoatException.Kind.NOT_FOUND))
          .hasMessageStartingWith("cannot read image " + REGISTRY.host() + "/app:missing: manifest "
              + REGISTRY.host() + "/app:missing: not found: 404 Not Found (MANIFEST_UNKNOWN");
    }
  }

  @Test
  void manifestAndConfigSizesAreBounded() {
    ImageLimits d = ImageLimits.DEFAULT;
    ImageOptions tinyManifest = REGISTRY.options().withLimits(new ImageLimits(100, d.maxConfigBytes(),
        d.maxLayerBytes(), d.maxCompressionRatio(), d.maxEntries()));
    ImageOptions tinyConfig = REGISTRY.options().withLimits(new ImageLimits(d.maxManifestBytes(), 100,
        d.maxLayerBytes(), d.maxCompressionRatio(), d.maxEntries()));
    try (ImageSource manifest = open("1.0", tinyManifest); ImageSource config = open("1.0", tinyConfig)) {
      assertThatThrownBy(manifest::image)
          .isInstanceOfSatisfying(MoatException.class,
              e -> assertThat(e.kind()).isEqualTo(MoatException.Kind.LIMIT_EXCEEDED))
          .hasMessageContaining("over the limit of 100");
      assertThatThrownBy(config::image)
          .isInstanceOfSatisfying(MoatException.class,
              e -> assertThat(e.kind()).isEqualTo(MoatException.Kind.LIMIT_EXCEEDED))
          .hasMessageContaining("config sha256:");
    }
  }

  private static ImageSource open(String tag, ImageOptions options) {
    return RegistryImageSource.open(new ImageReference(REGISTRY.host(), "app", Optional.of(tag), Optional.empty()),
        options, Map.of());
  }

  private static String fixtureManifestDigest(String refName) throws Exception {
    JsonNode index = new ObjectMapper().readTree(Files.readString(fixtures.resolve("oci/index.json"),
        StandardCharsets.UTF_8));
    for (JsonNode entry : index.get("manifests")) {
      if (refName.equals(entry.path("annotations").path("org.opencontainers.image.ref.name").asText())) {
        return entry.get("digest").asText();
      }
    }
    throw new AssertionError("fixture has no " + refName);
  }
}
