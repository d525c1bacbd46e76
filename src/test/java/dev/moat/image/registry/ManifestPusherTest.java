package dev.moat.image.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.moat.MoatException;
import dev.moat.image.Digests;
import dev.moat.image.MediaTypes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ManifestPusherTest {

  private static final byte[] MANIFEST = "{\"schemaVersion\":2}".getBytes(StandardCharsets.UTF_8);

  @Test
  void returnsTheDigestOfTheBytesPushed() {
    try (FakeRegistry fake = FakeRegistry.start().on("/v2/app/manifests/v1",
        FakeRegistry.Reply.of(201, Map.of("Docker-Content-Digest", Digests.sha256(MANIFEST)), ""));
        RegistryTransport transport = transport(fake)) {
      assertThat(new ManifestPusher(transport, "app", "v1").push(MediaTypes.OCI_MANIFEST, MANIFEST))
          .isEqualTo(Digests.sha256(MANIFEST));
      assertThat(fake.log()).containsExactly("PUT /v2/app/manifests/v1");
    }
  }

  @Test
  void registryStoringOtherBytesIsAnError() {
    String other = "sha256:" + "3".repeat(64);
    try (FakeRegistry fake = FakeRegistry.start().on("/v2/app/manifests/v1",
        FakeRegistry.Reply.of(201, Map.of("Docker-Content-Digest", other), ""));
        RegistryTransport transport = transport(fake)) {
      assertThatThrownBy(() -> new ManifestPusher(transport, "app", "v1").push(MediaTypes.OCI_MANIFEST, MANIFEST))
          .isInstanceOf(MoatException.class)
          .hasMessageContaining("stored manifest " + fake.host() + "/app:v1 as " + other);
    }
  }

  @Test
  void rejectedManifestReportsTheRegistryError() {
    try (FakeRegistry fake = FakeRegistry.start().on("/v2/app/manifests/v1", FakeRegistry.Reply.of(400, Map.of(),
        "{\"errors\":[{\"code\":\"MANIFEST_BLOB_UNKNOWN\",\"message\":\"blob unknown to registry\"}]}"));
        RegistryTransport transport = transport(fake)) {
      assertThatThrownBy(() -> new ManifestPusher(transport, "app", "v1").push(MediaTypes.OCI_MANIFEST, MANIFEST))
          .hasMessage("registry " + fake.host() + " answered 400 Bad Request (MANIFEST_BLOB_UNKNOWN: blob unknown to"
              + " registry) to push manifest " + fake.host() + "/app:v1");
    }
  }

  private static RegistryTransport transport(FakeRegistry fake) {
    return new RegistryTransport(fake.host(), fake.host(), RegistryTransportTest.options(0, Duration.ofSeconds(5)),
        Map.of());
  }
}
