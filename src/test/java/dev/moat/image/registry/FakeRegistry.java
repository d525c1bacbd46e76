package dev.moat.image.registry;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A scripted HTTP server for misbehaving-registry cases the real one cannot produce (429, 500,
 * tampered bytes, huge manifests): each path answers from a queue of canned responses, the last
 * one repeating.
 */
final class FakeRegistry implements AutoCloseable {

  /** A canned response. */
  record Reply(int status, Map<String, String> headers, byte[] body) {
    static Reply of(int status, Map<String, String> headers, String body) {
      return new Reply(status, headers, body.getBytes(StandardCharsets.UTF_8));
    }
  }

  private final HttpServer server;
  private final Map<String, Deque<Reply>> replies = new ConcurrentHashMap<>();
  private final AtomicInteger requests = new AtomicInteger();
  private final List<String> log = new java.util.concurrent.CopyOnWriteArrayList<>();

  private FakeRegistry(HttpServer server) {
    this.server = server;
  }

  static FakeRegistry start() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      FakeRegistry fake = new FakeRegistry(server);
      server.createContext("/", fake::handle);
      server.start();
      return fake;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String host() {
    return "127.0.0.1:" + server.getAddress().getPort();
  }

  FakeRegistry on(String path, Reply... sequence) {
    replies.put(path, new ArrayDeque<>(List.of(sequence)));
    return this;
  }

  /** Every request seen, as {@code METHOD /path?query}. */
  List<String> log() {
    return List.copyOf(log);
  }

  int requests() {
    return requests.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    requests.incrementAndGet();
    String query = exchange.getRequestURI().getRawQuery();
    log.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath() + (query == null ? "" : "?" + query));
    exchange.getRequestBody().readAllBytes();
    Deque<Reply> queue = replies.get(exchange.getRequestURI().getPath());
    Reply reply;
    if (queue == null) {
      reply = Reply.of(404, Map.of("Content-Type", "application/json"),
          "{\"errors\":[{\"code\":\"NAME_UNKNOWN\",\"message\":\"repository name not known to registry\"}]}");
    } else {
      synchronized (queue) {
        reply = queue.size() > 1 ? queue.poll() : queue.peek();
      }
    }
    reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    boolean head = exchange.getRequestMethod().equals("HEAD");
    if (head && reply.body().length > 0) {
      exchange.getResponseHeaders().set("Content-Length", String.valueOf(reply.body().length));
    }
    exchange.sendResponseHeaders(reply.status(), head || reply.body().length == 0 ? -1 : reply.body().length);
    if (!head) {
      exchange.getResponseBody().write(reply.body());
    }
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
