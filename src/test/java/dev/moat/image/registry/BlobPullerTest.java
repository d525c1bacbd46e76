package dev.moat.image.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.moat.MoatException;
import dev.moat.image.Digests;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BlobPullerTest {

  private static final String REAL = "the layer the manifest promised";
  private static final String DIGEST = Digests.sha256(REAL.getBytes(StandardCharsets.UTF_8));

  @Test
  void streamsBlobMatchingItsDigest() throws Exception {
    try (FakeRegistry fake = FakeRegistry.start().on("/v2/app/blobs/" + DIGEST, FakeRegistry.Reply.of(200, Map.of(), REAL));
        RegistryTransport transport = transport(fake);
        InputStream in = new BlobPuller(transport, "app", DIGEST).pull(REAL.length(), 1000)) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(REAL);
    }
  }

  @Test
  void tamperedBlobFailsAtEndOfStream() throws Exception {
    String tampered = "the layer an attacker substituted";
    try (FakeRegistry fake = FakeRegistry.start().on("/v2/app/blobs/" + DIGEST,
        FakeRegistry.Reply.of(200, Map.of(), tampered));
        RegistryTransport transport = transport(fake);
        InputStream in = new BlobPuller(transport, "app", DIGEST).pull(-1, 1000)) {
      byte[] firstBytes = in.readNBytes(4);

      assertThat(firstBytes).hasSize(4);
      assertThatThrownBy(in::readAllBytes)
          .isInstanceOfSatisfying(MoatException.class,
              e -> assertThat(e.kind()).isEqualTo(MoatException.Kind.INVALID_INPUT))
          .hasMessage("blob " + DIGEST + " of " + fake.host() + "/app does not match its digest " + DIGEST
              + " (content hashes to " + Digests.sha256(tampered.getBytes(StandardCharsets.UTF_8)) + ")");
    }
  }

  @Test
  void blobOverTheLimitIsRefusedFromContentLength() {
    try (FakeRegistry fake = FakeRegistry.start().on("/v2/app/blobs/" + DIGEST, FakeRegistry.Reply.of(200, Map.of(), REAL));
        RegistryTransport transport = transport(fake)) {
      assertThatThrownBy(() -> new BlobPuller(transport, "app", DIGEST).pull(-1, 10))
          .isInstanceOfSatisfying(MoatException.class,
              e -> assertThat(e.kind()).isEqualTo(MoatException.Kind.LIMIT_EXCEEDED));
    }
  }

  @Test
  void refusesNonSha256Digest() {
    try (FakeRegistry fake = FakeRegistry.start(); RegistryTransport transport = transport(fake)) {
      assertThatThrownBy(() -> new BlobPuller(transport, "app", "md5:abc"))
          .hasMessage("blob digest 'md5:abc' is not a sha256 digest");
    }
  }

  private static RegistryTransport transport(FakeRegistry fake) {
    return new RegistryTransport(fake.host(), fake.host(), RegistryTransportTest.options(0, Duration.ofSeconds(5)),
        Map.of());
  }
}
