package dev.moat.secret;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SecretMaskerTest {

  private static final byte[] LINE = "token=abc123secret # abc123secret again é".getBytes(StandardCharsets.UTF_8);

  @Test
  void masksTheSecretAndItsCopiesKeepingUtf8() {
    String masked = SecretMasker.maskedLine(LINE, 0, LINE.length, 6, 18);

    assertThat(masked).isEqualTo("token=************ # ************ again é");
  }

  @Test
  void masksTheMatch() {
    assertThat(SecretMasker.maskedMatch(LINE, 0, 18, 6, 18)).isEqualTo("token=************");
  }

  @Test
  void masksAMultiLineSecretToTheEndOfItsFirstLine() {
    byte[] pem = "-----BEGIN KEY-----\nAAAA\nBBBB\n-----END KEY-----".getBytes(StandardCharsets.US_ASCII);

    assertThat(SecretMasker.maskedLine(pem, 20, 24, 20, 29)).isEqualTo("****");
    assertThat(SecretMasker.maskedMatch(pem, 0, pem.length, 20, 29))
        .isEqualTo("-----BEGIN KEY-----\n*********\n-----END KEY-----");
  }
}
