package dev.moat.image.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BlobCheckerTest {

  private static final String DIGEST = "sha256:" + "a".repeat(64);

  @Test
  void presentBlobReportsItsLengthAndMissingIsEmpty() {
    try (FakeRegistry fake = FakeRegistry.start().on("/v2/app/blobs/" + DIGEST,
        new FakeRegistry.Reply(200, Map.of(), new byte[1234]));
        RegistryTransport transport = transport(fake)) {
      assertThat(new BlobChecker(transport, "app", DIGEST).check()).contains(1234L);
      assertThat(new BlobChecker(transport, "other", DIGEST).check()).isEmpty();
      assertThat(fake.log()).containsExactly("HEAD /v2/app/blobs/" + DIGEST, "HEAD /v2/other/blobs/" + DIGEST);
    }
  }

  private static RegistryTransport transport(FakeRegistry fake) {
    return new RegistryTransport(fake.host(), fake.host(), RegistryTransportTest.options(0, Duration.ofSeconds(5)),
        Map.of());
  }
}
