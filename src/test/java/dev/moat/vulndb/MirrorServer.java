package dev.moat.vulndb;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A static mirror for tests: serves a directory over HTTP with single-range {@code Range} support and
 * an ETag, records the Range headers it was sent, and can stall forever after a number of bytes.
 */
final class MirrorServer implements AutoCloseable {

  private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-");

  private final HttpServer server;
  private final Path root;
  final List<String> ranges = new CopyOnWriteArrayList<>();
  volatile long stallAfter = Long.MAX_VALUE;
  private final java.util.concurrent.CountDownLatch closed = new java.util.concurrent.CountDownLatch(1);

  MirrorServer(Path root) throws IOException {
    this.root = root;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::serve);
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "mirror-server");
      t.setDaemon(true);
      return t;
    }));
    server.start();
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/mirror/");
  }

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath().replaceFirst("^/mirror/", "");
      Path file = root.resolve(path).normalize();
      if (!file.startsWith(root) || !Files.isRegularFile(file)) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      byte[] bytes = Files.readAllBytes(file);
      String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(bytes)) + "\"";
      exchange.getResponseHeaders().add("ETag", etag);
      String range = exchange.getRequestHeaders().getFirst("Range");
      String ifRange = exchange.getRequestHeaders().getFirst("If-Range");
      int from = 0;
      if (range != null) {
        ranges.add(range);
        Matcher m = RANGE.matcher(range);
        if (m.matches() && (ifRange == null || ifRange.equals(etag))) {
          from = Integer.parseInt(m.group(1));
        }
      }
      if (from > 0) {
        exchange.getResponseHeaders().add("Content-Range", "bytes " + from + "-" + (bytes.length - 1) + "/" + bytes.length);
        exchange.sendResponseHeaders(206, bytes.length - from);
      } else {
        exchange.sendResponseHeaders(200, bytes.length);
      }
      OutputStream out = exchange.getResponseBody();
      for (int i = from; i < bytes.length; i++) {
        if (i - from >= stallAfter) {
          out.flush();
          closed.await();
          return;
        }
        out.write(bytes[i]);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Writes {@code index.json} listing every file under the root with its sha256. */
  void writeIndex() throws IOException {
    java.util.Map<String, java.util.Map.Entry<String, Long>> files = new java.util.LinkedHashMap<>();
    try (var walk = Files.walk(root)) {
      for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
        String rel = root.relativize(f).toString().replace('\\', '/');
        if (!rel.equals(MirrorIndex.FILE_NAME)) {
          files.put(rel, new java.util.AbstractMap.SimpleEntry<>(Downloader.sha256(f), Files.size(f)));
        }
      }
    }
    Files.write(root.resolve(MirrorIndex.FILE_NAME), MirrorIndex.write(files));
  }

  @Override
  public void close() {
    closed.countDown();
    server.stop(0);
  }
}
