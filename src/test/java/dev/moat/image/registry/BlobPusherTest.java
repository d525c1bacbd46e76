package dev.moat.image.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.image.Digests;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BlobPusherTest {

  private static final byte[] DATA = "blob".getBytes(StandardCharsets.UTF_8);
  private static final String DIGEST = Digests.sha256(DATA);
  private static final String ENCODED = DIGEST.replace(":", "%3A");

  @Test
  void mountAnsweredWith201SendsNoBytes() {
    try (FakeRegistry fake = FakeRegistry.start().on("/v2/app/blobs/uploads/",
        FakeRegistry.Reply.of(201, Map.of("Location", "/v2/app/blobs/" + DIGEST), ""));
        RegistryTransport transport = transport(fake)) {
      boolean mounted = new BlobPusher(transport, "app", DIGEST)
          .push(DATA.length, () -> new ByteArrayInputStream(DATA), Optional.of("base"));

      assertThat(mounted).isTrue();
      assertThat(fake.log()).containsExactly("POST /v2/app/blobs/uploads/?mount=" + ENCODED + "&from=base");
    }
  }

  @Test
  void uploadPutsToTheLocationKeepingItsQuery() {
    try (FakeRegistry fake = FakeRegistry.start()
        .on("/v2/app/blobs/uploads/", FakeRegistry.Reply.of(202,
            Map.of("Location", "/v2/app/blobs/uploads/u-1?_state=abc"), ""))
        .on("/v2/app/blobs/uploads/u-1", FakeRegistry.Reply.of(201, Map.of(), ""));
        RegistryTransport transport = transport(fake)) {
      boolean mounted = new BlobPusher(transport, "app", DIGEST)
          .push(DATA.length, () -> new ByteArrayInputStream(DATA), Optional.empty());

      assertThat(mounted).isFalse();
      assertThat(fake.log()).containsExactly("POST /v2/app/blobs/uploads/",
          "PUT /v2/app/blobs/uploads/u-1?_state=abc&digest=" + ENCODED);
    }
  }

  @Test
  void refusedMountCancelsTheUploadSession() {
    try (FakeRegistry fake = FakeRegistry.start()
        .on("/v2/app/blobs/uploads/", FakeRegistry.Reply.of(202, Map.of("Location", "/v2/app/blobs/uploads/u-2"), ""))
        .on("/v2/app/blobs/uploads/u-2", FakeRegistry.Reply.of(204, Map.of(), ""));
        RegistryTransport transport = transport(fake)) {
      assertThat(new BlobPusher(transport, "app", DIGEST).mount("base")).isFalse();
      assertThat(fake.log()).containsExactly("POST /v2/app/blobs/uploads/?mount=" + ENCODED + "&from=base",
          "DELETE /v2/app/blobs/uploads/u-2");
    }
  }

  private static RegistryTransport transport(FakeRegistry fake) {
    return new RegistryTransport(fake.host(), fake.host(), RegistryTransportTest.options(0, Duration.ofSeconds(5)),
        Map.of());
  }
}
