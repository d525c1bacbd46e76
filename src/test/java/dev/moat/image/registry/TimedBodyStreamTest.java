package dev.moat.image.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class TimedBodyStreamTest {

  @Test
  void deliversWholeBody() throws Exception {
    String body = "x".repeat(100_000);
    try (FakeRegistry fake = FakeRegistry.start().on("/blob", FakeRegistry.Reply.of(200, Map.of(), body));
        HttpClient client = HttpClient.newHttpClient()) {
      HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(URI.create("http://" + fake.host()
          + "/blob")).build(), TimedBodyStream.handler(Duration.ofSeconds(5)));

      try (InputStream in = response.body()) {
        assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(body);
      }
    }
  }

  @Test
  void serverStallingMidBodyFailsTheReadAfterTheTimeout() throws Exception {
    CountDownLatch done = new CountDownLatch(1);
    try (ServerSocket server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        HttpClient client = HttpClient.newHttpClient()) {
      Thread.ofVirtual().start(() -> {
        try (Socket socket = server.accept()) {
          socket.getInputStream().read(new byte[4096]);
          OutputStream out = socket.getOutputStream();
          out.write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nabc".getBytes(StandardCharsets.US_ASCII));
          out.flush();
          done.await();
        } catch (Exception ignored) {
          // test over
        }
      });
      HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
          + server.getLocalPort() + "/blob")).build(), TimedBodyStream.handler(Duration.ofMillis(300)));

      try (InputStream in = response.body()) {
        assertThat(in.readNBytes(3)).isEqualTo("abc".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(in::read).isInstanceOf(HttpTimeoutException.class).hasMessage("no data within 300 ms");
      }
    } finally {
      done.countDown();
    }
  }
}
