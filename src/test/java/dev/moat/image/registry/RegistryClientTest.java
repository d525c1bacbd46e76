package dev.moat.image.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.moat.MoatException;
import dev.moat.image.Digests;
import dev.moat.image.MediaTypes;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RegistryClientTest {

  @RegisterExtension
  static final RegistryServer REGISTRY = RegistryServer.plain();

  private static RegistryClient client;
  private static TinyImage image;

  @BeforeAll
  static void pushImage() {
    client = RegistryClient.open(REGISTRY.host(), REGISTRY.options(), Map.of());
    image = TinyImage.push(client, "tiny", "v1", "linux", "amd64", "hello");
    client.pushManifest("tiny", "v2", MediaTypes.OCI_MANIFEST, image.manifest());
    client.pushManifest("tiny", "v3", MediaTypes.OCI_MANIFEST, image.manifest());
    TinyImage.push(client, "other/repo", "latest", "linux", "amd64", "other");
  }

  @AfterAll
  static void closeClient() {
    client.close();
  }

  @Test
  void manifestDigestEqualsTheRegistrysDockerContentDigest() throws Exception {
    RegistryManifest manifest = client.pullManifest("tiny", "v1");

    assertThat(manifest.digest()).isEqualTo(REGISTRY.dockerContentDigest("tiny", "v1"));
    assertThat(manifest.digest()).isEqualTo(image.manifestDigest());
    assertThat(manifest.mediaType()).isEqualTo(MediaTypes.OCI_MANIFEST);
    assertThat(manifest.bytes()).isEqualTo(image.manifest());
  }

  @Test
  void pullsManifestByDigest() {
    RegistryManifest manifest = client.pullManifest("tiny", image.manifestDigest());

    assertThat(manifest.digest()).isEqualTo(image.manifestDigest());
  }

  @Test
  void streamsAndVerifiesBlob() throws Exception {
    try (InputStream in = client.pullBlob("tiny", image.layerDigest(), image.layer().length, 1 << 20)) {
      assertThat(in.readAllBytes()).isEqualTo(image.layer());
    }
  }

  @Test
  void checksBlobPresence() {
    assertThat(client.checkBlob("tiny", image.layerDigest())).contains((long) image.layer().length);
    assertThat(client.checkBlob("tiny", Digests.sha256("absent".getBytes(StandardCharsets.UTF_8)))).isEmpty();
  }

  @Test
  void listsTagsAcrossPagesOfOne() {
    assertThat(client.listTags("tiny", 1)).containsExactly("v1", "v2", "v3");
  }

  @Test
  void listsRepositoriesAcrossPages() {
    assertThat(client.listRepositories(1)).contains("other/repo", "tiny");
  }

  @Test
  void missingTagIsNotFoundNamingTheReference() {
    assertThatThrownBy(() -> client.pullManifest("tiny", "missing"))
        .isInstanceOfSatisfying(MoatException.class, e -> assertThat(e.kind()).isEqualTo(MoatException.Kind.NOT_FOUND))
        .hasMessageContaining(REGISTRY.host() + "/tiny:missing")
        .hasMessageContaining("MANIFEST_UNKNOWN");
  }

  @Test
  void findManifestIsEmptyForMissingTagOrRepository() {
    assertThat(client.findManifest("tiny", RegistryClient.signatureTag("sha256:" + "9".repeat(64)))).isEmpty();
    assertThat(client.findManifest("no/such/repo", "v1")).isEmpty();
    assertThat(client.findManifest("tiny", "v1")).map(RegistryManifest::digest).contains(image.manifestDigest());
  }

  @Test
  void missingBlobIsNotFound() {
    String digest = Digests.sha256("nothing".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> client.pullBlob("tiny", digest, -1, 100))
        .isInstanceOfSatisfying(MoatException.class, e -> assertThat(e.kind()).isEqualTo(MoatException.Kind.NOT_FOUND))
        .hasMessageContaining(digest);
  }

  @Test
  void mountsBlobFromAnotherRepository() {
    assertThat(client.mountBlob("mounted", image.layerDigest(), "tiny")).isTrue();

    assertThat(client.checkBlob("mounted", image.layerDigest())).isPresent();
  }

  @Test
  void pushesBlobWithMountFallingBackToUpload() {
    byte[] data = "uploaded after a failed mount".getBytes(StandardCharsets.UTF_8);
    String digest = Digests.sha256(data);

    client.pushBlob("uploads", digest, data.length, () -> new ByteArrayInputStream(data), Optional.of("tiny"));

    assertThat(client.pullBlobBytes("uploads", digest, data.length, 1024)).isEqualTo(data);
  }

  @Test
  void registryRejectsUploadWhoseBytesDoNotMatchTheDigest() {
    byte[] data = "real".getBytes(StandardCharsets.UTF_8);
    String wrongDigest = Digests.sha256("claimed".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> client.pushBlob("uploads", wrongDigest, data.length,
        () -> new ByteArrayInputStream(data), Optional.empty()))
        .isInstanceOf(MoatException.class)
        .hasMessageContaining("DIGEST_INVALID");
  }

  @Test
  void pushesAndReadsSignatureArtifactByTag() {
    byte[] payload = "{\"critical\":{}}".getBytes(StandardCharsets.UTF_8);
    String payloadDigest = client.pushBlob("tiny", payload);
    byte[] emptyConfig = "{}".getBytes(StandardCharsets.UTF_8);
    String configDigest = client.pushBlob("tiny", emptyConfig);
    String manifest = "{\"schemaVersion\":2,\"mediaType\":\"" + MediaTypes.OCI_MANIFEST + "\",\"config\":{"
        + "\"mediaType\":\"application/vnd.oci.image.config.v1+json\",\"digest\":\"" + configDigest
        + "\",\"size\":2},\"layers\":[{\"mediaType\":\"application/vnd.dev.cosign.simplesigning.v1+json\","
        + "\"digest\":\"" + payloadDigest + "\",\"size\":" + payload.length + "}]}";
    String tag = RegistryClient.signatureTag(image.manifestDigest());

    client.pushManifest("tiny", tag, MediaTypes.OCI_MANIFEST, manifest.getBytes(StandardCharsets.UTF_8));

    assertThat(tag).startsWith("sha256-").endsWith(".sig").doesNotContain(":");
    assertThat(client.listTags("tiny")).contains(tag);
    assertThat(new String(client.pullManifest("tiny", tag).bytes(), StandardCharsets.UTF_8)).isEqualTo(manifest);
    assertThat(client.pullBlobBytes("tiny", payloadDigest, payload.length, 1024)).isEqualTo(payload);
  }

  @Test
  void listsTagsOfUnknownRepositoryAsNotFound() {
    assertThatThrownBy(() -> client.listTags("nope"))
        .isInstanceOfSatisfying(MoatException.class, e -> assertThat(e.kind()).isEqualTo(MoatException.Kind.NOT_FOUND));
  }

  @Test
  void plainHttpNeedsInsecure() {
    try (RegistryClient secure = RegistryClient.open(REGISTRY.host(), dev.moat.image.ImageOptions.DEFAULT
        .withLimits(REGISTRY.options().limits()), Map.of())) {
      assertThatThrownBy(() -> secure.listTags("tiny"))
          .isInstanceOfSatisfying(MoatException.class, e -> assertThat(e.kind()).isEqualTo(MoatException.Kind.NETWORK))
          .hasMessageContaining("cannot reach registry " + REGISTRY.host());
    }
  }

  @Test
  void signatureTagReplacesTheColon() {
    assertThat(RegistryClient.signatureTag("sha256:abc")).isEqualTo("sha256-abc.sig");
    assertThat(List.of(RegistryClient.signatureTag("sha256:0"))).containsExactly("sha256-0.sig");
  }
}
