package dev.moat.vulndb;

import dev.moat.MoatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Downloads one feed file into a {@code .part} file next to its target and renames it into place when
 * complete, so that an interrupted download never leaves a half file under the real name. A later run
 * resumes the {@code .part} with an HTTP Range request when it can prove the remote file is the same:
 * the mirror gave a sha256 (checked at the end), or the server's ETag/Last-Modified is sent as
 * {@code If-Range} (the server then answers with the whole file if it changed).
 */
final class Downloader {

  /** Receives download progress; called from the downloading thread. */
  interface Progress {
    void update(String name, long done, long total);

    void finished(String name);

    Progress NONE = new Progress() {
      @Override
      public void update(String name, long done, long total) {}

      @Override
      public void finished(String name) {}
    };
  }

  static final long MAX_FILE_BYTES = 4L * 1024 * 1024 * 1024;
  private static final int ATTEMPTS = 3;

  private final HttpClient client;
  private final Progress progress;

  Downloader(HttpClient client, Progress progress) {
    this.client = client;
    this.progress = progress;
  }

  /** Fetches {@code file} to {@code target}; skips it when a mirror's sha256 says it is already there. */
  void fetch(FeedFile file, Path target) throws InterruptedException {
    try {
      Files.createDirectories(target.getParent());
      if (file.sha256().isPresent() && Files.isRegularFile(target) && file.sha256().get().equals(sha256(target))) {
        return;
      }
    } catch (IOException e) {
      throw MoatException.invalid("cannot write " + target + ": " + e.getMessage(), e);
    }
    IOException last = null;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try {
        download(file, target);
        return;
      } catch (IOException e) {
        last = e;
        Thread.sleep(500L * attempt);
      }
    }
    throw new MoatException(MoatException.Kind.NETWORK, "cannot download " + file.url() + ": " + describe(last), last);
  }

  private void download(FeedFile file, Path target) throws IOException, InterruptedException {
    Path part = target.resolveSibling(target.getFileName() + ".part");
    Path validatorFile = target.resolveSibling(target.getFileName() + ".part.validator");
    Optional<String> validator = Files.isRegularFile(validatorFile)
        ? Optional.of(Files.readString(validatorFile).strip()).filter(v -> !v.isEmpty()) : Optional.empty();
    long have = Files.isRegularFile(part) ? Files.size(part) : 0;
    boolean resume = have > 0 && (file.sha256().isPresent() || validator.isPresent());
    HttpRequest.Builder request = HttpRequest.newBuilder(file.url()).timeout(Duration.ofMinutes(2)).GET();
    if (resume) {
      request.header("Range", "bytes=" + have + "-");
      validator.ifPresent(v -> request.header("If-Range", v));
    }
    HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    int status = response.statusCode();
    boolean append = resume && status == 206
        && response.headers().firstValue("Content-Range").orElse("").startsWith("bytes " + have + "-");
    if (status == 416 && resume) {
      response.body().close();
      Files.deleteIfExists(part);
      throw new IOException("the server refused to resume; starting over");
    }
    if (status != 200 && !append) {
      response.body().close();
      throw new MoatException(MoatException.Kind.NETWORK, "cannot download " + file.url() + ": HTTP " + status);
    }
    if (!append) {
      have = 0;
      Optional<String> newValidator = response.headers().firstValue("ETag")
          .or(() -> response.headers().firstValue("Last-Modified"));
      if (newValidator.isPresent()) {
        Files.writeString(validatorFile, newValidator.get());
      } else {
        Files.deleteIfExists(validatorFile);
      }
    }
    long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
    long total = length < 0 ? -1 : have + length;
    String name = file.path();
    try (InputStream in = response.body();
         OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
             append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING)) {
      byte[] buffer = new byte[1 << 16];
      long done = have;
      int n;
      while ((n = in.read(buffer)) >= 0) {
        out.write(buffer, 0, n);
        done += n;
        if (done > MAX_FILE_BYTES) {
          throw MoatException.limit("cannot download " + file.url() + ": larger than " + MAX_FILE_BYTES + " bytes");
        }
        progress.update(name, done, total);
      }
    }
    if (total >= 0 && Files.size(part) != total) {
      throw new IOException("connection closed after " + Files.size(part) + " of " + total + " bytes");
    }
    if (file.sha256().isPresent()) {
      String actual = sha256(part);
      if (!actual.equals(file.sha256().get())) {
        Files.delete(part);
        throw MoatException.invalid("cannot download " + file.url() + ": sha256 is " + actual + ", the mirror's index says "
            + file.sha256().get());
      }
    }
    Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    Files.deleteIfExists(validatorFile);
    progress.finished(name);
  }

  /** Java's connection failures often have no message; the exception's name is then the reason. */
  private static String describe(IOException e) {
    String what = switch (e) {
      case java.net.ConnectException c -> "cannot connect";
      case java.net.UnknownHostException u -> "unknown host";
      case java.net.http.HttpTimeoutException t -> "timed out";
      default -> e.getClass().getSimpleName();
    };
    return e.getMessage() == null || e.getMessage().isBlank() ? what : what + " (" + e.getMessage() + ")";
  }

  static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      int n;
      while ((n = in.read(buffer)) >= 0) {
        digest.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
