package dev.moat.image.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.moat.MoatException;
import dev.moat.image.Digests;
import dev.moat.image.ImageLimits;
import dev.moat.image.MediaTypes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ManifestPullerTest {

  private static final String MANIFEST = "{\"schemaVersion\":2,\"mediaType\":\"" + MediaTypes.OCI_MANIFEST
      + "\",\"config\":{\"mediaType\":\"application/vnd.oci.image.config.v1+json\",\"digest\":\"sha256:"
      + "0".repeat(64) + "\",\"size\":2},\"layers\":[]}";
  private static final String DIGEST = Digests.sha256(MANIFEST.getBytes(StandardCharsets.UTF_8));

  @Test
  void acceptsManifestWhoseDigestHeaderMatches() {
    try (FakeRegistry fake = FakeRegistry.start().on("/v2/app/manifests/1.0", FakeRegistry.Reply.of(200,
        Map.of("Content-Type", MediaTypes.OCI_MANIFEST, "Docker-Content-Digest", DIGEST), MANIFEST));
        RegistryTransport transport = transport(fake, ImageLimits.DEFAULT)) {
      RegistryManifest manifest = new ManifestPuller(transport, "app", "1.0").pull();

      assertThat(manifest.digest()).isEqualTo(DIGEST);
      assertThat(manifest.mediaType()).isEqualTo(MediaTypes.OCI_MANIFEST);
    }
  }

  @Test
  void rejectsManifestWhoseBytesDoNotMatchDockerContentDigest() {
    String claimed = "sha256:" + "1".repeat(64);
    try (FakeRegistry fake = FakeRegistry.start().on("/v2/app/manifests/1.0", FakeRegistry.Reply.of(200,
        Map.of("Content-Type", MediaTypes.OCI_MANIFEST, "Docker-Content-Digest", claimed), MANIFEST));
        RegistryTransport transport = transport(fake, ImageLimits.DEFAULT)) {
      assertThatThrownBy(() -> new ManifestPuller(transport, "app", "1.0").pull())
          .isInstanceOfSatisfying(MoatException.class,
              e -> assertThat(e.kind()).isEqualTo(MoatException.Kind.INVALID_INPUT))
          .hasMessage("manifest " + fake.host() + "/app:1.0 does not match its Docker-Content-Digest " + claimed
              + ": the bytes hash to " + DIGEST);
    }
  }

  @Test
  void rejectsManifestByDigestWithOtherBytes() {
    String asked = "sha256:" + "2".repeat(64);
    try (FakeRegistry fake = FakeRegistry.start().on("/v2/app/manifests/" + asked,
        FakeRegistry.Reply.of(200, Map.of("Content-Type", MediaTypes.OCI_MANIFEST), MANIFEST));
        RegistryTransport transport = transport(fake, ImageLimits.DEFAULT)) {
      assertThatThrownBy(() -> new ManifestPuller(transport, "app", asked).pull())
          .isInstanceOf(MoatException.class)
          .hasMessageContaining("does not match its digest");
    }
  }

  @Test
  void rejectsOversizedManifest() {
    ImageLimits small = new ImageLimits(100, 100, 100, 2.0, 10);
    try (FakeRegistry fake = FakeRegistry.start().on("/v2/app/manifests/1.0",
        FakeRegistry.Reply.of(200, Map.of("Content-Type", MediaTypes.OCI_MANIFEST), MANIFEST));
        RegistryTransport transport = transport(fake, small)) {
      assertThatThrownBy(() -> new ManifestPuller(transport, "app", "1.0").pull())
          .isInstanceOfSatisfying(MoatException.class,
              e -> assertThat(e.kind()).isEqualTo(MoatException.Kind.LIMIT_EXCEEDED))
          .hasMessage("manifest " + fake.host() + "/app:1.0 is " + MANIFEST.length()
              + " bytes, over the limit of 100");
    }
  }

  @Test
  void detectsMediaTypeFromBodyWhenContentTypeIsGeneric() {
    try (FakeRegistry fake = FakeRegistry.start().on("/v2/app/manifests/1.0",
        FakeRegistry.Reply.of(200, Map.of("Content-Type", "application/json"), MANIFEST));
        RegistryTransport transport = transport(fake, ImageLimits.DEFAULT)) {
      assertThat(new ManifestPuller(transport, "app", "1.0").pull().mediaType()).isEqualTo(MediaTypes.OCI_MANIFEST);
    }
  }

  @Test
  void refusesSchemaOne() {
    try (FakeRegistry fake = FakeRegistry.start().on("/v2/app/manifests/1.0",
        FakeRegistry.Reply.of(200, Map.of("Content-Type", "application/json"), "{\"schemaVersion\":1}"));
        RegistryTransport transport = transport(fake, ImageLimits.DEFAULT)) {
      assertThatThrownBy(() -> new ManifestPuller(transport, "app", "1.0").pull())
          .hasMessageContaining("Docker schema 1");
    }
  }

  private static RegistryTransport transport(FakeRegistry fake, ImageLimits limits) {
    return new RegistryTransport(fake.host(), fake.host(),
        RegistryTransportTest.options(0, Duration.ofSeconds(5)).withLimits(limits), Map.of());
  }
}
