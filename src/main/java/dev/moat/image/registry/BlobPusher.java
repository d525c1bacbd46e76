package dev.moat.image.registry;

import dev.moat.MoatException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Uploads a blob monolithically (OCI Distribution spec "POST then PUT": open a session, PUT the
 * bytes with {@code ?digest=}), first asking for a cross-repository mount when a source repository
 * is given; the registry verifies the digest on PUT.
 */
final class BlobPusher {

  private final RegistryTransport transport;
  private final String repository;
  private final String digest;

  BlobPusher(RegistryTransport transport, String repository, String digest) {
    this.transport = transport;
    this.repository = repository;
    this.digest = digest;
  }

  /**
   * @param content opens the bytes afresh for each attempt
   * @return true if the registry mounted the blob from {@code mountFrom} and no bytes were sent
   */
  boolean push(long size, Supplier<InputStream> content, Optional<String> mountFrom) {
    Optional<String> location = open(mountFrom);
    if (location.isEmpty()) {
      return true;
    }
    String put = transport.resolve(location.get()) + (location.get().contains("?") ? "&" : "?") + "digest="
        + URLEncoder.encode(digest, StandardCharsets.UTF_8);
    HttpResponse<InputStream> done = transport.send(new RegistryRequest("PUT", put, scope(mountFrom), repository,
        Map.of("Content-Type", "application/octet-stream"),
        Optional.of(() -> HttpRequest.BodyPublishers.fromPublisher(
            HttpRequest.BodyPublishers.ofInputStream(content), size))));
    if (done.statusCode() != 201) {
      throw Responses.unexpected(done, transport.registry(), action());
    }
    ErrorBody.summarize(done.body());
    return false;
  }

  /** Only a mount: true if it worked; an upload session the registry opened instead is cancelled. */
  boolean mount(String from) {
    Optional<String> location = open(Optional.of(from));
    if (location.isEmpty()) {
      return true;
    }
    HttpResponse<InputStream> cancelled = transport.send(new RegistryRequest("DELETE", location.get(),
        scope(Optional.of(from)), repository, Map.of(), Optional.empty()));
    ErrorBody.summarize(cancelled.body());
    return false;
  }

  /** Starts an upload; empty when the registry mounted the blob instead (201). */
  private Optional<String> open(Optional<String> mountFrom) {
    String encodedDigest = URLEncoder.encode(digest, StandardCharsets.UTF_8);
    String target = "/v2/" + repository + "/blobs/uploads/" + mountFrom
        .map(from -> "?mount=" + encodedDigest + "&from=" + URLEncoder.encode(from, StandardCharsets.UTF_8))
        .orElse("");
    HttpResponse<InputStream> opened = transport.send(new RegistryRequest("POST", target, scope(mountFrom),
        repository, Map.of(), Optional.of(HttpRequest.BodyPublishers::noBody)));
    if (opened.statusCode() == 201 && mountFrom.isPresent()) {
      ErrorBody.summarize(opened.body());
      return Optional.empty();
    }
    if (opened.statusCode() != 202) {
      throw Responses.unexpected(opened, transport.registry(), action());
    }
    ErrorBody.summarize(opened.body());
    return Optional.of(opened.headers().firstValue("Location").orElseThrow(() -> new MoatException(
        MoatException.Kind.NETWORK, "registry " + transport.registry() + " gave no upload Location to " + action())));
  }

  private String scope(Optional<String> mountFrom) {
    return RegistryRequest.pushScope(repository) + mountFrom.map(from -> " " + RegistryRequest.pullScope(from)).orElse("");
  }

  private String action() {
    return "upload blob " + digest + " to " + transport.registry() + "/" + repository;
  }
}
