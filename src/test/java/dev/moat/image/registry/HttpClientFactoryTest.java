package dev.moat.image.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.moat.MoatException;
import dev.moat.image.ImageOptions;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpClientFactoryTest {

  @TempDir
  Path dir;

  @Test
  void caFileWithoutCertificateIsInvalidInput() throws Exception {
    Path pem = Files.writeString(dir.resolve("ca.pem"), "not a certificate\n");
    ImageOptions options = new ImageOptions(ImageOptions.DEFAULT.platform(), false, Optional.of(pem),
        Optional.empty(), Optional.empty(), Optional.empty(), ImageOptions.DEFAULT.connectTimeout(),
        ImageOptions.DEFAULT.readTimeout(), 0, ImageOptions.DEFAULT.limits());

    assertThatThrownBy(() -> HttpClientFactory.create(options))
        .isInstanceOfSatisfying(MoatException.class,
            e -> assertThat(e.kind()).isEqualTo(MoatException.Kind.INVALID_INPUT))
        .hasMessageStartingWith("cannot read CA certificate " + pem);
  }

  @Test
  void usesHttp11AndDoesNotFollowRedirectsItself() {
    try (HttpClient client = HttpClientFactory.create(ImageOptions.DEFAULT)) {
      assertThat(client.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
      assertThat(client.followRedirects()).isEqualTo(HttpClient.Redirect.NEVER);
      assertThat(client.connectTimeout()).contains(ImageOptions.DEFAULT.connectTimeout());
    }
  }
}
