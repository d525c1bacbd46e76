package dev.moat.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.moat.MoatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class DigestVerifyingInputStreamTest {

  private static final byte[] DATA = "hello layer".getBytes(StandardCharsets.UTF_8);

  private static String sha512(byte[] data) throws Exception {
    return "sha512:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-512").digest(data));
  }

  @Test
  void passesMatchingSha256AndSha512() throws Exception {
    try (var in = new DigestVerifyingInputStream(new ByteArrayInputStream(DATA), Digests.sha256(DATA), DATA.length, "blob")) {
      assertThat(in.readAllBytes()).isEqualTo(DATA);
    }
    try (var in = new DigestVerifyingInputStream(new ByteArrayInputStream(DATA), sha512(DATA), -1, "blob")) {
      assertThat(in.readAllBytes()).isEqualTo(DATA);
    }
  }

  @Test
  void failsOnMismatchNamingTheBlob() {
    String other = Digests.sha256("other".getBytes(StandardCharsets.UTF_8));
    var in = new DigestVerifyingInputStream(new ByteArrayInputStream(DATA), other, -1, "cannot read x: blob " + other);
    assertThatThrownBy(in::readAllBytes)
        .isInstanceOfSatisfying(MoatException.class, e -> assertThat(e.kind()).isEqualTo(MoatException.Kind.INVALID_INPUT))
        .hasMessage("cannot read x: blob " + other + " does not match its digest " + other + " (content hashes to "
            + Digests.sha256(DATA) + ")");
  }

  @Test
  void failsOnSha512Mismatch() throws Exception {
    String wrong = sha512("x".getBytes(StandardCharsets.UTF_8));
    var in = new DigestVerifyingInputStream(new ByteArrayInputStream(DATA), wrong, -1, "blob");
    assertThatThrownBy(in::readAllBytes).isInstanceOf(MoatException.class).hasMessageContaining("does not match");
  }

  @Test
  void failsOnTruncationAndOnExtraBytes() {
    var shorter = new DigestVerifyingInputStream(new ByteArrayInputStream(DATA), Digests.sha256(DATA), DATA.length + 5, "blob");
    assertThatThrownBy(shorter::readAllBytes).hasMessage("blob is truncated (11 of 16 bytes)");
    var longer = new DigestVerifyingInputStream(new ByteArrayInputStream(DATA), Digests.sha256(DATA), 4, "blob");
    assertThatThrownBy(longer::readAllBytes).hasMessage("blob is larger than the 4 bytes its descriptor says");
  }

  @Test
  void failsOverTheLimitWhenTheSizeIsUnknown() {
    var in = new DigestVerifyingInputStream(new ByteArrayInputStream(DATA), Digests.sha256(DATA), -1, 5, "blob");
    assertThatThrownBy(in::readAllBytes)
        .isInstanceOfSatisfying(MoatException.class,
            e -> assertThat(e.kind()).isEqualTo(MoatException.Kind.LIMIT_EXCEEDED))
        .hasMessage("blob is over the limit of 5 bytes");
  }

  @Test
  void readsUpToTheLimitExactly() throws IOException {
    var in = new DigestVerifyingInputStream(new ByteArrayInputStream(DATA), Digests.sha256(DATA), -1, DATA.length,
        "blob");
    assertThat(in.readAllBytes()).isEqualTo(DATA);
  }

  @Test
  void skipStillHashes() throws IOException {
    String other = Digests.sha256("other".getBytes(StandardCharsets.UTF_8));
    var in = new DigestVerifyingInputStream(new ByteArrayInputStream(DATA), other, -1, "blob");
    assertThat(in.skip(5)).isEqualTo(5);
    assertThatThrownBy(in::readAllBytes).hasMessageContaining("does not match");
  }

  @Test
  void rejectsMalformedDigest() {
    assertThatThrownBy(() -> new DigestVerifyingInputStream(new ByteArrayInputStream(DATA), "md5:abcd", -1, "blob"))
        .isInstanceOf(MoatException.class)
        .hasMessage("blob: invalid digest 'md5:abcd'");
  }
}
