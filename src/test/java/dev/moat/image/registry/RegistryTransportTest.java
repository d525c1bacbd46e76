package dev.moat.image.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.moat.MoatException;
import dev.moat.image.ImageLimits;
import dev.moat.image.ImageOptions;
import dev.moat.image.Platform;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegistryTransportTest {

  private static final String TAGS = "/v2/app/tags/list";
  private static final FakeRegistry.Reply OK =
      FakeRegistry.Reply.of(200, Map.of("Content-Type", "application/json"), "{\"name\":\"app\",\"tags\":[\"1.0\"]}");

  @Test
  void retriesTooManyRequestsHonouringRetryAfterThenSucceeds() {
    try (FakeRegistry fake = FakeRegistry.start().on(TAGS,
        FakeRegistry.Reply.of(429, Map.of("Retry-After", "0"), ""), FakeRegistry.Reply.of(429, Map.of(), ""), OK);
        RegistryClient client = RegistryClient.open(fake.host(), options(3, Duration.ofSeconds(5)), Map.of())) {

      assertThat(client.listTags("app")).containsExactly("1.0");
      assertThat(fake.requests()).isEqualTo(3);
    }
  }

  @Test
  void serverErrorsAfterRetriesAreNetworkFailuresWithTheErrorBody() {
    FakeRegistry.Reply error = FakeRegistry.Reply.of(500, Map.of("Content-Type", "application/json"),
        "{\"errors\":[{\"code\":\"UNKNOWN\",\"message\":\"storage backend down\"}]}");
    try (FakeRegistry fake = FakeRegistry.start().on(TAGS, error);
        RegistryClient client = RegistryClient.open(fake.host(), options(2, Duration.ofSeconds(5)), Map.of())) {

      assertThatThrownBy(() -> client.listTags("app"))
          .isInstanceOfSatisfying(MoatException.class, e -> assertThat(e.kind()).isEqualTo(MoatException.Kind.NETWORK))
          .hasMessage("registry " + fake.host() + " answered 500 Internal Server Error (UNKNOWN: storage backend down)"
              + " to GET " + TAGS + " after 3 attempts");
    }
  }

  @Test
  void registryThatAcceptsButNeverAnswersFailsWithinTheReadTimeout() throws Exception {
    List<Socket> held = new ArrayList<>();
    try (ServerSocket hanging = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Thread.ofVirtual().start(() -> {
        try {
          while (true) {
            held.add(hanging.accept());
          }
        } catch (IOException closed) {
          // test over
        }
      });
      String host = "127.0.0.1:" + hanging.getLocalPort();
      try (RegistryClient client = RegistryClient.open(host, options(0, Duration.ofMillis(500)), Map.of())) {
        assertThatThrownBy(() -> client.pullManifest("app", "1.0"))
            .isInstanceOfSatisfying(MoatException.class, e -> assertThat(e.kind()).isEqualTo(MoatException.Kind.NETWORK))
            .hasMessageContaining("cannot reach registry " + host)
            .hasMessageContaining("no answer within 500 ms");
      }
    } finally {
      for (Socket socket : held) {
        socket.close();
      }
    }
  }

  @Test
  void refusedConnectionIsRetriedThenNetworkFailure() throws Exception {
    int port = RegistryServer.freePort();
    try (RegistryClient client = RegistryClient.open("127.0.0.1:" + port, options(1, Duration.ofSeconds(2)), Map.of())) {
      assertThatThrownBy(() -> client.listTags("app"))
          .isInstanceOfSatisfying(MoatException.class, e -> assertThat(e.kind()).isEqualTo(MoatException.Kind.NETWORK))
          .hasMessageContaining("after 2 attempts")
          .hasMessageContaining("connection refused");
    }
  }

  @Test
  void forbiddenIsUnauthorized() {
    try (FakeRegistry fake = FakeRegistry.start().on(TAGS, FakeRegistry.Reply.of(403, Map.of(),
        "{\"errors\":[{\"code\":\"DENIED\",\"message\":\"requested access to the resource is denied\"}]}"));
        RegistryClient client = RegistryClient.open(fake.host(), options(0, Duration.ofSeconds(5)), Map.of())) {
      assertThatThrownBy(() -> client.listTags("app"))
          .isInstanceOfSatisfying(MoatException.class,
              e -> assertThat(e.kind()).isEqualTo(MoatException.Kind.UNAUTHORIZED))
          .hasMessage("registry " + fake.host() + " refused credentials for app: 403 Forbidden"
              + " (DENIED: requested access to the resource is denied)");
    }
  }

  @Test
  void redirectIsFollowedWithoutCredentials() throws Exception {
    try (FakeRegistry storage = FakeRegistry.start().on("/signed/blob", FakeRegistry.Reply.of(200, Map.of(), "data"));
        FakeRegistry fake = FakeRegistry.start().on("/v2/app/blobs/x",
            FakeRegistry.Reply.of(307, Map.of("Location", "http://" + storage.host() + "/signed/blob"), ""))) {
      RegistryTransport transport = new RegistryTransport(fake.host(), fake.host(), options(0, Duration.ofSeconds(5)),
          Map.of());
      HttpResponse<InputStream> response = transport.send(RegistryRequest.get("/v2/app/blobs/x", "s", "app", Map.of()));

      try (InputStream body = response.body()) {
        assertThat(new String(body.readAllBytes())).isEqualTo("data");
      }
      assertThat(response.request().headers().firstValue("Authorization")).isEmpty();
      transport.close();
    }
  }

  static ImageOptions options(int retries, Duration readTimeout) {
    return new ImageOptions(Platform.LINUX_AMD64, true, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Duration.ofMillis(500), readTimeout, retries, ImageLimits.DEFAULT);
  }
}
