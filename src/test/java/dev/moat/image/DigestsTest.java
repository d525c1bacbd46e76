package dev.moat.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DigestsTest {

  @Test
  void hashesAndVerifies() {
    byte[] empty = new byte[0];
    // The well-known SHA-256 of the empty string.
    assertThat(Digests.sha256(empty))
        .isEqualTo("sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    Digests.verify(empty, Digests.sha256(empty), "blob");
    byte[] other = "x".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Digests.verify(other, Digests.sha256(empty), "cannot read i: config"))
        .hasMessageStartingWith("cannot read i: config does not match its digest sha256:e3b0");
  }

  @Test
  void refusesMalformedDigests() {
    for (String bad : new String[] {"sha256:abc", "sha256", "SHA256:" + "a".repeat(64), "sha256:" + "A".repeat(64),
        "sha1:" + "a".repeat(40), "sha256:../../../../etc/passwd"}) {
      assertThatThrownBy(() -> Digests.forDigest(bad, "blob")).as(bad).hasMessage("blob: invalid digest '" + bad + "'");
    }
    assertThat(Digests.forDigest("sha512:" + "a".repeat(128), "blob").getAlgorithm()).isEqualTo("SHA-512");
  }

  @Test
  void recognisesOnlyWellFormedSha256() {
    assertThat(Digests.isSha256(Digests.sha256(new byte[0]))).isTrue();
    for (String other : new String[] {"sha512:" + "a".repeat(128), "md5:abc", "sha256:" + "A".repeat(64),
        "sha256:" + "a".repeat(63), "sha256:../../etc/passwd", ""}) {
      assertThat(Digests.isSha256(other)).as(other).isFalse();
    }
    assertThat(Digests.isSha256(null)).isFalse();
  }
}
