package dev.moat.image.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.moat.MoatException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DigestVerifyingInputStreamTest {

  private static final byte[] DATA = "layer bytes".getBytes(StandardCharsets.UTF_8);
  private static final String DIGEST = Sha256.of(DATA);

  @Test
  void passesMatchingBytesThrough() throws Exception {
    try (InputStream in = stream(DATA, DIGEST, DATA.length, 100)) {
      assertThat(in.readAllBytes()).isEqualTo(DATA);
    }
  }

  @Test
  void skippedBytesAreStillHashed() throws Exception {
    try (InputStream in = stream(DATA, DIGEST, -1, 100)) {
      assertThat(in.skip(5)).isEqualTo(5);
      assertThat(in.readAllBytes()).hasSize(DATA.length - 5);
    }
  }

  @Test
  void truncatedBlobFailsAtEnd() {
    byte[] half = java.util.Arrays.copyOf(DATA, 4);
    assertThatThrownBy(() -> stream(half, DIGEST, DATA.length, 100).readAllBytes())
        .hasMessage("blob x is truncated: 4 of " + DATA.length + " bytes");
  }

  @Test
  void longerThanDescriptorFailsWhileReading() {
    assertThatThrownBy(() -> stream(DATA, DIGEST, 3, 100).readAllBytes())
        .hasMessage("blob x is longer than its descriptor's 3 bytes");
  }

  @Test
  void overTheLimitFailsWhileReading() {
    assertThatThrownBy(() -> stream(DATA, DIGEST, -1, 5).readAllBytes())
        .isInstanceOfSatisfying(MoatException.class,
            e -> assertThat(e.kind()).isEqualTo(MoatException.Kind.LIMIT_EXCEEDED));
  }

  private static InputStream stream(byte[] bytes, String digest, long size, long max) {
    return new DigestVerifyingInputStream(new ByteArrayInputStream(bytes), digest, size, max, "blob x");
  }
}
